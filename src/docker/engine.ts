// A small Docker Engine client: the calls the docker builder and its post-processors make (containers,
// exec, archives, commit, images, registries), each one function over the Engine's HTTP API on its unix
// socket (src/docker/http.ts). Names follow the Engine's own fields, so its API reference is the manual.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import {
  engineJson,
  engineProgress,
  engineResponse,
  engineUpgrade,
  type EngineEndpoint,
  type ProgressEvent
} from './http.js';
import { Demultiplexer } from './multiplex.js';

export type { EngineEndpoint, ProgressEvent } from './http.js';

/** The daemon's socket: DOCKER_HOST when it names a unix socket, else the standard path. */
export function defaultEndpoint(env: NodeJS.ProcessEnv = process.env): EngineEndpoint {
  const host = env.DOCKER_HOST;
  if (host?.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  return { socketPath: '/var/run/docker.sock' };
}

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

/** A reference with an explicit tag (`:latest` when it has neither tag nor digest), as the docker CLI pulls. */
export function withDefaultTag(ref: string): string {
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  return name.includes(':') || name.includes('@') ? ref : `${ref}:latest`;
}

/** `repo[:tag]` split at the tag's colon (not a registry port's). */
export function splitTag(ref: string): { repository: string; tag?: string } {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon <= slash || ref.includes('@')) return { repository: ref };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}

const path = (s: string) => encodeURIComponent(s);

export async function ping(endpoint: EngineEndpoint): Promise<void> {
  const res = await engineResponse(endpoint, {
    operation: 'ping',
    doing: 'reaching the daemon',
    method: 'GET',
    path: '/_ping'
  });
  res.resume();
}

export async function pullImage(
  endpoint: EngineEndpoint,
  ref: string,
  options: {
    auth?: RegistryAuth;
    platform?: string;
    onProgress?: (e: ProgressEvent) => void;
    signal?: AbortSignal;
  } = {}
): Promise<void> {
  const image = withDefaultTag(ref);
  await engineProgress(
    endpoint,
    {
      operation: 'pull',
      doing: `pulling ${image}`,
      resource: image,
      method: 'POST',
      path: '/images/create',
      query: { fromImage: image, platform: options.platform },
      headers: registryAuthHeader(options.auth),
      signal: options.signal
    },
    options.onProgress
  );
}

/** Pushes one tag and returns the digest the registry gave it. */
export async function pushImage(
  endpoint: EngineEndpoint,
  ref: string,
  options: { auth?: RegistryAuth; onProgress?: (e: ProgressEvent) => void; signal?: AbortSignal } = {}
): Promise<{ digest?: string }> {
  const { repository, tag } = splitTag(withDefaultTag(ref));
  const events = await engineProgress(
    endpoint,
    {
      operation: 'push',
      doing: `pushing ${repository}:${tag}`,
      resource: `${repository}:${tag}`,
      method: 'POST',
      path: `/images/${path(repository)}/push`,
      query: { tag },
      headers: registryAuthHeader(options.auth),
      signal: options.signal
    },
    options.onProgress
  );
  const aux = events.find(e => typeof e.aux?.Digest === 'string')?.aux;
  return { digest: aux?.Digest as string | undefined };
}

export async function tagImage(
  endpoint: EngineEndpoint,
  source: string,
  target: string,
  signal?: AbortSignal
): Promise<void> {
  const { repository, tag } = splitTag(withDefaultTag(target));
  await engineJson(endpoint, {
    operation: 'tag',
    doing: `tagging ${source} as ${repository}:${tag}`,
    resource: source,
    method: 'POST',
    path: `/images/${path(source)}/tag`,
    query: { repo: repository, tag },
    signal
  });
}

export interface ImageInspect {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Author?: string;
  Comment?: string;
  Config?: {
    Labels?: Record<string, string> | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
    WorkingDir?: string;
    User?: string;
    Entrypoint?: string[] | null;
  };
}

/** The image, or undefined when the daemon does not have it. */
export async function inspectImage(endpoint: EngineEndpoint, ref: string): Promise<ImageInspect | undefined> {
  try {
    return await engineJson<ImageInspect>(endpoint, {
      operation: 'inspect image',
      doing: `inspecting ${ref}`,
      resource: ref,
      method: 'GET',
      path: `/images/${path(ref)}/json`
    });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw err;
  }
}

