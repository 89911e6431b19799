// ecr_login (packer-plugin-docker builder/docker/ecr_login.go): ECR's GetAuthorizationToken for the
// account and region of login_server, signed with the template's aws_access_key / aws_secret_key /
// aws_token or aws_profile (else the SDK's standard chain); the token is base64("AWS:<password>").
// The call is one AWS JSON 1.1 request signed with SigV4, so no ECR client is needed; it reaches
// AWS_ENDPOINT_URL_ECR (else AWS_ENDPOINT_URL) when set, as the SDKs and the CLI do, which is how the
// tests point it at the simulator. It goes through the runner's proxy when one is set (env-proxy.ts).
// Loaded only when a template sets ecr_login.
import { createHash, createHmac } from 'node:crypto';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { SourceData } from '@smithy/types';
import { SignatureV4 } from '@smithy/signature-v4';
import { AwsOperationError, messageOf } from '../errors.js';
import { clientCredentials, type CredentialOptions } from './credentials.js';
import { proxyAgentFor } from './proxy-agent.js';
import { postText } from './post-text.js';
import { PROXY_AUTHENTICATION_REQUIRED, ProxyRefusedError } from './proxy-refusal.js';
import { requestTimeouts } from './request-timeouts.js';
import { retry } from './retry.js';
import { parseEcrUrl, ecrUrlProblem } from './ecr-url.js';

export const ECR_ENDPOINT_VARIABLE = 'AWS_ENDPOINT_URL_ECR';
const TARGET = 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken';

export interface EcrLoginOptions {
  /** login_server: an ECR URL. */
  readonly server: string;
  /** aws_access_key, aws_secret_key, aws_token, aws_profile. */
  readonly credentials: Pick<CredentialOptions, 'accessKey' | 'secretKey' | 'token' | 'profile'>;
  readonly env?: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
  /** How long throttling and 5xx are retried (default 30 s). */
  readonly retryTimeoutMs?: number;
  /** Called with the password the moment it is known, before anything could quote it. */
  readonly onSecret: (value: string) => void;
}

export interface EcrLogin {
  readonly username: string;
  /** A secret: registered through onSecret. */
  readonly password: string;
  readonly account: string;
  readonly region: string;
}

/** The login for login_server's registry, from ECR; rejects with an AwsOperationError that says what to check. */
export async function ecrLogin(options: EcrLoginOptions): Promise<EcrLogin> {
  const registry = parseEcrUrl(options.server);
  if (!registry) throw new Error(ecrUrlProblem(options.server));
  const { account, region } = registry;
  const env = options.env ?? process.env;
  const endpoint =
    env[ECR_ENDPOINT_VARIABLE] || env.AWS_ENDPOINT_URL || `https://api.ecr.${region}.amazonaws.com`;
  const fail = (cause: unknown, hint: string) =>
    new AwsOperationError({
      operation: 'ECR GetAuthorizationToken',
      doing: `getting a login for ${options.server} (account ${account}, region ${region}) from ${endpoint}`,
      resource: options.server,
      cause,
      hint
    });
  let credentials: AwsCredentialIdentity;
  try {
    const given = clientCredentials(options.credentials, {
      region,
      endpoint: env.AWS_ENDPOINT_URL_STS,
      env
    });
    credentials =
      given === undefined ? await defaultProvider()() : typeof given === 'function' ? await given() : given;
  } catch (error) {
    throw fail(
      error,
      'Set aws_access_key and aws_secret_key (or aws_profile), or give the job AWS credentials'
    );
  }
  const body = JSON.stringify({ registryIds: [account] });
  const call = () => callOnce({ endpoint, region, credentials, body, env, signal: options.signal });
  let text: string;
  try {
    // Throttling, 5xx and a dropped connection are retried (as the SDK would), for up to 30 s.
    text = await retry(call, {
      retryable: error => !(error instanceof EcrRefusal) || error.transient,
      timeoutMs: options.retryTimeoutMs ?? 30_000,
      signal: options.signal
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof EcrRefusal)
      throw fail(
        error.cause,
        error.cause instanceof ProxyRefusedError
          ? 'Check HTTPS_PROXY and HTTP_PROXY'
          : refusalHint(account, region)
      );
    throw fail(error, `Check that ${endpoint} is reachable (${ECR_ENDPOINT_VARIABLE} overrides it)`);
  }
  const password = passwordOf(text);
  if (password === undefined) {
    throw fail(
      new Error('the answer carries no authorizationToken of the form AWS:<password>'),
      'Retry the build'
    );
  }
  options.onSecret(password.password);
  return { username: password.username, password: password.password, account, region };
}

/** ECR answered with an error status: `cause` is its error; `transient` when worth another try. */
class EcrRefusal extends Error {
  constructor(
    override readonly cause: Error,
    readonly transient: boolean
  ) {
    super(cause.message, { cause });
  }
}

interface Call {
  endpoint: string;
  region: string;
  credentials: AwsCredentialIdentity;
  body: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** One signed GetAuthorizationToken request: the answer's text, or EcrRefusal for an error status. */
async function callOnce({ endpoint, region, credentials, body, env, signal }: Call): Promise<string> {
  const url = new URL(endpoint);
  const signer = new SignatureV4({ credentials, region, service: 'ecr', sha256: NodeSha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname || '/',
    query: {},
    headers: {
      host: url.host,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': TARGET
    },
    body
  });
  const { requestTimeout } = requestTimeouts(env);
  const signals = [AbortSignal.timeout(requestTimeout), ...(signal ? [signal] : [])];
  const { status, text } = await postText(url, {
    headers: signed.headers as Record<string, string>,
    body,
    signal: AbortSignal.any(signals),
    agent: proxyAgentFor(url.protocol, env)
  });
  if (status >= 200 && status < 300) return text;
  if (status === PROXY_AUTHENTICATION_REQUIRED) throw new EcrRefusal(new ProxyRefusedError(), false);
  const error = serviceError(status, text);
  throw new EcrRefusal(error, status >= 500 || status === 429 || /Throttl/.test(error.name));
}

function refusalHint(account: string, region: string): string {
  return (
    `Check that the credentials (aws_access_key and aws_secret_key, aws_profile, or the job's) may call ` +
    `ecr:GetAuthorizationToken for account ${account}, and that login_server names the registry's region (${region})`
  );
}

/** ECR's error as `Code: message`, from its JSON body (or the status when the body is not JSON). */
function serviceError(status: number, text: string): Error {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // not JSON: the status says it
  }
  const code = parsed.__type?.split('#').pop() ?? `HTTP ${status}`;
  const error = new Error(parsed.message ?? parsed.Message ?? `HTTP ${status}`);
  error.name = code;
  return error;
}

function passwordOf(text: string): { username: string; password: string } | undefined {
  try {
    const answer = JSON.parse(text) as { authorizationData?: { authorizationToken?: string }[] };
    const token = answer.authorizationData?.[0]?.authorizationToken;
    if (typeof token !== 'string') return undefined;
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  } catch (error) {
    throw new Error(`ECR's answer is not JSON: ${messageOf(error)}`, { cause: error });
  }
}

const bytes = (data: SourceData): Uint8Array | string =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** SigV4's hash, from node:crypto (HMAC when given a secret). */
class NodeSha256 {
  private readonly hash;

  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}
