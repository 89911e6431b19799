// A private Docker Engine for the tests: Debian's dockerd with its own socket, data root, exec root and
// pid file under one folder, and nothing machine-wide: no docker0 bridge, no iptables rules, no
// forwarding sysctl (containers get only a loopback, or the host's network with network_mode host).
// It manages its own containerd under the exec root. Stopping it removes its containers, stops it,
// unmounts whatever it left mounted under its folder and deletes the folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startWatched, type WatchedProcess } from './watched-process.js';

export const DOCKERD = '/usr/sbin/dockerd';

/** The flags a private daemon runs with on this machine (also quoted in the README's test notes). */
export function dockerdArgs(dir: string, storageDriver: string): string[] {
  return [
    DOCKERD,
    `--host=unix://${join(dir, 'docker.sock')}`,
    `--data-root=${join(dir, 'data')}`,
    `--exec-root=${join(dir, 'exec')}`,
    `--pidfile=${join(dir, 'docker.pid')}`,
    `--storage-driver=${storageDriver}`,
    '--bridge=none',
    '--iptables=false',
    '--ip6tables=false',
    '--ip-forward=false',
    '--ip-masq=false',
    '--shutdown-timeout=5'
  ];
}

export interface DockerDaemon {
  readonly socketPath: string;
  readonly storageDriver: string;
  stop(): Promise<void>;
}

export interface DockerDaemonOptions {
  /** HTTP_PROXY and HTTPS_PROXY for the daemon's registry connections (world/docker/registry-proxy.ts). */
  proxy?: string;
  /** Registries the daemon may speak plain HTTP to (--insecure-registry). */
  insecureRegistries?: readonly string[];
}

/** Starts dockerd in `dir` (created), trying overlay2 and then vfs; rejects with the daemon's log when neither starts. */
export async function startDockerDaemon(
  dir: string,
  options: DockerDaemonOptions = {}
): Promise<DockerDaemon> {
  const env = options.proxy
    ? {
        ...process.env,
        HTTP_PROXY: options.proxy,
        HTTPS_PROXY: options.proxy,
        NO_PROXY: '127.0.0.1,localhost'
      }
    : process.env;
  const extra = (options.insecureRegistries ?? []).map(host => `--insecure-registry=${host}`);
  const failures: string[] = [];
  for (const driver of ['overlay2', 'vfs']) {
    const attempt = join(dir, driver);
    mkdirSync(attempt, { recursive: true });
    const tool = startWatched([...dockerdArgs(attempt, driver), ...extra], join(attempt, 'dockerd.log'), env);
    const socketPath = join(attempt, 'docker.sock');
    if (await answersPing(socketPath, tool, 30_000)) {
      return { socketPath, storageDriver: driver, stop: () => stopDaemon(tool, attempt) };
    }
    failures.push(`${driver}: ${tool.logTail(8)}`);
    await stopDaemon(tool, attempt);
  }
  throw new Error(`dockerd did not start:\n${failures.join('\n')}`);
}

async function answersPing(socketPath: string, tool: WatchedProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && tool.running) {
    if (existsSync(socketPath) && (await ping(socketPath))) return true;
    await new Promise(r => setTimeout(r, 100));
  }
  return false;
}

function ping(socketPath: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = request({ socketPath, path: '/_ping', timeout: 2000 }, res => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function stopDaemon(tool: WatchedProcess, dir: string): Promise<void> {
  await tool.stop();
  unmountUnder(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** Lazily unmounts every mount point at or under dir, deepest first (overlay layers, netns, shm). */
export function unmountUnder(dir: string): void {
  const points = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map(line => line.split(' ')[4])
    .filter((p): p is string => p !== undefined && (p === dir || p.startsWith(`${dir}/`)))
    .map(p => p.replace(/\\040/g, ' '))
    .sort((a, b) => b.length - a.length);
  for (const point of points) {
    try {
      execFileSync('umount', ['-l', point], { stdio: 'ignore' });
    } catch {
      // gone already
    }
  }
}