export async function removeImage(
  endpoint: EngineEndpoint,
  ref: string,
  options: { force?: boolean } = {}
): Promise<void> {
  await engineJson(endpoint, {
    operation: 'remove image',
    doing: `removing ${ref}`,
    resource: ref,
    method: 'DELETE',
    path: `/images/${path(ref)}`,
    query: { force: options.force }
  });
}

/** The Engine's container create body (the fields the builder sets; see the Engine API reference). */
export interface ContainerSpec {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  Labels?: Record<string, string>;
  User?: string;
  WorkingDir?: string;
  Hostname?: string;
  Tty?: boolean;
  OpenStdin?: boolean;
  AttachStdin?: boolean;
  HostConfig?: {
    Binds?: string[];
    Privileged?: boolean;
    CapAdd?: string[];
    CapDrop?: string[];
    NetworkMode?: string;
    AutoRemove?: boolean;
    Init?: boolean;
    Devices?: { PathOnHost: string; PathInContainer: string; CgroupPermissions: string }[];
    Tmpfs?: Record<string, string>;
    SecurityOpt?: string[];
  };
}

export async function createContainer(
  endpoint: EngineEndpoint,
  spec: ContainerSpec,
  options: { name?: string; platform?: string; signal?: AbortSignal } = {}
): Promise<string> {
  const created = await engineJson<{ Id: string }>(endpoint, {
    operation: 'create container',
    doing: `creating a container from ${spec.Image}`,
    resource: spec.Image,
    method: 'POST',
    path: '/containers/create',
    query: { name: options.name, platform: options.platform },
    json: spec,
    signal: options.signal
  });
  return created.Id;
}

export async function startContainer(
  endpoint: EngineEndpoint,
  id: string,
  signal?: AbortSignal
): Promise<void> {
  await engineJson(endpoint, {
    operation: 'start container',
    doing: `starting container ${id.slice(0, 12)}`,
    resource: id,
    method: 'POST',
    path: `/containers/${path(id)}/start`,
    signal
  });
}

/** Removes a container (running or not) and its anonymous volumes; a container already gone is not an error. */
export async function removeContainer(endpoint: EngineEndpoint, id: string): Promise<void> {
  try {
    await engineJson(endpoint, {
      operation: 'remove container',
      doing: `removing container ${id.slice(0, 12)}`,
      resource: id,
      method: 'DELETE',
      path: `/containers/${path(id)}`,
      query: { force: true, v: true }
    });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== 404) throw err;
  }
}

export interface ContainerSummary {
  Id: string;
  Image: string;
  State: string;
  Labels: Record<string, string>;
}

/** Containers (running or not) carrying a label, `key=value` or just `key`. */
export async function listContainersByLabel(
  endpoint: EngineEndpoint,
  label: string
): Promise<ContainerSummary[]> {
  return engineJson<ContainerSummary[]>(endpoint, {
    operation: 'list containers',
    doing: `listing containers labelled ${label}`,
    method: 'GET',
    path: '/containers/json',
    query: { all: true, filters: JSON.stringify({ label: [label] }) }
  });
}

export interface CommitOptions {
  /** `repository[:tag]` to name the new image; unset leaves it untagged. */
  reference?: string;
  /** Dockerfile instructions applied to the image (CMD, ENV, LABEL, ...), one per entry. */
  changes?: string[];
  author?: string;
  comment?: string;
  pause?: boolean;
  signal?: AbortSignal;
}

/** Commits a container's filesystem as an image and returns its id (`sha256:...`). */
export async function commitContainer(
  endpoint: EngineEndpoint,
  id: string,
  options: CommitOptions = {}
): Promise<string> {
  const { repository, tag } = options.reference
    ? splitTag(options.reference)
    : { repository: undefined, tag: undefined };
  const committed = await engineJson<{ Id: string }>(endpoint, {
    operation: 'commit',
    doing: `committing container ${id.slice(0, 12)}`,
    resource: id,
    method: 'POST',
    path: '/commit',
    query: {
      container: id,
      repo: repository,
      tag,
      author: options.author,
      comment: options.comment,
      pause: options.pause,
      changes: options.changes
    },
    json: {},
    signal: options.signal
  });
  return committed.Id;
}

