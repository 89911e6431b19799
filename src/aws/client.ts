// The one place that builds EC2 clients. Credentials come from the SDK's standard chain (the
// environment aws-actions/configure-aws-credentials sets, OIDC included); the endpoint can be
// overridden by the template (custom_endpoint_ec2) or the environment (AWS_ENDPOINT_URL_EC2,
// AWS_ENDPOINT_URL), which is how the tests point the action at the EC2 simulator.
import { EC2Client } from '@aws-sdk/client-ec2';
import { nameSlowCalls, requestTimeouts } from './request-timeouts.js';

export interface Ec2ClientOptions {
  region: string;
  /** custom_endpoint_ec2 from the template; wins over the environment. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  env?: NodeJS.ProcessEnv;
  /** Attempts per call, including the first; throttling and 5xx are retried by the SDK. */
  maxAttempts?: number;
  /** Where "Still waiting for <call>" lines go while a call goes unanswered. */
  log?: (line: string) => void;
}

export type Ec2ClientFactory = (region: string) => EC2Client;

export function resolveEndpoint(options: Pick<Ec2ClientOptions, 'endpoint' | 'env'>): string | undefined {
  const env = options.env ?? process.env;
  return options.endpoint || env.AWS_ENDPOINT_URL_EC2 || env.AWS_ENDPOINT_URL || undefined;
}

export function createEc2Client(options: Ec2ClientOptions): EC2Client {
  const endpoint = resolveEndpoint(options);
  const timeouts = requestTimeouts(options.env ?? process.env);
  const client = new EC2Client({
    region: options.region,
    endpoint,
    credentials: options.credentials,
    // An endpoint that accepts the connection and never answers must not hang the step.
    // (throwOnRequestTimeout: without it the SDK only warns when requestTimeout passes.)
    requestHandler: {
      connectionTimeout: timeouts.connectionTimeout,
      requestTimeout: timeouts.requestTimeout,
      socketTimeout: timeouts.requestTimeout,
      throwOnRequestTimeout: true
    },
    // Throttling broke Packer builds (packer#6330): retry generously with the SDK's jittered,
    // capped backoff, and let the waiter slow its own polling when it sees throttling.
    maxAttempts: options.maxAttempts ?? 8,
    retryMode: 'standard',
    customUserAgent: 'build-ami'
  });
  return nameSlowCalls(client, {
    endpoint: endpoint ?? `https://ec2.${options.region}.amazonaws.com`,
    timeouts,
    log: options.log
  });
}

/** The action's factory: template credentials (access_key/secret_key/token) win over the standard chain. */
export function ec2ClientFactoryWithCredentials(env: NodeJS.ProcessEnv, log?: (line: string) => void) {
  const clients = new Map<string, EC2Client>();
  return (
    region: string,
    endpoint: string | undefined,
    credentials: { accessKey?: string; secretKey?: string; token?: string }
  ): EC2Client => {
    const key = `${region}|${endpoint ?? ''}|${credentials.accessKey ?? ''}`;
    let client = clients.get(key);
    if (!client) {
      client = createEc2Client({
        region,
        endpoint,
        env,
        log,
        credentials:
          credentials.accessKey && credentials.secretKey
            ? {
                accessKeyId: credentials.accessKey,
                secretAccessKey: credentials.secretKey,
                sessionToken: credentials.token
              }
            : undefined
      });
      clients.set(key, client);
    }
    return client;
  };
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
