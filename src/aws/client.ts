// The one place that builds AWS clients: EC2 here, SSM and Secrets Manager in data-source-clients.ts,
// all from the same settings. Credentials come from the SDK's standard chain (the environment
// aws-actions/configure-aws-credentials sets, OIDC included) unless the template gives keys; the
// endpoint can be overridden by the template (custom_endpoint_ec2) or the environment
// (AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL),
// which is how the tests point the action at the simulator.
import { EC2Client } from '@aws-sdk/client-ec2';
import { proxyAgentOptions } from './env-proxy.js';
import { explainProxyRefusals } from './proxy-refusal.js';
import { nameSlowCalls, requestTimeouts, type RequestTimeouts } from './request-timeouts.js';
import {
  clientCredentials,
  credentialsKey,
  type ClientCredentials,
  type CredentialOptions
} from './credentials.js';

export type AwsService = 'ec2' | 'ssm' | 'secretsmanager' | 'sts';

/** The environment variable that overrides one service's endpoint, as the AWS SDKs and CLI read it. */
export const ENDPOINT_VARIABLES: Readonly<Record<AwsService, string>> = {
  ec2: 'AWS_ENDPOINT_URL_EC2',
  ssm: 'AWS_ENDPOINT_URL_SSM',
  secretsmanager: 'AWS_ENDPOINT_URL_SECRETS_MANAGER',
  sts: 'AWS_ENDPOINT_URL_STS'
};

export interface SdkCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ClientOptions {
  region: string;
  /** The template's endpoint for this service (custom_endpoint_ec2); wins over the environment. */
  endpoint?: string;
  credentials?: SdkCredentials | ClientCredentials;
  env?: NodeJS.ProcessEnv;
  /** Attempts per call, including the first; throttling and 5xx are retried by the SDK. */
  maxAttempts?: number;
  /** Where "Still waiting for <call>" lines go while a call goes unanswered. */
  log?: (line: string) => void;
}

export type Ec2ClientOptions = ClientOptions;

export type Ec2ClientFactory = (region: string) => EC2Client;

/** Keys as a template writes them (access_key, secret_key, token), or a profile and a role (credentials.ts). */
export type TemplateCredentials = CredentialOptions;

export function resolveEndpoint(
  options: Pick<ClientOptions, 'endpoint' | 'env'>,
  service: AwsService = 'ec2'
): string | undefined {
  const env = options.env ?? process.env;
  return options.endpoint || env[ENDPOINT_VARIABLES[service]] || env.AWS_ENDPOINT_URL || undefined;
}

/**
 * What every client shares: region, endpoint, credentials, timeouts on every request, generous retries
 * and the user agent. `timeouts` and `endpoint` come back too, for nameSlowCalls.
 */
export function clientSettings(service: AwsService, options: ClientOptions) {
  const endpoint = resolveEndpoint(options, service);
  const timeouts: RequestTimeouts = requestTimeouts(options.env ?? process.env);
  return {
    endpoint,
    timeouts,
    config: {
      region: options.region,
      endpoint,
      credentials: options.credentials,
      // An endpoint that accepts the connection and never answers must not hang the step.
      // (throwOnRequestTimeout: without it the SDK only warns when requestTimeout passes.)
      requestHandler: {
        connectionTimeout: timeouts.connectionTimeout,
        requestTimeout: timeouts.requestTimeout,
        socketTimeout: timeouts.requestTimeout,
        throwOnRequestTimeout: true,
        // Through the runner's HTTPS_PROXY when one is set, as Packer goes (env-proxy.ts).
        ...proxyAgentOptions(options.env ?? process.env)
      },
      // Throttling broke Packer builds (packer#6330): retry generously with the SDK's jittered,
      // capped backoff, and let the waiter slow its own polling when it sees throttling.
      maxAttempts: options.maxAttempts ?? 8,
      retryMode: 'standard' as const,
      customUserAgent: 'build-ami'
    }
  };
}

/** The endpoint a service is reached at, for messages: the override, else AWS's own. */
export const endpointFor = (service: AwsService, region: string, endpoint: string | undefined) =>
  endpoint ?? `https://${service}.${region}.amazonaws.com`;

export function createEc2Client(options: Ec2ClientOptions): EC2Client {
  const { endpoint, timeouts, config } = clientSettings('ec2', options);
  return nameSlowCalls(explainProxyRefusals(new EC2Client(config)), {
    endpoint: endpointFor('ec2', options.region, endpoint),
    timeouts,
    log: options.log,
    endpointSettings: `custom_endpoint_ec2, ${ENDPOINT_VARIABLES.ec2}`
  });
}

/** Template keys for the SDK; none given (or only half of them) leaves the standard chain to find them. */
export function sdkCredentials(credentials: TemplateCredentials): SdkCredentials | undefined {
  return credentials.accessKey && credentials.secretKey
    ? {
        accessKeyId: credentials.accessKey,
        secretAccessKey: credentials.secretKey,
        sessionToken: credentials.token
      }
    : undefined;
}

/**
 * One client per region, endpoint and access key, made on first use: `create` builds it from the
 * shared options.
 */
export function cachedClients<C>(
  create: (options: ClientOptions) => C,
  env: NodeJS.ProcessEnv,
  log?: (line: string) => void
) {
  const clients = new Map<string, C>();
  return (
    region: string,
    endpoint: string | undefined,
    credentials: TemplateCredentials,
    maxAttempts?: number
  ): C => {
    const key = `${region}|${endpoint ?? ''}|${credentialsKey(credentials)}|${maxAttempts ?? ''}`;
    let client = clients.get(key);
    if (!client) {
      const sts = { region, endpoint: resolveEndpoint({ env }, 'sts'), env };
      client = create({
        region,
        endpoint,
        env,
        log,
        maxAttempts,
        credentials: clientCredentials(credentials, sts)
      });
      clients.set(key, client);
    }
    return client;
  };
}

/** The action's factory: template credentials (access_key/secret_key/token) win over the standard chain. */
export function ec2ClientFactoryWithCredentials(env: NodeJS.ProcessEnv, log?: (line: string) => void) {
  return cachedClients(createEc2Client, env, log);
}

const counted = new WeakSet<EC2Client>();

/** Counts the EC2 calls made through a client (once per call, retries not counted again), for the summary. */
export function countCalls(client: EC2Client, onCall: () => void): EC2Client {
  if (counted.has(client)) return client;
  counted.add(client);
  client.middlewareStack.add(
    next => async args => {
      onCall();
      return next(args);
    },
    { step: 'initialize', name: 'buildAmiCallCounter' }
  );
  return client;
}
