// The clients HCL2 data sources use: EC2 (amazon-ami), SSM (amazon-parameterstore) and Secrets
// Manager (amazon-secretsmanager, aws_secretsmanager()). Built as the EC2 clients are (client.ts),
// one per region, endpoint and access key. A data block without `region` takes the environment's
// (AWS_REGION, then AWS_DEFAULT_REGION), as Packer's AWS config does.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import {
  cachedClients,
  clientSettings,
  createEc2Client,
  endpointFor,
  ENDPOINT_VARIABLES,
  type ClientOptions,
  type TemplateCredentials
} from './client.js';
import { explainProxyRefusals } from './proxy-refusal.js';
import { nameSlowCalls } from './request-timeouts.js';

/** How one data block reaches AWS: its access options, read from the template. */
export interface AwsAccess {
  /** Absent: the environment's region. */
  readonly region?: string;
  /** custom_endpoint_ec2: EC2 only, as in Packer; SSM and Secrets Manager follow the environment. */
  readonly customEndpointEc2?: string;
  readonly credentials: TemplateCredentials;
}

export interface DataSourceClients {
  /** The region of a block that names none (AWS_REGION, AWS_DEFAULT_REGION), if the environment has one. */
  readonly defaultRegion?: string;
  ec2(region: string, access: AwsAccess): EC2Client;
  ssm(region: string, access: AwsAccess): SSMClient;
  secretsManager(region: string, access: AwsAccess): SecretsManagerClient;
}

export function createSsmClient(options: ClientOptions): SSMClient {
  const { endpoint, timeouts, config } = clientSettings('ssm', options);
  return nameSlowCalls(explainProxyRefusals(new SSMClient(config)), {
    endpoint: endpointFor('ssm', options.region, endpoint),
    timeouts,
    log: options.log,
    endpointSettings: ENDPOINT_VARIABLES.ssm
  });
}

export function createSecretsManagerClient(options: ClientOptions): SecretsManagerClient {
  const { endpoint, timeouts, config } = clientSettings('secretsmanager', options);
  return nameSlowCalls(explainProxyRefusals(new SecretsManagerClient(config)), {
    endpoint: endpointFor('secretsmanager', options.region, endpoint),
    timeouts,
    log: options.log,
    endpointSettings: ENDPOINT_VARIABLES.secretsmanager
  });
}

/**
 * The action's data source clients. Credentials: the block's access_key / secret_key / token, else the
 * keys in `env` (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), else the SDK's standard chain.
 */
export function dataSourceClients(env: NodeJS.ProcessEnv, log?: (line: string) => void): DataSourceClients {
  const ec2 = cachedClients(createEc2Client, env, log);
  const ssm = cachedClients(createSsmClient, env, log);
  const secretsManager = cachedClients(createSecretsManagerClient, env, log);
  // A profile or shared_credentials_file named in the block wins over the environment's keys, as
  // in Packer; assume_role assumes its role with whichever of them applies.
  const keys = (access: AwsAccess): TemplateCredentials =>
    (access.credentials.accessKey && access.credentials.secretKey) ||
    access.credentials.profile ||
    access.credentials.sharedCredentialsFile
      ? access.credentials
      : {
          accessKey: env.AWS_ACCESS_KEY_ID,
          secretKey: env.AWS_SECRET_ACCESS_KEY,
          token: env.AWS_SESSION_TOKEN,
          assumeRole: access.credentials.assumeRole
        };
  return {
    defaultRegion: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    ec2: (region, access) => ec2(region, access.customEndpointEc2, keys(access)),
    ssm: (region, access) => ssm(region, undefined, keys(access)),
    secretsManager: (region, access) => secretsManager(region, undefined, keys(access))
  };
}
