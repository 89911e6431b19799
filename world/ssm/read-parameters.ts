// Reading parameters: a name (or ARN) with an optional selector, `name:3` for a version or
// `name:label` for a label, and the Parameter shape GetParameter, GetParameters and
// GetParameterHistory answer with. A SecureString's value is ciphertext unless WithDecryption.
import { createHmac } from 'node:crypto';
import { JsonServiceError, type WireObject } from '../aws-json/protocol.js';
import type { ParameterStore, Parameter, ParameterVersion } from './parameters.js';

export interface Selected {
  parameter: Parameter;
  version: ParameterVersion;
  /** `:3` or `:label`, as the request gave it. */
  selector?: string;
}

/** SSM answers a missing parameter with no message at all, only its type. */
export const parameterNotFound = () => new JsonServiceError('ParameterNotFound', undefined);

export const versionNotFound = (version: number | string, name: string) =>
  new JsonServiceError(
    'ParameterVersionNotFound',
    `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`
  );

/** `arn:aws:ssm:region:account:parameter/x` → `/x` (or `x`), when the ARN is of this region. */
function nameOf(reference: string, region: string, account: string): string | undefined {
  const arn = /^arn:aws:ssm:([^:]*):([^:]*):parameter(\/.*)$/.exec(reference);
  if (!arn) return reference;
  if (arn[1] !== region || (arn[2] !== account && arn[2] !== '')) return undefined;
  return arn[3];
}

/** The parameter and version a reference names, or ParameterNotFound / ParameterVersionNotFound. */
export function select(store: ParameterStore, account: string, region: string, reference: string): Selected {
  const name = nameOf(reference, region, account);
  if (name === undefined) throw parameterNotFound();
  const [plain, selector, ...rest] = name.split(':');
  if (rest.length > 0 || plain === undefined) throw parameterNotFound();
  const parameter = store.find(account, region, plain);
  if (!parameter) throw parameterNotFound();
  if (selector === undefined) return { parameter, version: parameter.versions.at(-1)! };
  const version = /^\d+$/.test(selector)
    ? parameter.versions.find(v => v.version === Number(selector))
    : parameter.versions.find(v => v.labels.includes(selector));
  if (!version) {
    if (/^\d+$/.test(selector)) throw versionNotFound(selector, plain);
    throw parameterNotFound();
  }
  return { parameter, version, selector: `:${selector}` };
}

/** What a client reads as the value: a SecureString's ciphertext unless it asked for decryption. */
export function visibleValue(
  parameter: Parameter,
  version: ParameterVersion,
  withDecryption: boolean
): string {
  if (version.type !== 'SecureString' || withDecryption) return version.value;
  return ciphertext(parameter.arn, version);
}

/**
 * Stands in for KMS: the same version always reads the same, the length grows with the value, and
 * nothing of the value can be read back from it.
 */
function ciphertext(arn: string, version: ParameterVersion): string {
  const blocks = Math.ceil((version.value.length + 1) / 32) + 4;
  const bytes = Buffer.concat(
    Array.from({ length: blocks }, (_, i) =>
      createHmac('sha256', `${version.keyId}`)
        .update(`${arn}:${version.version}:${version.value}:${i}`)
        .digest()
    )
  );
  return `AQICAH${bytes.toString('base64')}`;
}

export function renderParameter(selected: Selected, withDecryption: boolean): WireObject {
  const { parameter, version } = selected;
  return {
    Name: parameter.name,
    Type: version.type,
    Value: visibleValue(parameter, version, withDecryption),
    Version: version.version,
    Selector: selected.selector,
    LastModifiedDate: version.lastModified,
    ARN: parameter.arn,
    DataType: version.dataType
  };
}

export function renderHistory(
  parameter: Parameter,
  version: ParameterVersion,
  withDecryption: boolean
): WireObject {
  return {
    Name: parameter.name,
    Type: version.type,
    KeyId: version.keyId,
    LastModifiedDate: version.lastModified,
    LastModifiedUser: version.lastModifiedUser,
    Description: version.description,
    Value: visibleValue(parameter, version, withDecryption),
    AllowedPattern: version.allowedPattern,
    Version: version.version,
    Labels: [...version.labels],
    Tier: version.tier,
    Policies: [],
    DataType: version.dataType
  };
}
