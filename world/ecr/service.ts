// ECR's GetAuthorizationToken as the one endpoint serves it: AWS JSON 1.1,
// `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken`. The token is
// base64("AWS:" + password), the password being ecrPassword(account, region), so a test can start a
// registry that accepts exactly that login. The region is the request's SigV4 scope (the server
// refuses one the world does not have); a refusal is injected as a fault (AccessDeniedException).
import { createHash } from 'node:crypto';
import { JsonServiceError, type JsonService, type WireObject } from '../aws-json/protocol.js';

/** What the simulated ECR answers as the registry password of `account` in `region` (stable per pair). */
export function ecrPassword(account: string, region: string): string {
  return `ecr-${createHash('sha256').update(`${account}/${region}`).digest('hex').slice(0, 24)}`;
}

/** ECR's registry host for an account and region. */
export const ecrHost = (account: string, region: string) => `${account}.dkr.ecr.${region}.amazonaws.com`;

/** How long a token is good for, as ECR says: 12 hours. */
const TOKEN_LIFETIME_MS = 12 * 3600_000;

function getAuthorizationToken({
  region,
  account,
  input
}: Parameters<JsonService['actions'][string]>[0]): WireObject {
  const raw = input.raw.registryIds;
  if (
    raw !== undefined &&
    (!Array.isArray(raw) || raw.some(id => typeof id !== 'string' || !/^\d{12}$/.test(id)))
  ) {
    throw new JsonServiceError(
      'InvalidParameterException',
      "Invalid parameter at 'registryIds' failed to satisfy constraint: 'Member must satisfy regular expression pattern: [0-9]{12}'"
    );
  }
  const ids = (raw as string[] | undefined) ?? [account];
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
  return {
    authorizationData: ids.map(id => ({
      authorizationToken: Buffer.from(`AWS:${ecrPassword(id, region)}`).toString('base64'),
      expiresAt,
      proxyEndpoint: `https://${ecrHost(id, region)}`
    }))
  };
}

export const ECR: JsonService = {
  name: 'ecr',
  targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
  messageKey: 'message',
  actions: { GetAuthorizationToken: getAuthorizationToken }
};
