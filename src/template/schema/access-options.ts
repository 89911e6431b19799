// The AWS access options (Packer's AccessConfig) every amazon block shares: the builder and the
// data sources. One list of what is read and one of what is refused as "not supported yet", so a
// template meets the same rule wherever it writes them.

import type { OptionsReader } from '../options-reader.js';
import type { AssumeRole, AwsCredentials, AwsPolling } from '../types.js';
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
  'aws_polling',
  'profile',
  'shared_credentials_file',
  'assume_role'
] as const;

/**
 * AccessConfig options Packer has and we do not carry out yet: refused rather than silently ignored.
 * (amazon-ebs reads max_retries; data sources do not yet.)
 */
export const UNSUPPORTED_ACCESS_OPTIONS = [
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
    token: secretString(options, 'token'),
    profile: options.string('profile'),
    sharedCredentialsFile: options.localPath('shared_credentials_file', {
      mustExist: true,
      reads: false,
      expandHome: true
    }),
    assumeRole: readAssumeRole(options)
  };
  // Packer: "`access_key` and `secret_key` must both be either set or not set."
  if ((credentials.accessKey === undefined) !== (credentials.secretKey === undefined)) {
    const missing = credentials.accessKey === undefined ? 'access_key' : 'secret_key';
    throw options.missing(missing, 'is required when access_key or secret_key is set: give both or neither');
  }
  return credentials;
}

const ASSUME_ROLE_OPTIONS = [
  'role_arn',
  'session_name',
  'external_id',
  'duration_seconds',
  'policy',
  'policy_arns',
  'tags',
  'transitive_tag_keys'
] as const;

/** assume_role { ... }: ignored without a role_arn, as Packer does. */
function readAssumeRole(options: OptionsReader): AssumeRole | undefined {
  const block = options.object('assume_role');
  if (block === undefined) return undefined;
  block.checkKeys(ASSUME_ROLE_OPTIONS, [], 'assume_role');
  const roleArn = block.string('role_arn');
  const role = {
    roleArn: roleArn ?? '',
    sessionName: block.string('session_name'),
    externalId: block.string('external_id'),
    // STS's own bounds; 0 (Packer's unset) leaves STS's default of one hour.
    durationSeconds: block.int('duration_seconds', { min: 0, max: 43200 }) || undefined,
    policy: block.string('policy'),
    policyArns: block.stringList('policy_arns'),
    tags: block.stringMap('tags'),
    transitiveTagKeys: block.stringList('transitive_tag_keys')
  };
  if (role.durationSeconds !== undefined && role.durationSeconds < 900)
    throw block.error(
      'duration_seconds',
      'must be between 900 and 43200 (STS AssumeRole limits), or 0 for the default'
    );
  return roleArn ? role : undefined;
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
