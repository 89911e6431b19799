// The HCL2 functions aws_secretsmanager(name, key) and aws_secretsmanager_raw(name): the loader
// collects the calls a template makes, fetches them here before it evaluates, and evaluates with
// the answers. As in Packer (packer-plugin-sdk's secretsmanager client) they read AWSCURRENT in the
// environment's region with the standard credentials, string secrets only; a JSON secret with
// several keys needs a key; a key the secret lacks is an error. Every value is sensitive.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { DataSourceClients } from '../aws/data-source-clients.js';
import { unlessAborted } from '../aws/retry.js';
import { AwsOperationError } from '../errors.js';
import type { DataSourceContext } from './data-source.js';
import { secretError } from './amazon-secretsmanager.js';
import { fieldText, secretContent, sensitiveParts } from './secret-values.js';

export interface SecretRequest {
  readonly name: string;
  /**
   * aws_secretsmanager's key; null or absent reads the only value of a one-key JSON secret. Ignored
   * with `raw`.
   */
  readonly key?: string | null;
  /** aws_secretsmanager_raw: the whole secret string, JSON or not. */
  readonly raw?: boolean;
}

/** How the call reads in messages: `aws_secretsmanager("prod/db", "password")`. */
export function describeCall(request: SecretRequest): string {
  const name = JSON.stringify(request.name);
  if (request.raw) return `aws_secretsmanager_raw(${name})`;
  return `aws_secretsmanager(${name}, ${request.key == null ? 'null' : JSON.stringify(request.key)})`;
}

/** Context without `address`: the call itself is what messages name. */
export type FunctionContext = Omit<DataSourceContext, 'address'>;

export async function fetchSecret(
  request: SecretRequest,
  clients: DataSourceClients,
  context: FunctionContext = {}
): Promise<string> {
  const [value] = await fetchSecrets([request], clients, context);
  return value!;
}

/**
 * Several calls at once, one GetSecretValue per secret name however many calls read it; the answers
 * in the order of the requests.
 */
export async function fetchSecrets(
  requests: readonly SecretRequest[],
  clients: DataSourceClients,
  context: FunctionContext = {}
): Promise<string[]> {
  const strings = new Map<string, Promise<string>>();
  for (const request of requests) {
    if (!strings.has(request.name)) strings.set(request.name, readString(request, clients, context));
  }
  // Every read is awaited before any fails, so no request is left running unobserved.
  const settled = await Promise.allSettled(requests.map(r => strings.get(r.name)!.then(s => valueOf(r, s))));
  return settled.map(outcome => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });
}

async function readString(request: SecretRequest, clients: DataSourceClients, context: FunctionContext) {
  const call = describeCall(request);
  const region = clients.defaultRegion;
  if (region === undefined) {
    throw new AwsOperationError({
      operation: 'GetSecretValue',
      doing: `${call}: no region to read the secret from`,
      hint: 'Set AWS_REGION in the environment (the function reads the environment region, as in Packer)'
    });
  }
  const { signal } = context;
  const secret = await unlessAborted(
    clients
      .secretsManager(region, { credentials: {} })
      .send(new GetSecretValueCommand({ SecretId: request.name, VersionStage: 'AWSCURRENT' }), {
        abortSignal: signal
      }),
    signal
  ).catch((error: unknown) => {
    if (signal?.aborted) throw signal.reason;
    throw secretError(error, `${call}: secret "${request.name}"`, region);
  });
  if (secret.SecretString === undefined) {
    throw new AwsOperationError({
      operation: 'GetSecretValue',
      doing: `${call}: secret "${request.name}" holds a binary value, not a string`,
      hint: 'Read it with data "amazon-secretsmanager" (its secret_binary output)'
    });
  }
  for (const part of sensitiveParts(secret.SecretString)) context.secret?.(part);
  return secret.SecretString;
}

function valueOf(request: SecretRequest, secretString: string): string {
  const content = secretContent(secretString);
  if (request.raw || content.kind === 'text') return secretString;
  const call = describeCall(request);
  const fail = (detail: string, hint: string) =>
    new AwsOperationError({
      operation: 'GetSecretValue',
      doing: `${call}: secret "${request.name}" ${detail}`,
      hint
    });
  if (content.kind === 'other-json') {
    throw fail(
      `is JSON but ${content.what}, not an object of keys`,
      'Read it whole with aws_secretsmanager_raw'
    );
  }
  if (request.key == null && content.fields.length > 1) {
    throw fail(
      `has ${content.fields.length} keys and no key was given`,
      'Name the key: aws_secretsmanager(name, key), or read it whole with aws_secretsmanager_raw'
    );
  }
  const key = request.key ?? '';
  const field = request.key == null ? content.fields[0] : content.fields.find(([name]) => name === key);
  if (field === undefined) {
    throw fail(`has no key ${JSON.stringify(key)}`, 'Check the key; keys are case-sensitive');
  }
  const text = fieldText(field[1]);
  if ('unsupported' in text) {
    throw fail(
      `holds ${text.unsupported} under key ${JSON.stringify(field[0])}: only strings and numbers can be read`,
      'Read it whole with aws_secretsmanager_raw and decode it with jsondecode'
    );
  }
  return text.text;
}
