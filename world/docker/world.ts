// The Docker test world: a private Docker Engine, a private registry on 127.0.0.1, and a base image
// built on this machine and pushed there as <registry>/debian:minimal, then removed from the daemon,
// so the first `pull` of a test runs the same path as on a runner. The world drives its own setup with
// Debian's docker CLI (independent of the client under test); stop() removes everything it started.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUSYBOX, buildBaseRootfs } from './base-image.js';
import { DOCKERD, startDockerDaemon, type DockerDaemon } from './daemon.js';
import { DOCKER_REGISTRY, startRegistry, type LocalRegistry, type RegistryUser } from './registry.js';
import { startRegistryProxy } from './registry-proxy.js';

export type { RegistryUser } from './registry.js';

export const DOCKER_CLI = '/usr/bin/docker';

export interface DockerWorld {
  /** The Engine's unix socket. */
  readonly socketPath: string;
  readonly storageDriver: string;
  /** `127.0.0.1:<port>` */
  readonly registry: string;
  /** `<registry>/debian:minimal`, in the registry and not in the daemon. */
  readonly baseImage: string;
  /** The login the registry requires, when the world was started with one. */
  readonly registryUser?: RegistryUser;
  /** The name the registry also answers under for the daemon (options.registryAlias), through a proxy. */
  readonly registryAlias?: string;
  /** Runs Debian's docker CLI against this world's daemon (for assertions independent of src/). */
  docker(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Why this machine cannot host the world (a missing package, not root), or undefined when it can.
 * `.ci/run` installs the packages.
 */
export function dockerWorldUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'the Docker world runs on Linux only';
  if (process.getuid?.() !== 0) return 'the Docker world needs root to run dockerd';
  const missing = [
    [DOCKERD, 'docker.io'],
    [DOCKER_CLI, 'docker.io'],
    [DOCKER_REGISTRY, 'docker-registry'],
    [BUSYBOX, 'busybox-static']
  ].filter(([path]) => !existsSync(path!));
  if (missing.length > 0) {
    return `missing ${missing.map(([p, pkg]) => `${p} (apt-get install ${pkg})`).join(', ')}`;
  }
  return undefined;
}

export interface DockerWorldOptions {
  /** Make the registry require this login (HTTP basic auth) for pulls and pushes. */
  registryUser?: RegistryUser;
  /**
   * A registry host name (no port), such as an ECR one, under which the daemon reaches the registry too:
   * through a proxy on 127.0.0.1 and as an insecure (plain HTTP) registry; no /etc/hosts change.
   */
  registryAlias?: string;
}

export async function startDockerWorld(options: DockerWorldOptions = {}): Promise<DockerWorld> {
  const unavailable = dockerWorldUnavailable();
  if (unavailable) throw new Error(`Docker world: ${unavailable}`);
  const dir = mkdtempSync(join(tmpdir(), 'build-ami-docker-'));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const registry: LocalRegistry = await startRegistry(join(dir, 'registry'), options.registryUser);
    stops.push(() => registry.stop());
    const alias = options.registryAlias;
    const proxy = alias ? await startRegistryProxy(alias, registry.address) : undefined;
    if (proxy) stops.push(() => proxy.stop());
    const daemon: DockerDaemon = await startDockerDaemon(join(dir, 'daemon'), {
      proxy: proxy?.url,
      insecureRegistries: alias ? [alias] : []
    });
    stops.push(() => daemon.stop());
    const docker = cli(daemon.socketPath, join(dir, 'cli-config'));
    // Containers still there are killed first: the daemon would give each its shutdown timeout.
    stops.push(async () => {
      const ids = (await docker('ps', '-aq')).split('\n').filter(Boolean);
      if (ids.length > 0) await docker('rm', '-f', '-v', ...ids);
    });
    const baseImage = `${registry.address}/debian:minimal`;
    const tarball = buildBaseRootfs(join(dir, 'base'));
    const user = options.registryUser;
    if (user) {
      // The world's own login, into its private CLI config (the client under test is never logged in by it).
      await docker('login', '--username', user.username, '--password', user.password, registry.address);
    }
    await docker('import', '--message', 'build-ami test base image', tarball, baseImage);
    await docker('push', baseImage);
    await docker('rmi', baseImage);
    if (user) await docker('logout', registry.address);
    rmSync(join(dir, 'base'), { recursive: true, force: true });
    return {
      socketPath: daemon.socketPath,
      storageDriver: daemon.storageDriver,
      registry: registry.address,
      baseImage,
      registryUser: user,
      registryAlias: alias,
      docker,
      stop: stopAll
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

function cli(socketPath: string, configDir: string): (...args: string[]) => Promise<string> {
  const env = { ...process.env, DOCKER_HOST: `unix://${socketPath}`, DOCKER_CONFIG: configDir };
  return async (...args) => {
    try {
      const { stdout } = await promisify(execFile)(DOCKER_CLI, args, { env, maxBuffer: 64 << 20 });
      return stdout;
    } catch (err) {
      const { stderr } = err as { stderr?: string };
      throw new Error(`docker ${args.join(' ')} failed: ${stderr?.trim() || (err as Error).message}`, {
        cause: err
      });
    }
  };
}
