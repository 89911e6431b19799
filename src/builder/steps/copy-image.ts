// ami_regions: the image is copied to every region at once (all copies in flight together),
// each carrying the same tags as the original, and encrypted with that region's
// region_kms_key_ids key under encrypt_boot. A build that fails or is cancelled removes every
// copy it made. Each copy is tagged complete as it is made, `with` the image it copies
// (finished-images.ts): it counts as a finished build's only once that image is tagged complete,
// by the last step, so no call is spent on tagging the copies once they are available.
import { completeWith } from '../../finished-images.js';
import { TAGS } from '../../tags.js';
import type { BuildContext, BuildState, RegionImage } from '../context.js';
import { copyImageTo } from '../images/copy.js';
import { rollBackImages } from '../images/remove.js';
import { imageTags } from '../images/tags.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';

const TITLE = 'Copy image';

/** Only for a plan with ami_regions (and an image to copy). */
export function copyImage(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  if (!b.amiRegions.length || b.skipCreateAmi) return undefined;
  const made: RegionImage[] = [];
  return {
    title: TITLE,
    async run(state, signal) {
      const image = need(state, 'image', TITLE);
      const home: RegionImage = { region: b.region, id: image.id, snapshotIds: image.snapshotIds };
      const own = imageTags(ctx, state.buildData);
      const tags = { ...own, image: { ...own.image, [TAGS.complete]: completeWith(b.region, home.id) } };
      // One failed copy stops the others' waits, and the step ends only when every copy has settled:
      // a copy still being made or waited for would escape the cleanup below, and keep polling.
      const stop = new AbortController();
      const settled = await Promise.allSettled(
        b.amiRegions.map(region =>
          copyImageTo(ctx, {
            source: home,
            region,
            tags,
            kmsKeyId: b.encryptBoot ? b.regionKmsKeyIds[region] : undefined,
            completionMinutes: b.snapshotCopyDurationMinutes,
            signal: AbortSignal.any([signal, stop.signal]),
            priorMs: image.madeInMs,
            made
          }).catch((error: unknown) => {
            stop.abort(error);
            throw error;
          })
        )
      );
      const failed = settled.find(result => result.status === 'rejected');
      if (failed) throw failed.reason;
      state.images = [
        ...state.images,
        ...settled.map(result => (result as PromiseFulfilledResult<RegionImage>).value)
      ];
    },
    async cleanup(_state, outcome) {
      if (outcome !== 'succeeded' && made.length) await rollBackImages(ctx, made);
    }
  };
}
