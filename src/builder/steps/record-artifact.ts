// The last step: the image and its snapshots, in every region, are now the build's result, so
// the journal marks them kept and no cleanup (here or in the post step) may touch them, and the
// image is tagged complete in every region, which is what makes it reusable.
import { markComplete } from '../complete-image.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

export function recordArtifact(ctx: BuildContext): Step<BuildState> {
  return {
    title: 'Record artifact',
    async run(state) {
      await markComplete(ctx.ec2For, state.images);
      for (const image of state.images) {
        ctx.journal.kept('image', image.id);
        for (const id of image.snapshotIds) ctx.journal.kept('snapshot', id);
        ctx.log.info(`${image.region}: ${image.id}`);
      }
    }
  };
}
