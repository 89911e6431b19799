// The AWS JSON 1.1 protocol that SSM and Secrets Manager speak: POST / with
// `X-Amz-Target: <Prefix>.<Action>` and a JSON body of the input's members; answers are JSON, dates
// as epoch seconds and blobs as base64; errors are `{"__type": code, "message": text}` with a 4xx or
// 5xx status (Secrets Manager writes `Message`, and SSM leaves some messages out altogether).
import { defaultStatus, ServiceError } from '../service-error.js';
import type { World } from '../ec2/world.js';

export class JsonServiceError extends ServiceError {
  /** False: the body carries no message at all, as AWS sends some errors. */
  readonly hasMessage: boolean;

  constructor(code: string, message?: string, status = defaultStatus(code)) {
    super(code, message ?? '', status);
    this.hasMessage = message !== undefined;
  }
}

/** AWS's wording for a request member that breaks the model's constraints. */
export const validation = (message: string) => new JsonServiceError('ValidationException', message);

export interface JsonActionContext {
  world: World;
  /** The region from the request's SigV4 scope, known to the world. */
  region: string;
  account: string;
  input: JsonInput;
  requestId: string;
}

export type JsonHandler = (ctx: JsonActionContext) => WireObject | Promise<WireObject>;

export interface JsonService {
  /** The SigV4 signing name and the name calls are recorded under: `ssm`, `secretsmanager`. */
  readonly name: string;
  /** The X-Amz-Target prefix: `AmazonSSM`, `secretsmanager`. */
  readonly targetPrefix: string;
  /** How the service spells the message member of its errors. */
  readonly messageKey: 'message' | 'Message';
  readonly actions: Readonly<Record<string, JsonHandler>>;
  /** The request as the call log keeps it: secret values replaced, so the log can be shown anywhere. */
  readonly redact?: (action: string, input: Record<string, unknown>) => Record<string, unknown>;
}

export type WireValue =
  string | number | boolean | Date | Uint8Array | null | undefined | WireObject | WireValue[];
export interface WireObject {
  [key: string]: WireValue;
}

/** The answer's JSON: dates as epoch seconds, bytes as base64, absent members left out. */
export function toWire(value: WireValue): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toWire(v)])
    );
  }
  return value;
}

export function errorBody(service: JsonService, error: JsonServiceError | ServiceError): string {
  const hasMessage = !(error instanceof JsonServiceError) || error.hasMessage;
  return JSON.stringify({
    __type: error.code,
    ...(hasMessage ? { [service.messageKey]: error.message } : {})
  });
}

/** member names as AWS's validation messages write them: `Name` → `name`. */
const memberName = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** A request's members, read with the checks the service's model makes before any action runs. */
export class JsonInput {
  constructor(readonly raw: Record<string, unknown>) {}

  static parse(body: string): JsonInput {
    let value: unknown;
    try {
      value = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      throw new JsonServiceError(
        'SerializationException',
        'Start of structure or map found where not expected.'
      );
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new JsonServiceError(
        'SerializationException',
        'Start of structure or map found where not expected.'
      );
    }
    return new JsonInput(value as Record<string, unknown>);
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw wrongType(name, 'STRING_VALUE');
    return value;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined) {
      throw validation(
        `1 validation error detected: Value null at '${memberName(name)}' failed to satisfy constraint: Member must not be null`
      );
    }
    return value;
  }

  bool(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw wrongType(name, 'BOOLEAN_VALUE');
    return value;
  }

  int(name: string, range: { min: number; max: number }): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(name, 'NUMBER_VALUE');
    if (value < range.min || value > range.max) {
      const bound =
        value < range.min ? `greater than or equal to ${range.min}` : `less than or equal to ${range.max}`;
      throw validation(
        `1 validation error detected: Value '${value}' at '${memberName(name)}' failed to satisfy constraint: Member must have value ${bound}`
      );
    }
    return value;
  }

  strings(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some(item => typeof item !== 'string'))
      throw wrongType(name, 'list of strings');
    return value as string[];
  }

  /** A blob member: base64 on the wire. */
  bytes(name: string): Buffer | undefined {
    const text = this.string(name);
    return text === undefined ? undefined : Buffer.from(text, 'base64');
  }

  /** Tags as `[{Key, Value}]`. */
  tags(name = 'Tags'): [string, string][] {
    const value = this.raw[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw wrongType(name, 'list of tags');
    return value.map(item => {
      const tag = item as { Key?: unknown; Value?: unknown };
      if (typeof tag?.Key !== 'string' || typeof tag.Value !== 'string')
        throw wrongType(name, 'list of tags');
      return [tag.Key, tag.Value] as [string, string];
    });
  }
}

const wrongType = (name: string, expected: string) =>
  new JsonServiceError('SerializationException', `Unexpected value for ${name}: expected ${expected}`);
