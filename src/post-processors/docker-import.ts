// docker-import (packer-plugin-docker post-processor/docker-import): a container's filesystem tar (the
// docker builder's export_path) becomes an image named repository[:tag], with Dockerfile `changes`
// (CMD, ENV, ...) applied, as `docker import --change` does.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { DockerArtifact, DockerImageArtifact } from '../docker/artifact.js';
import { importImage, withDefaultTag } from '../docker/engine.js';
import { messageOf } from '../errors.js';
import type { DockerImportPostProcessor } from '../template/types.js';
import { DockerPostProcessorError, shortId, type DockerPostProcessorDeps } from './docker-common.js';

export async function runDockerImport(
  pp: DockerImportPostProcessor,
  input: DockerArtifact,
  deps: DockerPostProcessorDeps
): Promise<DockerImageArtifact> {
  const fail = (message: string, details: { cause?: unknown; hint?: string } = {}) =>
    new DockerPostProcessorError({ postProcessor: 'docker-import', message, ...details });
  if (input.kind !== 'docker-file') {
    throw fail(
      `cannot import the image ${input.repoTags[0] ?? shortId(input.imageId)}: can only import from ` +
        'Docker builder artifacts that are files',
      {
        hint:
          'The docker builder made an image (commit: true), so it is already imported: use docker-tag ' +
          'to name it, or set export_path instead of commit to import a filesystem'
      }
    );
  }
  const reference = withDefaultTag(pp.tag === undefined ? pp.repository : `${pp.repository}:${pp.tag}`);
  try {
    await access(input.path);
  } catch (err) {
    throw fail(`cannot read ${input.path}: ${messageOf(err)}`, { cause: err });
  }
  deps.log.info(`docker-import: importing ${input.path} as ${reference}`);
  const imageId = await importImage(deps.engine, createReadStream(input.path), {
    reference,
    changes: [...pp.changes],
    platform: pp.platform,
    signal: deps.signal
  });
  deps.log.info(`docker-import: imported ${reference} (${imageId})`);
  return { kind: 'docker-image', imageId, repoTags: [reference], digests: [] };
}
