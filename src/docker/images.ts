// Images: pull, push, tag, inspect, remove, save and import, each one Engine call whose failure names
// the image.
import { registryAuthHeader, type RegistryAuth } from './auth.js';
import { DockerOperationError } from './errors.js';
import {
  engineJson,
  engineProgress,
  engineResponse,
  type EngineEndpoint,
  type ProgressEvent
} from './http.js';
import { splitTag, withDefaultTag } from './reference.js';

const path = (s: string) => encodeURIComponent(s);

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

export interface ImageSummary {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Labels: Record<string, string> | null;
  /** Unix seconds. */
  Created: number;
}

/** Images carrying every one of `labels` (`key=value` or `key`). */
export async function listImagesByLabel(
  endpoint: EngineEndpoint,
  labels: readonly string[]
): Promise<ImageSummary[]> {
  return engineJson<ImageSummary[]>(endpoint, {
    operation: 'list images',
    doing: `listing images labelled ${labels.join(', ')}`,
    method: 'GET',
    path: '/images/json',
    query: { filters: JSON.stringify({ label: labels }) }
  });
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

/** `docker save`: the images (with their tags) as one tar stream, to be written where the caller wants. */
export function saveImages(endpoint: EngineEndpoint, refs: readonly string[], signal?: AbortSignal) {
  return engineResponse(endpoint, {
    operation: 'save',
    doing: `saving ${refs.join(', ')}`,
    resource: refs.join(','),
    method: 'GET',
    path: '/images/get',
    query: { names: refs },
    signal
  });
}

/**
 * `docker import`: a root filesystem tarball (a container export) becomes an image, with `changes`
 * applied and an optional `repository[:tag]`; returns the new image's id.
 */
export async function importImage(
  endpoint: EngineEndpoint,
  tar: Buffer | NodeJS.ReadableStream,
  options: {
    reference?: string;
    changes?: string[];
    message?: string;
    platform?: string;
    signal?: AbortSignal;
  } = {}
): Promise<string> {
  const { repository, tag } = options.reference
    ? splitTag(withDefaultTag(options.reference))
    : { repository: undefined, tag: undefined };
  const call = {
    operation: 'import',
    doing: `importing a filesystem archive${options.reference ? ` as ${repository}:${tag}` : ''}`,
    resource: options.reference,
    method: 'POST' as const,
    path: '/images/create',
    query: {
      fromSrc: '-',
      repo: repository,
      tag,
      changes: options.changes,
      message: options.message,
      platform: options.platform
    },
    body: tar,
    signal: options.signal
  };
  const events = await engineProgress(endpoint, call);
  const id = events.map(e => e.status).find(s => s?.startsWith('sha256:'));
  if (!id)
    throw new DockerOperationError({
      operation: call.operation,
      doing: call.doing,
      resource: call.resource,
      detail: 'the Engine did not say which image it made'
    });
  return id;
}
