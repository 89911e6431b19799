// The last step: the image and its snapshots are now the build's result, so the journal
// marks them kept and no cleanup (here or in the post step) may touch them.
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

export function recordArtifact(ctx: BuildContext): Step<BuildState> {
  return {
    title: 'Record artifact',
    async run(state) {
      if (!state.image) return;
      ctx.journal.kept('image', state.image.id);
      for (const id of state.image.snapshotIds) ctx.journal.kept('snapshot', id);
      ctx.log.info(`${ctx.plan.builder.region}: ${state.image.id}`);
    }
  };
}
