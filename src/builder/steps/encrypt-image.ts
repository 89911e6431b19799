// encrypt_boot: an encrypted copy of the image in the build region replaces the original, as
// in Packer (the original and its snapshots are removed once the copy is available). A build
// that fails or is cancelled later removes the encrypted copy.
import type { BuildContext, BuildState, RegionImage } from '../context.js';
import { copyImageTo } from '../images/copy.js';
import { removeImages, rollBackImages } from '../images/remove.js';
import { imageTags } from '../images/tags.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';

const TITLE = 'Encrypt image';

/** Only for a plan with encrypt_boot (and an image to encrypt). */
export function encryptImage(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  if (!b.encryptBoot || b.skipCreateAmi) return undefined;
  const made: RegionImage[] = [];
  return {
    title: TITLE,
    async run(state, signal) {
      const image = need(state, 'image', TITLE);
      const original: RegionImage = { region: b.region, id: image.id, snapshotIds: image.snapshotIds };
      const encrypted = await copyImageTo(ctx, {
        source: original,
        region: b.region,
        tags: imageTags(ctx, state.buildData),
        kmsKeyId: b.regionKmsKeyIds[b.region] ?? b.kmsKeyId,
        signal,
        priorMs: image.madeInMs,
        made
      });
      ctx.log.info(`Encrypted copy ${encrypted.id} replaces ${original.id} (encrypt_boot)`);
      const removed = await removeImages(ctx, [original]);
      if (removed.failed.length) throw removed.failed[0].error;
      state.image = { ...image, id: encrypted.id, snapshotIds: encrypted.snapshotIds };
      state.images = [encrypted, ...state.images.slice(1)];
    },
    async cleanup(_state, outcome) {
      if (outcome !== 'succeeded' && made.length) await rollBackImages(ctx, made);
    }
  };
}
