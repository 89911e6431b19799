// The hook for the docker post-processors (docker-tag, docker-push, docker-save, docker-import): each is
// a module under src/post-processors/docker-*.ts with the signature
// `(pp, input: DockerArtifact, deps) => Promise<DockerArtifact>`. A docker build's chain calls this for
// each post-processor; it answers with the new artifact when `pp` is one of them, or undefined for the
// others (manifest, shell-local), which post-processors.ts runs itself.
//
// To wire them in: add their types to the PostProcessor union (template/types.ts), and here a
// `switch (pp.type)` calling each module with `{ endpoint: defaultEndpoint(env), log, signal }`.
import type { DockerArtifact } from '../docker/artifact.js';
import type { PostProcessor } from '../template/types.js';
import type { PostProcessorRun } from './post-processors.js';

export async function runDockerPostProcessor(
  pp: PostProcessor,
  _input: DockerArtifact,
  _run: PostProcessorRun
): Promise<DockerArtifact | undefined> {
  switch (pp.type) {
    case 'manifest':
    case 'shell-local':
      return undefined;
  }
}