/** Writes a tar archive's contents into the container under `dir` (which must exist). */
export async function putArchive(
  endpoint: EngineEndpoint,
  id: string,
  dir: string,
  tar: Buffer | NodeJS.ReadableStream,
  signal?: AbortSignal
): Promise<void> {
  await engineJson(endpoint, {
    operation: 'upload',
    doing: `copying an archive into ${dir} in container ${id.slice(0, 12)}`,
    resource: id,
    method: 'PUT',
    path: `/containers/${path(id)}/archive`,
    query: { path: dir },
    body: tar,
    signal
  });
}

/** A tar archive of `remotePath` (a file or a directory, named by its base name inside the archive). */
export async function getArchive(
  endpoint: EngineEndpoint,
  id: string,
  remotePath: string,
  signal?: AbortSignal
): Promise<IncomingMessage> {
  return engineResponse(endpoint, {
    operation: 'download',
    doing: `copying ${remotePath} out of container ${id.slice(0, 12)}`,
    resource: id,
    method: 'GET',
    path: `/containers/${path(id)}/archive`,
    query: { path: remotePath },
    signal
  });
}

export interface ExecSpec {
  Cmd: string[];
  User?: string;
  Env?: string[];
  WorkingDir?: string;
  Privileged?: boolean;
  /** A pseudo-terminal: stderr then arrives merged into stdout. */
  Tty?: boolean;
}

export interface ExecIo {
  /** Piped to the command until it ends; then the command reads EOF. */
  stdin?: NodeJS.ReadableStream;
  stdout: (chunk: Buffer) => void;
  stderr: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

/** Runs a command in a running container, streaming its output, and returns its exit code. */
export async function exec(
  endpoint: EngineEndpoint,
  id: string,
  spec: ExecSpec,
  io: ExecIo
): Promise<{ exitCode: number | null }> {
  const short = id.slice(0, 12);
  const created = await engineJson<{ Id: string }>(endpoint, {
    operation: 'exec',
    doing: `creating an exec in container ${short}`,
    resource: id,
    method: 'POST',
    path: `/containers/${path(id)}/exec`,
    json: { ...spec, AttachStdin: io.stdin !== undefined, AttachStdout: true, AttachStderr: true },
    signal: io.signal
  });
  const { socket, head } = await engineUpgrade(endpoint, {
    operation: 'exec',
    doing: `starting an exec in container ${short}`,
    resource: id,
    method: 'POST',
    path: `/exec/${path(created.Id)}/start`,
    json: { Detach: false, Tty: spec.Tty ?? false },
    signal: io.signal
  });
  await relay(socket, head, spec.Tty ?? false, io);
  return { exitCode: await execExitCode(endpoint, id, created.Id) };
}

/** The exit code of a finished exec; the Engine may report it a moment after the output stream ends. */
async function execExitCode(endpoint: EngineEndpoint, id: string, execId: string): Promise<number | null> {
  for (let attempt = 0; ; attempt++) {
    const state = await engineJson<{ ExitCode: number | null; Running: boolean }>(endpoint, {
      operation: 'exec',
      doing: `reading how an exec ended in container ${id.slice(0, 12)}`,
      resource: id,
      method: 'GET',
      path: `/exec/${path(execId)}/json`
    });
    if (!state.Running || attempt >= 50) return state.Running ? null : state.ExitCode;
    await new Promise(r => setTimeout(r, 20));
  }
}

/** Pipes stdin in and output out of a hijacked exec connection until the Engine closes it. */
function relay(socket: Socket, head: Buffer, tty: boolean, io: ExecIo): Promise<void> {
  return new Promise((resolve, reject) => {
    const demux = new Demultiplexer({ stdout: io.stdout, stderr: io.stderr });
    const take = (chunk: Buffer) => (tty ? io.stdout(chunk) : demux.push(chunk));
    if (head.length > 0) take(head);
    socket.on('data', take);
    socket.once('end', () => resolve());
    socket.once('close', () => resolve());
    socket.once('error', reject);
    const abort = () => socket.destroy(io.signal?.reason as Error);
    io.signal?.addEventListener('abort', abort, { once: true });
    socket.once('close', () => io.signal?.removeEventListener('abort', abort));
    if (io.stdin) {
      io.stdin.on('data', chunk => socket.write(chunk));
      io.stdin.once('end', () => socket.end());
    }
  });
}
