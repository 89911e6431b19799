// Secrets Manager's state and its writes: each account and region has its own secrets, each secret
// its versions, and staging labels say which version is AWSCURRENT (and AWSPREVIOUS). A secret is
// found by its name, its full ARN or its ARN without the six random characters AWS appends.
import { randomBytes, randomUUID } from 'node:crypto';
import { JsonServiceError } from '../aws-json/protocol.js';

export interface SecretVersion {
  id: string;
  string?: string;
  binary?: Buffer;
  stages: string[];
  created: Date;
}

export interface Secret {
  name: string;
  arn: string;
  region: string;
  account: string;
  description?: string;
  kmsKeyId?: string;
  tags: Map<string, string>;
  /** In the order they were made. */
  versions: SecretVersion[];
  created: Date;
  /** Made by a test's seeding, not by a client: never a leftover. */
  seed?: boolean;
}

export interface SecretValue {
  secretString?: string;
  secretBinary?: Buffer;
  /** The new version's id: the SDK sends a fresh one per call and the same one on a retry. */
  clientRequestToken?: string;
}

export interface CreateSecretInput extends SecretValue {
  name: string;
  description?: string;
  kmsKeyId?: string;
  tags?: readonly (readonly [string, string])[];
}

export interface PutSecretValueInput extends SecretValue {
  secretId: string;
  versionStages?: readonly string[];
}

export interface SecretScope {
  account: string;
  region: string;
  seed?: boolean;
}

export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';

export const secretNotFound = () =>
  new JsonServiceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");

const ARN_SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const arnSuffix = () =>
  [...randomBytes(6)].map(b => ARN_SUFFIX_ALPHABET[b % ARN_SUFFIX_ALPHABET.length]).join('');

export class SecretStore {
  private readonly scopes = new Map<string, Map<string, Secret>>();

  scope(account: string, region: string): Map<string, Secret> {
    const key = `${account}/${region}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new Map();
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /** By name, full ARN, or partial ARN (without the random suffix). */
  find(account: string, region: string, secretId: string): Secret | undefined {
    const secrets = [...this.scope(account, region).values()];
    if (!secretId.startsWith('arn:')) return secrets.find(s => s.name === secretId);
    return secrets.find(s => s.arn === secretId || s.arn.slice(0, -7) === secretId);
  }

  all(): Secret[] {
    return [...this.scopes.values()].flatMap(scope => [...scope.values()]);
  }

  create(scope: SecretScope, input: CreateSecretInput): { secret: Secret; version?: SecretVersion } {
    checkName(input.name);
    checkValue(input, false);
    const existing = this.find(scope.account, scope.region, input.name);
    if (existing) {
      // A retried call (the same token, the same value) gets the first call's answer.
      const same = existing.versions.find(v => v.id === input.clientRequestToken);
      if (same && sameValue(same, input)) return { secret: existing, version: same };
      throw new JsonServiceError(
        'ResourceExistsException',
        `The operation failed because the secret ${input.name} already exists.`
      );
    }
    const secret: Secret = {
      name: input.name,
      arn: `arn:aws:secretsmanager:${scope.region}:${scope.account}:secret:${input.name}-${arnSuffix()}`,
      region: scope.region,
      account: scope.account,
      description: input.description,
      kmsKeyId: input.kmsKeyId,
      tags: new Map(input.tags ?? []),
      versions: [],
      created: new Date(),
      seed: scope.seed
    };
    this.scope(scope.account, scope.region).set(secret.name, secret);
    const hasValue = input.secretString !== undefined || input.secretBinary !== undefined;
    return { secret, version: hasValue ? addVersion(secret, input, [CURRENT]) : undefined };
  }

  putValue(scope: SecretScope, input: PutSecretValueInput): { secret: Secret; version: SecretVersion } {
    const secret = this.find(scope.account, scope.region, input.secretId);
    if (!secret) throw secretNotFound();
    checkValue(input, true);
    const same = secret.versions.find(v => v.id === input.clientRequestToken);
    if (same) {
      if (sameValue(same, input)) return { secret, version: same };
      throw new JsonServiceError(
        'ResourceExistsException',
        "You can't modify an existing version, you can only create a new version."
      );
    }
    return { secret, version: addVersion(secret, input, input.versionStages ?? [CURRENT]) };
  }
}

function addVersion(secret: Secret, value: SecretValue, stages: readonly string[]): SecretVersion {
  const version: SecretVersion = {
    id: value.clientRequestToken ?? randomUUID(),
    string: value.secretString,
    binary: value.secretBinary,
    stages: [...new Set(stages)],
    created: new Date()
  };
  const current = secret.versions.find(v => v.stages.includes(CURRENT));
  // A staging label marks one version: it moves here from wherever it was.
  for (const other of secret.versions) other.stages = other.stages.filter(s => !version.stages.includes(s));
  // The version that loses AWSCURRENT becomes AWSPREVIOUS.
  if (current && version.stages.includes(CURRENT)) {
    for (const other of secret.versions) other.stages = other.stages.filter(s => s !== PREVIOUS);
    current.stages.push(PREVIOUS);
  }
  secret.versions.push(version);
  return version;
}

function checkName(name: string): void {
  if (!/^[a-zA-Z0-9/_+=.@-]{1,512}$/.test(name)) {
    throw new JsonServiceError(
      'InvalidParameterException',
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!'
    );
  }
}

function checkValue(value: SecretValue, required: boolean): void {
  if (value.secretString !== undefined && value.secretBinary !== undefined) {
    throw new JsonServiceError(
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret."
    );
  }
  if (required && value.secretString === undefined && value.secretBinary === undefined) {
    throw new JsonServiceError(
      'InvalidRequestException',
      'You must provide either SecretString or SecretBinary.'
    );
  }
  if ((value.secretString?.length ?? 0) > 65536 || (value.secretBinary?.length ?? 0) > 65536) {
    throw new JsonServiceError(
      'InvalidParameterException',
      'The secret value exceeds the maximum size of 65536 bytes.'
    );
  }
}

const sameValue = (version: SecretVersion, value: SecretValue) =>
  version.string === value.secretString &&
  (version.binary === undefined
    ? value.secretBinary === undefined
    : value.secretBinary !== undefined && version.binary.equals(value.secretBinary));
