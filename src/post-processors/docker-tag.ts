// docker-tag (packer-plugin-docker post-processor/docker-tag): names the image in the daemon as
// repository:tag for each tag, or as the repository alone (its own tag, else latest) when there are
// none. The artifact it hands on carries only the names it added, which is what docker-push pushes.
import type { DockerArtifact, DockerImageArtifact } from '../docker/artifact.js';
import { tagImage, withDefaultTag } from '../docker/engine.js';
import type { DockerTagPostProcessor } from '../template/types.js';
import { DockerPostProcessorError, shortId, type DockerPostProcessorDeps } from './docker-common.js';

export async function runDockerTag(
  pp: DockerTagPostProcessor,
  input: DockerArtifact,
  deps: DockerPostProcessorDeps
): Promise<DockerImageArtifact> {
  if (pp.deprecatedTag) {
    deps.log.warning(
      'docker-tag: the "tag" option has been replaced with "tags"; it still works, but may not in a ' +
        'future version of Packer'
    );
  }
  if (input.kind !== 'docker-image') {
    throw new DockerPostProcessorError({
      postProcessor: 'docker-tag',
      message: `cannot tag the file ${input.path}: can only tag from Docker builder artifacts (an image the build committed, or docker-import's)`,
      hint: 'Put docker-import before docker-tag to make an image of an exported filesystem'
    });
  }
  const names = (pp.tags.length > 0 ? pp.tags.map(tag => `${pp.repository}:${tag}`) : [pp.repository]).map(
    withDefaultTag
  );
  for (const name of names) {
    deps.log.info(`docker-tag: tagging image ${shortId(input.imageId)} as ${name}`);
    // `force` is Packer's `docker tag -f`, gone since Docker 1.12: a tag always moves to the new image.
    await tagImage(deps.engine, input.imageId, name, deps.signal);
  }
  return { kind: 'docker-image', imageId: input.imageId, repoTags: [...new Set(names)], digests: [] };
}
