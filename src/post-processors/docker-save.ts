// docker-save (packer-plugin-docker post-processor/docker-save): writes the image, with its names, to
// `path` as `docker save` does, so `docker load` restores it elsewhere. A failed save leaves no
// partial file behind. As Packer's, it hands on the image it was given (the tar is a by-product), so a
// docker-push may follow it in the chain.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DockerArtifact, DockerImageArtifact } from '../docker/artifact.js';
import { saveImages } from '../docker/engine.js';
import { messageOf } from '../errors.js';
import type { DockerSavePostProcessor } from '../template/types.js';
import { DockerPostProcessorError, uniqueNames, type DockerPostProcessorDeps } from './docker-common.js';

export async function runDockerSave(
  pp: DockerSavePostProcessor,
  input: DockerArtifact,
  deps: DockerPostProcessorDeps
): Promise<DockerImageArtifact> {
  if (input.kind !== 'docker-image') {
    throw new DockerPostProcessorError({
      postProcessor: 'docker-save',
      message: `cannot save the file ${input.path}: can only save Docker builder artifacts (images)`
    });
  }
  // Saved by name, the tar keeps the names (docker load tags the image again); by id when it has none.
  const refs = input.repoTags.length > 0 ? uniqueNames(input.repoTags) : [input.imageId];
  deps.log.info(`docker-save: saving ${refs.join(', ')} to ${pp.path}`);
  try {
    await mkdir(dirname(pp.path), { recursive: true });
    const tar = await saveImages(deps.engine, refs, deps.signal);
    await pipeline(tar, createWriteStream(pp.path), { signal: deps.signal });
  } catch (err) {
    await rm(pp.path, { force: true });
    throw new DockerPostProcessorError({
      postProcessor: 'docker-save',
      message: `saving ${refs.join(', ')} to ${pp.path} failed: ${messageOf(err)}`,
      cause: err
    });
  }
  deps.log.info(`docker-save: saved to ${pp.path}`);
  return input;
}
