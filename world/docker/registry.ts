// A private image registry for the tests: Debian's docker-registry (the Distribution registry) on
// 127.0.0.1 and a free port, storing its blobs under a temporary folder. Docker treats a registry on
// 127.0.0.0/8 as insecure by default, so plain HTTP works without daemon configuration.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { startWatched, type WatchedProcess } from './watched-process.js';
import { freePort } from '../free-port.js';

export const DOCKER_REGISTRY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the prefix of the registry's image names. */
  readonly address: string;
  stop(): Promise<void>;
}

/** A user the registry requires (HTTP basic auth against an htpasswd file): pulls and pushes need a login. */
export interface RegistryUser {
  username: string;
  password: string;
}

export async function startRegistry(dir: string, user?: RegistryUser): Promise<LocalRegistry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const htpasswd = user ? writeHtpasswd(join(dir, 'htpasswd'), user) : undefined;
  let lastError = '';
  // A free port can be taken between choosing and binding it: then try another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = join(dir, 'config.yml');
    writeFileSync(config, registryConfig(join(dir, 'storage'), port, htpasswd));
    const tool = startWatched([DOCKER_REGISTRY, 'serve', config], join(dir, 'registry.log'));
    const address = `127.0.0.1:${port}`;
    if (await answers(address, tool, 15_000)) {
      return { address, stop: () => stopRegistry(tool, dir) };
    }
    lastError = tool.logTail(8);
    await tool.stop();
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`docker-registry did not start: ${lastError}`);
}

function registryConfig(storage: string, port: number, htpasswd?: string): string {
  const auth = htpasswd
    ? ['auth:', '  htpasswd:', '    realm: build-ami-test', `    path: ${JSON.stringify(htpasswd)}`]
    : [];
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storage)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    ...auth,
    ''
  ].join('\n');
}

/**
 * The registry reads bcrypt hashes only; Debian's perl hashes with the system's crypt(3) (libxcrypt),
 * which makes them, so no htpasswd tool or npm package is needed.
 */
function writeHtpasswd(path: string, user: RegistryUser): string {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const salt = [...randomBytes(21)].map(b => alphabet[b % 64]).join('') + '.';
  const hash = execFileSync(
    'perl',
    ['-e', 'print crypt($ARGV[0], $ARGV[1])', user.password, `$2b$10$${salt}`],
    {
      encoding: 'utf8'
    }
  );
  if (!hash.startsWith('$2b$')) throw new Error(`perl's crypt did not make a bcrypt hash: ${hash}`);
  writeFileSync(path, `${user.username}:${hash}\n`);
  return path;
}

async function stopRegistry(tool: WatchedProcess, dir: string): Promise<void> {
  await tool.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function answers(address: string, tool: WatchedProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && tool.running) {
    if (await versionCheck(address)) return true;
    await new Promise(r => setTimeout(r, 100));
  }
  return false;
}

function versionCheck(address: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = get(`http://${address}/v2/`, { timeout: 2000 }, res => {
      res.resume();
      // 401: the registry is up and asks for the login it was started with.
      resolve(res.statusCode === 200 || res.statusCode === 401);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}
