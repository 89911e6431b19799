// data "amazon-secretsmanager": one version of a secret (version_id, else version_stage, default
// AWSCURRENT), as Packer's datasource/secretsmanager reads it. `value` is the key's value in a JSON
// secret, or (no key) its first value, or the whole string when it is not JSON; a key the secret does
// not have gives "" as in Packer, with a warning here. Every output is sensitive: the string, each
// value inside it, and the binary are registered before resolve returns.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { DataSourceClients } from '../aws/data-source-clients.js';
import { errorCode } from '../aws/errors.js';
import { unlessAborted } from '../aws/retry.js';
import { AwsOperationError, messageOf } from '../errors.js';
import { STRING, type HclType } from '../template/hcl2/value.js';
import type { OptionsReader } from '../template/options-reader.js';
import {
  ACCESS_OPTIONS,
  readAccessConfig,
  UNSUPPORTED_ACCESS_OPTIONS,
  type AwsAccessConfig
} from '../template/schema/access-options.js';
import { regionFor, UNKNOWN, type DataSource, type DataSourceContext } from './data-source.js';
import { fieldText, secretContent, sensitiveParts } from './secret-values.js';

export interface AmazonSecretsManagerConfig {
  readonly access: AwsAccessConfig;
  /** The secret's name or ARN. */
  readonly name: string;
  readonly key?: string;
  /** Wins over versionStage, as in Packer. */
  readonly versionId?: string;
  /** Default AWSCURRENT. */
  readonly versionStage: string;
}

export type AmazonSecretsManagerOutputs = {
  readonly value: string;
  readonly secret_string: string;
  /** The binary secret's bytes as text (Packer's code hands over the bytes; its docs say base64). */
  readonly secret_binary: string;
  readonly version_id: string;
};

export const AMAZON_SECRETSMANAGER_OUTPUT_TYPE: HclType = {
  kind: 'object',
  attributes: { value: STRING, secret_string: STRING, secret_binary: STRING, version_id: STRING }
};

export function readAmazonSecretsManager(options: OptionsReader): AmazonSecretsManagerConfig {
  options.checkKeys(
    [...ACCESS_OPTIONS, 'name', 'key', 'version_id', 'version_stage'],
    UNSUPPORTED_ACCESS_OPTIONS,
    'amazon-secretsmanager data source'
  );
  return {
    access: readAccessConfig(options),
    name: options.requiredString('name', 'is required: the name or ARN of the secret to read'),
    key: options.string('key'),
    versionId: options.string('version_id'),
    versionStage: options.string('version_stage') ?? 'AWSCURRENT'
  };
}

export function mockAmazonSecretsManagerOutputs(): AmazonSecretsManagerOutputs {
  return { value: UNKNOWN, secret_string: UNKNOWN, secret_binary: UNKNOWN, version_id: UNKNOWN };
}

export async function resolveAmazonSecretsManager(
  config: AmazonSecretsManagerConfig,
  clients: DataSourceClients,
  context: DataSourceContext
): Promise<AmazonSecretsManagerOutputs> {
  const operation = 'GetSecretValue';
  const region = regionFor(config.access, clients, context, operation);
  const version = config.versionId ?? config.versionStage;
  const { signal } = context;
  const secret = await unlessAborted(
    clients.secretsManager(region, config.access).send(
      new GetSecretValueCommand({
        SecretId: config.name,
        ...(config.versionId !== undefined
          ? { VersionId: config.versionId }
          : { VersionStage: config.versionStage })
      }),
      { abortSignal: signal }
    ),
    signal
  ).catch((error: unknown) => {
    if (signal?.aborted) throw signal.reason;
    throw secretError(
      error,
      `${context.address}: Secrets Manager Secret "${config.name}" Version "${version}"`,
      region
    );
  });
  const secretString = secret.SecretString ?? '';
  const secretBinary = secret.SecretBinary ? Buffer.from(secret.SecretBinary).toString('utf8') : '';
  for (const part of [...sensitiveParts(secretString), secretBinary]) if (part !== '') context.secret?.(part);
  return {
    value: valueOf(secretString, config, context),
    secret_string: secretString,
    secret_binary: secretBinary,
    version_id: secret.VersionId ?? ''
  };
}

/** `value` as Packer computes it; its only failures name the secret and the key, never a value. */
function valueOf(
  secretString: string,
  config: AmazonSecretsManagerConfig,
  context: DataSourceContext
): string {
  const content = secretContent(secretString);
  const fail = (detail: string) =>
    new AwsOperationError({
      operation: 'GetSecretValue',
      doing: `${context.address}: secret "${config.name}" ${detail}`,
      hint: 'Read it whole through secret_string, or store the value as a string'
    });
  if (content.kind === 'text') return secretString;
  if (content.kind === 'other-json') throw fail(`is JSON but ${content.what}, not an object of keys`);
  // No key: the first value (Packer takes whichever its map yields first; this is the first written).
  const field =
    config.key === undefined ? content.fields[0] : content.fields.find(([name]) => name === config.key);
  if (field === undefined) {
    if (config.key !== undefined) {
      context.warn?.(
        `${context.address}: secret "${config.name}" has no key "${config.key}": value is empty (as in Packer)`
      );
    }
    return '';
  }
  const text = fieldText(field[1]);
  if ('unsupported' in text) {
    throw fail(
      `holds ${text.unsupported} under key "${field[0]}": only strings and numbers can be read as value`
    );
  }
  return text.text;
}

/** Not found (or deleted) is Packer's "not found"; anything else keeps its cause. */
export function secretError(error: unknown, what: string, region: string): AwsOperationError {
  const code = errorCode(error);
  const deleted = code === 'InvalidRequestException' && /deleted|marked for deletion/i.test(messageOf(error));
  if (code === 'ResourceNotFoundException' || deleted) {
    return new AwsOperationError({
      operation: 'GetSecretValue',
      doing: `${what} not found in ${region}`,
      hint: deleted
        ? 'The secret is deleted or scheduled for deletion: restore it, or read another'
        : 'Check the name, the version and the region (each region has its own secrets)'
    });
  }
  return new AwsOperationError({
    operation: 'GetSecretValue',
    doing: `${what}: reading it in ${region}`,
    cause: error,
    hint:
      code === 'AccessDeniedException'
        ? 'Allow secretsmanager:GetSecretValue on the secret (and kms:Decrypt on its key if it is not the default one)'
        : undefined
  });
}

export const amazonSecretsManager: DataSource<AmazonSecretsManagerConfig, AmazonSecretsManagerOutputs> = {
  type: 'amazon-secretsmanager',
  read: readAmazonSecretsManager,
  outputType: AMAZON_SECRETSMANAGER_OUTPUT_TYPE,
  mockOutputs: mockAmazonSecretsManagerOutputs,
  resolve: resolveAmazonSecretsManager
};
