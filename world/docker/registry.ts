// A private image registry for the tests: Debian's docker-registry (the Distribution registry) on
// 127.0.0.1 and a free port, storing its blobs under a temporary folder. Docker treats a registry on
// 127.0.0.0/8 as insecure by default, so plain HTTP works without daemon configuration.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startWatched, type WatchedProcess } from './watched-process.js';

export const DOCKER_REGISTRY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the prefix of the registry's image names. */
  readonly address: string;
  stop(): Promise<void>;
}

export async function startRegistry(dir: string): Promise<LocalRegistry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  let lastError = '';
  // A free port can be taken between choosing and binding it: then try another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = join(dir, 'config.yml');
    writeFileSync(config, registryConfig(join(dir, 'storage'), port));
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

function registryConfig(storage: string, port: number): string {
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
    ''
  ].join('\n');
}

async function stopRegistry(tool: WatchedProcess, dir: string): Promise<void> {
  await tool.stop();
  rmSync(dir, { recursive: true, force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
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
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}
