// The credentials a client signs with, from a template's access options as Packer reads them:
// access_key / secret_key / token when given; else `profile` and `shared_credentials_file` (the
// SDK's own shared-files provider); else the SDK's standard chain. `assume_role` then assumes its
// role through STS with those credentials, and the clients sign with the temporary credentials STS
// returns, refreshed before they expire. STS is reached at AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL)
// when set, which is how the tests point it at the simulator.
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/nested-clients/sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AssumeRole } from '../template/types.js';
import { proxyAgentOptions } from './env-proxy.js';
import { explainProxyRefusals } from './proxy-refusal.js';

/** Keys and the named-profile options as a template writes them. */
export interface CredentialOptions {
  accessKey?: string;
  secretKey?: string;
  token?: string;
  profile?: string;
  sharedCredentialsFile?: string;
  assumeRole?: AssumeRole;
}

export type ClientCredentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Renewed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** What tells two credential settings apart (no secret in it but the access key id, as before). */
export function credentialsKey(options: CredentialOptions): string {
  return JSON.stringify([
    options.accessKey ?? '',
    options.profile ?? '',
    options.sharedCredentialsFile ?? '',
    options.assumeRole ?? null
  ]);
}

/** True when the template says anything about credentials (keys, a profile, a file or a role). */
export const hasTemplateCredentials = (options: CredentialOptions): boolean =>
  Boolean(
    (options.accessKey && options.secretKey) ||
    options.profile ||
    options.sharedCredentialsFile ||
    options.assumeRole
  );

/** The credentials before any role is assumed; undefined leaves the client to the standard chain. */
function baseCredentials(options: CredentialOptions): ClientCredentials | undefined {
  if (options.accessKey && options.secretKey)
    return {
      accessKeyId: options.accessKey,
      secretAccessKey: options.secretKey,
      sessionToken: options.token
    };
  if (options.profile || options.sharedCredentialsFile)
    return fromIni({ profile: options.profile, filepath: options.sharedCredentialsFile });
  return undefined;
}

/** Reused across regions and services: one AssumeRole per role and base credentials, not per client. */
const assumed = new Map<string, AwsCredentialIdentityProvider>();

/** Where AssumeRole goes: the region, the endpoint override, and the environment its proxy comes from. */
export interface StsTarget {
  region: string;
  endpoint?: string;
  env?: NodeJS.ProcessEnv;
}

export function clientCredentials(options: CredentialOptions, sts: StsTarget): ClientCredentials | undefined {
  const base = baseCredentials(options);
  if (!options.assumeRole) return base;
  const key = `${credentialsKey(options)}|${sts.region}|${sts.endpoint ?? ''}`;
  let provider = assumed.get(key);
  if (!provider) {
    provider = assumeRoleProvider(options.assumeRole, base ?? defaultProvider(), sts);
    assumed.set(key, provider);
  }
  return provider;
}

function assumeRoleProvider(
  role: AssumeRole,
  base: ClientCredentials,
  sts: StsTarget
): AwsCredentialIdentityProvider {
  const client = explainProxyRefusals(
    new STSClient({
      region: sts.region,
      endpoint: sts.endpoint,
      requestHandler: proxyAgentOptions(sts.env ?? process.env),
      credentials: base,
      customUserAgent: 'build-ami'
    })
  );
  let current: Promise<AwsCredentialIdentity> | undefined;
  let expires = 0;
  const fetch = async (): Promise<AwsCredentialIdentity> => {
    const { Credentials } = await client.send(
      new AssumeRoleCommand({
        RoleArn: role.roleArn,
        RoleSessionName: role.sessionName || `build-ami-${Date.now()}`,
        ExternalId: role.externalId,
        DurationSeconds: role.durationSeconds,
        Policy: role.policy,
        PolicyArns: role.policyArns.length ? role.policyArns.map(arn => ({ arn })) : undefined,
        Tags: Object.keys(role.tags).length
          ? Object.entries(role.tags).map(([Key, Value]) => ({ Key, Value }))
          : undefined,
        TransitiveTagKeys: role.transitiveTagKeys.length ? [...role.transitiveTagKeys] : undefined
      })
    );
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey)
      throw new Error(`STS AssumeRole for ${role.roleArn} returned no credentials`);
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration
    };
  };
  return async () => {
    if (!current || Date.now() > expires) {
      const attempt = fetch();
      current = attempt;
      attempt.then(
        c => (expires = (c.expiration?.getTime() ?? Infinity) - REFRESH_MARGIN_MS),
        () => {
          if (current === attempt) current = undefined;
        }
      );
    }
    return current;
  };
}
