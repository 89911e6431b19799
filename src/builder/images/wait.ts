// Waiting for an image (made or copied) to become available; any state but pending on the way
// fails the wait with the image's StateReason. Instead of asking every second, the wait reads
// the image's snapshots' progress (progress.ts), sleeps until just before the projected moment
// (refining the projection on a long wait) and then looks every second (aws/schedule.ts), so
// the image is noticed within about a second with a handful of calls. aws_polling turns this
// off for a fixed interval.
import { DescribeImagesCommand, DescribeSnapshotsCommand, type Image } from '@aws-sdk/client-ec2';
import { LEAD_MS } from '../../aws/schedule.js';
import { waitFor, type WaitResult } from '../../aws/waiter.js';
import type { BuildContext, RegionImage } from '../context.js';
import { projectedCompletion } from './progress.js';
import { snapshotIdsOf } from './snapshots.js';

/** A projection further off than this is refined by another look at the snapshots on the way. */
const REFINE_BEYOND_MS = 10_000;
/** A new image shows its snapshots within a moment: the first look waits that long. */
const FIRST_LOOK_MS = 1000;

export function waitForImage(
  ctx: BuildContext,
  image: Pick<RegionImage, 'region' | 'id'>,
  signal: AbortSignal
): Promise<WaitResult<Image>> {
  const ec2 = ctx.ec2For(image.region);
  const now = ctx.now;
  const started = now();
  const scheduled = !ctx.polling.delayMs;
  let snapshotIds: string[] = [];
  let projected: number | undefined;
  let progressLooks = 0;
  const wantProgress = () =>
    scheduled &&
    snapshotIds.length > 0 &&
    progressLooks < 3 &&
    (projected === undefined || projected - now() > REFINE_BEYOND_MS);
  return waitFor<Image>({
    what: `image ${image.id} to be available`,
    operation: 'DescribeImages',
    timeoutMs: 1_800_000,
    polling: ctx.polling,
    log: ctx.log.info,
    signal,
    sleep: ctx.sleep,
    now,
    firstLookAfterMs: FIRST_LOOK_MS,
    // While the projection is still to be refined, the next look is half way to it (a look at the
    // snapshots); then just before it (looks at the image).
    expectedMs: () => {
      if (projected === undefined) return undefined;
      const target = wantProgress() ? now() + (projected - now()) / 2 + LEAD_MS : projected;
      return target - started;
    },
    probe: async () => {
      if (wantProgress()) {
        progressLooks++;
        const { Snapshots = [] } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: snapshotIds }));
        projected = projectedCompletion(Snapshots, now()) ?? projected;
        const progress = Snapshots.map(s => s.Progress ?? '?').join(', ');
        return { done: false, state: `pending (snapshots ${progress})` };
      }
      const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [image.id] }));
      const found = Images?.[0];
      const name = found?.State ?? 'unknown';
      if (name === 'available') return { done: true, value: found! };
      if (name === 'pending') {
        if (!snapshotIds.length && found) snapshotIds = snapshotIdsOf(found);
        return { done: false, state: name };
      }
      return { done: false, failed: true, state: name, reason: found?.StateReason?.Message };
    }
  });
}
