// What becomes of the provisioned container: committed as an image (with `changes`, author, message
// and the traceability labels, the template's own LABEL winning), exported as a tar (export_path), or
// discarded. The container itself is removed by its own step's cleanup.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { commitContainer, exportContainer, inspectImage } from '../../docker/engine.js';
import { DockerOperationError } from '../../docker/errors.js';
import { labelChanges } from '../../docker/labels.js';
import { StepOrderError } from '../../errors.js';
import type { Step } from '../runner.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';

export function finishContainer(ctx: DockerBuildContext): Step<DockerBuildState> | undefined {
  const b = ctx.plan.builder;
  const output = b.output;
  if (output.kind === 'discard') return undefined;
  if (output.kind === 'export')
    return {
      title: 'Export container',
      async run(state, signal) {
        const id = containerOf(state, 'Export container');
        await mkdir(dirname(output.path), { recursive: true });
        const tar = await exportContainer(ctx.endpoint, id, signal);
        try {
          await pipeline(tar, createWriteStream(output.path), { signal });
        } catch (error) {
          if (signal.aborted) throw error;
          throw new DockerOperationError({
            operation: 'export',
            doing: `writing container ${id.slice(0, 12)}'s filesystem to ${output.path}`,
            cause: error
          });
        }
        state.artifact = { kind: 'docker-file', path: output.path };
        ctx.log.info(`Exported the container's filesystem to ${output.path}`);
      }
    };
  return {
    title: 'Commit container',
    async run(state, signal) {
      const id = containerOf(state, 'Commit container');
      const changes = [...b.changes, ...labelChanges(ctx.traceLabels, b.changes)];
      const imageId = await commitContainer(ctx.endpoint, id, {
        changes,
        author: b.author,
        comment: b.message,
        signal
      });
      const image = await inspectImage(ctx.endpoint, imageId);
      state.artifact = {
        kind: 'docker-image',
        imageId,
        repoTags: image?.RepoTags ?? [],
        digests: image?.RepoDigests ?? []
      };
      ctx.log.info(`Committed image ${imageId}`);
    }
  };
}

function containerOf(state: DockerBuildState, step: string): string {
  if (!state.containerId) throw new StepOrderError({ step, missing: 'container (state.containerId)' });
  return state.containerId;
}
