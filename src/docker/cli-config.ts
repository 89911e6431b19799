// Registries by name, and the credentials the docker CLI keeps for them. The Engine never reads the
// CLI's config.json: the client sends credentials with each pull or push. So a `docker login` done in
// an earlier workflow step (docker/login-action, amazon-ecr-login) reaches the Engine only if we read it
// here, as the docker CLI does: `auths` entries, and credential helpers (`credHelpers`, `credsStore`).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RegistryAuth } from './auth.js';

/** Docker Hub as the CLI names it in its config and in a login. */
export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';

/** The registry a reference lives in (`docker.io` when its first part is not a host), as the CLI decides. */
export function registryOf(ref: string): string {
  const slash = ref.indexOf('/');
  if (slash === -1) return 'docker.io';
  const first = ref.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}

/** A registry address without scheme or path, Docker Hub's aliases as `docker.io`: for comparing. */
export function normalizeRegistry(server: string): string {
  const host = server
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return ['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'].includes(host)
    ? 'docker.io'
    : host;
}

interface ConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/**
 * The credentials `docker login` stored for `registry`, or undefined when there are none (or no
 * config). A credential helper that fails is an error naming the helper.
 */
export async function storedCredentials(
  registry: string,
  configDir?: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<RegistryAuth | undefined> {
  configDir ??= env.DOCKER_CONFIG || join(homedir(), '.docker');
  const config = await readConfig(join(configDir, 'config.json'));
  if (config === undefined) return undefined;
  const wanted = normalizeRegistry(registry);
  const matches = (key: string) => normalizeRegistry(key) === wanted;
  const server = wanted === 'docker.io' ? DOCKER_HUB_SERVER : registry;
  const helperKey = Object.keys(config.credHelpers ?? {}).find(matches);
  const helper = helperKey === undefined ? config.credsStore : config.credHelpers![helperKey];
  if (helper) {
    const fromHelper = await askHelper(helper, helperKey ?? server, env);
    if (fromHelper !== undefined) return { ...fromHelper, serveraddress: server };
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => matches(key))?.[1];
  if (entry?.identitytoken) return { identitytoken: entry.identitytoken, serveraddress: server };
  if (!entry?.auth) return undefined;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress: server };
}

async function readConfig(path: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as ConfigFile;
  } catch (cause) {
    throw new Error(`${path} is not valid JSON: fix or remove it`, { cause });
  }
}

/** `docker-credential-<helper> get`, as the CLI asks: the server on stdin, JSON back. */
function askHelper(
  helper: string,
  server: string,
  env: NodeJS.ProcessEnv
): Promise<Omit<RegistryAuth, 'serveraddress'> | undefined> {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ['get'], { timeout: 60_000, env }, (error, stdout) => {
      if (error) {
        // The helper's way of saying it has nothing for this server.
        if (/credentials not found/i.test(stdout) || /credentials not found/i.test(error.message))
          return resolve(undefined);
        return reject(new Error(`${program} get failed for ${server}: ${error.message.split('\n')[0]}`));
      }
      try {
        const answer = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (!answer.Secret) return resolve(undefined);
        resolve(
          answer.Username === '<token>'
            ? { identitytoken: answer.Secret }
            : { username: answer.Username, password: answer.Secret }
        );
      } catch (cause) {
        reject(new Error(`${program} get answered with something other than JSON`, { cause }));
      }
    });
    child.stdin?.end(server);
  });
}
