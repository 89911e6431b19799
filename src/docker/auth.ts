// Registry credentials as the Engine takes them: the X-Registry-Auth header on pulls and pushes, and
// /auth, which checks a login the way `docker login` does without storing anything.
import { engineJson, type EngineEndpoint } from './http.js';

/** Credentials for one registry, sent as X-Registry-Auth (never logged). */
export interface RegistryAuth {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
}

/** The X-Registry-Auth header: URL-safe base64 of the JSON credentials ({} for anonymous access). */
export function registryAuthHeader(auth?: RegistryAuth): Record<string, string> {
  // Go's base64.URLEncoding: the URL-safe alphabet with `=` padding, which the Engine requires (it
  // silently treats an unpadded value as no credentials).
  const encoded = Buffer.from(JSON.stringify(auth ?? {}))
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  return { 'X-Registry-Auth': encoded };
}

/**
 * Checks credentials with the registry, as `docker login` does (nothing is stored); rejects when the
 * registry refuses them. Returns the identity token the registry may hand out instead of the password.
 */
export async function checkLogin(
  endpoint: EngineEndpoint,
  auth: RegistryAuth
): Promise<{ identityToken?: string }> {
  const answer = await engineJson<{ Status?: string; IdentityToken?: string }>(endpoint, {
    operation: 'login',
    doing: `logging in to ${auth.serveraddress ?? 'the default registry'}${auth.username ? ` as ${auth.username}` : ''}`,
    resource: auth.serveraddress,
    method: 'POST',
    path: '/auth',
    json: auth
  });
  return { identityToken: answer?.IdentityToken || undefined };
}
