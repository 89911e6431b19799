// A small Docker Engine client: the calls the docker builder and its post-processors make, over the
// Engine's HTTP API on its unix socket (src/docker/http.ts), one module per kind of thing (images,
// containers, exec, registry auth). Names follow the Engine's own fields, so its API reference is the
// manual. Import from here.
import { engineResponse, type EngineEndpoint } from './http.js';

export type { EngineEndpoint, ProgressEvent } from './http.js';
export * from './auth.js';
export * from './containers.js';
export * from './exec.js';
export * from './images.js';
export * from './reference.js';

/** The daemon's socket: DOCKER_HOST when it names a unix socket, else the standard path. */
export function defaultEndpoint(env: NodeJS.ProcessEnv = process.env): EngineEndpoint {
  const host = env.DOCKER_HOST;
  if (host?.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  return { socketPath: '/var/run/docker.sock' };
}

export async function ping(endpoint: EngineEndpoint): Promise<void> {
  const res = await engineResponse(endpoint, {
    operation: 'ping',
    doing: 'reaching the daemon',
    method: 'GET',
    path: '/_ping'
  });
  res.resume();
}
