// Containers: create, start, find by label, remove, commit, and files in and out as tar archives.
import type { IncomingMessage } from 'node:http';
import { engineJson, engineResponse, type EngineEndpoint } from './http.js';
import { splitTag } from './reference.js';

const path = (s: string) => encodeURIComponent(s);

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

/** `docker export`: the container's filesystem as one tar stream (export_path writes it to a file). */
export function exportContainer(
  endpoint: EngineEndpoint,
  id: string,
  signal?: AbortSignal
): Promise<IncomingMessage> {
  return engineResponse(endpoint, {
    operation: 'export',
    doing: `exporting container ${id.slice(0, 12)}`,
    resource: id,
    method: 'GET',
    path: `/containers/${path(id)}/export`,
    signal
  });
}
