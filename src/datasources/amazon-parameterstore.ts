// data "amazon-parameterstore": one parameter's value, version and ARN, read with GetParameter as
// Packer's datasource/parameterstore does (a `name:3` or `name:label` selector works, as in AWS).
// A SecureString's value is sensitive: registered before resolve returns. (Packer marks nothing
// sensitive here; its users must put the value in a sensitive local to keep it out of logs.)
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import type { DataSourceClients } from '../aws/data-source-clients.js';
import { errorCode } from '../aws/errors.js';
import { unlessAborted } from '../aws/retry.js';
import { AwsOperationError } from '../errors.js';
import { STRING, type HclType } from '../template/hcl2/value.js';
import type { OptionsReader } from '../template/options-reader.js';
import {
  ACCESS_OPTIONS,
  readAccessConfig,
  UNSUPPORTED_ACCESS_OPTIONS,
  type AwsAccessConfig
} from '../template/schema/access-options.js';
import { regionFor, UNKNOWN, type DataSource, type DataSourceContext } from './data-source.js';

export interface AmazonParameterStoreConfig {
  readonly access: AwsAccessConfig;
  /** A name, an ARN, or either with `:version` or `:label`. */
  readonly name: string;
  /** Decrypt a SecureString (ignored for String and StringList, as AWS ignores it). */
  readonly withDecryption: boolean;
}

export type AmazonParameterStoreOutputs = {
  readonly value: string;
  /** The version number, as a string (Packer's output is a string). */
  readonly version: string;
  readonly arn: string;
};

export const AMAZON_PARAMETERSTORE_OUTPUT_TYPE: HclType = {
  kind: 'object',
  attributes: { value: STRING, version: STRING, arn: STRING }
};

export function readAmazonParameterStore(options: OptionsReader): AmazonParameterStoreConfig {
  options.checkKeys(
    [...ACCESS_OPTIONS, 'name', 'with_decryption'],
    UNSUPPORTED_ACCESS_OPTIONS,
    'amazon-parameterstore data source'
  );
  return {
    access: readAccessConfig(options),
    name: options.requiredString('name', 'is required: the name of the parameter to read'),
    withDecryption: options.bool('with_decryption') ?? false
  };
}

export function mockAmazonParameterStoreOutputs(): AmazonParameterStoreOutputs {
  return { value: UNKNOWN, version: UNKNOWN, arn: UNKNOWN };
}

export async function resolveAmazonParameterStore(
  config: AmazonParameterStoreConfig,
  clients: DataSourceClients,
  context: DataSourceContext
): Promise<AmazonParameterStoreOutputs> {
  const operation = 'GetParameter';
  const region = regionFor(config.access, clients, context, operation);
  const ssm = clients.ssm(region, config.access);
  const { signal } = context;
  const { Parameter } = await unlessAborted(
    ssm.send(new GetParameterCommand({ Name: config.name, WithDecryption: config.withDecryption }), {
      abortSignal: signal
    }),
    signal
  ).catch((error: unknown) => {
    if (signal?.aborted) throw signal.reason;
    throw parameterError(error, config.name, region, context.address);
  });
  if (Parameter?.Value === undefined) {
    throw new AwsOperationError({
      operation,
      doing: `${context.address}: SSM answered no value for parameter "${config.name}" in ${region}`
    });
  }
  if (Parameter.Type === 'SecureString') context.secret?.(Parameter.Value);
  return { value: Parameter.Value, version: String(Parameter.Version ?? ''), arn: Parameter.ARN ?? '' };
}

/** Packer's words for the two not-found errors (SSM itself sends no message with ParameterNotFound). */
function parameterError(error: unknown, name: string, region: string, address: string): AwsOperationError {
  const code = errorCode(error);
  if (code === 'ParameterNotFound') {
    return new AwsOperationError({
      operation: 'GetParameter',
      doing: `${address}: The parameter name "${name}" not found in ${region}`,
      resource: name,
      hint: 'Check the name and the region (each region has its own parameters)'
    });
  }
  if (code === 'ParameterVersionNotFound') {
    return new AwsOperationError({
      operation: 'GetParameter',
      doing: `${address}: The parameter version "${name}" not found in ${region}`,
      resource: name,
      hint: 'Check the version after the colon; GetParameterHistory lists the versions there are'
    });
  }
  return new AwsOperationError({
    operation: 'GetParameter',
    doing: `${address}: reading parameter "${name}" in ${region}`,
    resource: name,
    cause: error,
    hint:
      code === 'AccessDeniedException'
        ? 'Allow ssm:GetParameter on the parameter (and kms:Decrypt on its key for a SecureString with with_decryption)'
        : undefined
  });
}

export const amazonParameterStore: DataSource<AmazonParameterStoreConfig, AmazonParameterStoreOutputs> = {
  type: 'amazon-parameterstore',
  read: readAmazonParameterStore,
  outputType: AMAZON_PARAMETERSTORE_OUTPUT_TYPE,
  mockOutputs: mockAmazonParameterStoreOutputs,
  resolve: resolveAmazonParameterStore
};
