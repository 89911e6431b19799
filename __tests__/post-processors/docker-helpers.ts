// For the docker post-processor tests: what a docker build hands on, made with the Engine client (a
// committed image, or a container's exported filesystem), a log that keeps its lines, and the image
// loaded back from a `docker save` tar through the Engine.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DockerFileArtifact, DockerImageArtifact } from '../../src/docker/artifact.js';
import {
  commitContainer,
  createContainer,
  exportContainer,
  putArchive,
  removeContainer,
  type EngineEndpoint
} from '../../src/docker/engine.js';
import { engineProgress } from '../../src/docker/http.js';

export interface Lines {
  readonly lines: string[];
  readonly log: { info(line: string): void; warning(line: string): void };
}

export function keptLog(): Lines {
  const lines: string[] = [];
  return { lines, log: { info: l => lines.push(l), warning: l => lines.push(`warning: ${l}`) } };
}

/** A container from `base` with /marker holding `text` (written through the Engine, not run). */
async function containerWithMarker(engine: EngineEndpoint, base: string, text: string): Promise<string> {
  const id = await createContainer(engine, { Image: base, Cmd: ['cat', '/marker'] });
  const dir = mkdtempSync(join(tmpdir(), 'pp-marker-'));
  writeFileSync(join(dir, 'marker'), text);
  await putArchive(engine, id, '/', execFileSync('tar', ['-C', dir, '-cf', '-', 'marker']));
  return id;
}

/** What a docker build with `commit: true` hands on: an untagged image with /marker. */
export async function committedImage(
  engine: EngineEndpoint,
  base: string,
  text: string
): Promise<DockerImageArtifact> {
  const id = await containerWithMarker(engine, base, text);
  try {
    const imageId = await commitContainer(engine, id, { changes: ['CMD ["cat", "/marker"]'] });
    return { kind: 'docker-image', imageId, repoTags: [], digests: [] };
  } finally {
    await removeContainer(engine, id);
  }
}

/** What a docker build with `export_path` hands on: the container's filesystem as a tar. */
export async function exportedFilesystem(
  engine: EngineEndpoint,
  base: string,
  text: string,
  path: string
): Promise<DockerFileArtifact> {
  const id = await containerWithMarker(engine, base, text);
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    await pipeline(await exportContainer(engine, id), createWriteStream(path));
    return { kind: 'docker-file', path };
  } finally {
    await removeContainer(engine, id);
  }
}

/** `docker load` through the Engine (POST /images/load); returns what it reported loading. */
export async function loadImages(engine: EngineEndpoint, tarPath: string): Promise<string[]> {
  const events = await engineProgress(engine, {
    operation: 'load',
    doing: `loading ${tarPath}`,
    method: 'POST',
    path: '/images/load',
    query: { quiet: true },
    body: createReadStream(tarPath)
  });
  return events.map(e => (e as { stream?: string }).stream?.trim() ?? e.status ?? '').filter(Boolean);
}
