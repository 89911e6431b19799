// The AWS access options (Packer's AccessConfig) every amazon block shares: the builder and the
// data sources. One list of what is read and one of what is refused as "not supported yet", so a
// template meets the same rule wherever it writes them.

import type { OptionsReader } from '../options-reader.js';
import type { AwsCredentials, AwsPolling } from '../types.js';
import { secretString } from './secret-option.js';

/** AccessConfig options we read. (The builder adds skip_region_validation, which data sources lack.) */
export const ACCESS_OPTIONS = [
  'region',
  'access_key',
  'secret_key',
  'token',
  'custom_endpoint_ec2',
  'skip_credential_validation',
  'skip_metadata_api_check',
  'aws_polling'
] as const;

/** AccessConfig options Packer has and we do not carry out yet: refused rather than silently ignored. */
export const UNSUPPORTED_ACCESS_OPTIONS = [
  'profile',
  'assume_role',
  'shared_credentials_file',
  'decode_authorization_messages',
  'insecure_skip_tls_verify',
  'max_retries',
  'mfa_code',
  'vault_aws_engine'
] as const;

/** What a data block's access options say; `region` is optional there (the environment's is used). */
export interface AwsAccessConfig {
  readonly region?: string;
  readonly credentials: AwsCredentials;
  readonly customEndpointEc2?: string;
  /** Accepted for templates written for Packer; nothing here needs them. */
  readonly skipCredentialValidation: boolean;
  readonly skipMetadataApiCheck: boolean;
  readonly polling: AwsPolling;
}

export function readAccessConfig(options: OptionsReader): AwsAccessConfig {
  return {
    region: options.string('region'),
    credentials: readCredentials(options),
    customEndpointEc2: options.string('custom_endpoint_ec2'),
    skipCredentialValidation: options.bool('skip_credential_validation') ?? false,
    skipMetadataApiCheck: options.bool('skip_metadata_api_check') ?? false,
    polling: readPolling(options)
  };
}

/** access_key, secret_key and token, each registered as a secret the moment it is read. */
export function readCredentials(options: OptionsReader): AwsCredentials {
  const credentials = {
    accessKey: secretString(options, 'access_key'),
    secretKey: secretString(options, 'secret_key'),
    token: secretString(options, 'token')
  };
  // Packer: "`access_key` and `secret_key` must both be either set or not set."
  if ((credentials.accessKey === undefined) !== (credentials.secretKey === undefined)) {
    const missing = credentials.accessKey === undefined ? 'access_key' : 'secret_key';
    throw options.missing(missing, 'is required when access_key or secret_key is set: give both or neither');
  }
  return credentials;
}

export function readPolling(options: OptionsReader): AwsPolling {
  const polling = options.object('aws_polling');
  if (polling === undefined) return {};
  polling.checkKeys(['delay_seconds', 'max_attempts'], [], 'aws_polling');
  return {
    delaySeconds: polling.int('delay_seconds', { min: 1 }),
    maxAttempts: polling.int('max_attempts', { min: 1 })
  };
}
