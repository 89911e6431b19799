// Removing images with their snapshots: a half-made image when a build did not succeed
// (create, encrypt, copy), and the unencrypted original that encrypt_boot replaces. Snapshots
// not known yet (the wait was cut short) are looked up first, so none is left behind.
import { teardown, teardownContext, type TeardownResult } from '../../cleanup/teardown.js';
import type { BuildContext, RegionImage } from '../context.js';
import { snapshotsOfImage } from './snapshots.js';

/** Deregisters each image and deletes its snapshots, keeping the journal up to date; never throws. */
export async function removeImages(ctx: BuildContext, images: RegionImage[]): Promise<TeardownResult> {
  for (const image of images.filter(i => !i.snapshotIds.length)) {
    image.snapshotIds = await snapshotsOfImage(ctx.ec2For(image.region), image.id, ctx.buildId);
    for (const id of image.snapshotIds)
      ctx.journal.created({ kind: 'snapshot', id, region: image.region, build: ctx.plan.name });
  }
  return teardown(
    teardownContext(ctx),
    images.flatMap(i => [
      { kind: 'image' as const, id: i.id, region: i.region },
      ...i.snapshotIds.map(id => ({ kind: 'snapshot' as const, id, region: i.region }))
    ]),
    e => ctx.journal.deleted(e.kind, e.id)
  );
}

/** The rollback of a step that made images: what cannot be removed is a warning with the command. */
export async function rollBackImages(ctx: BuildContext, images: RegionImage[]): Promise<void> {
  const result = await removeImages(ctx, images);
  for (const failure of result.failed)
    ctx.log.warning(`Could not remove ${failure.entry.id}: run ${failure.command}`);
}
