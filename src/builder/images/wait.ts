// Waiting for an image (made or copied) to become available; any state but pending on the way
// fails the wait with the image's StateReason. Instead of asking every second, the wait reads
// the image's snapshots' progress (progress.ts): a first look a second in (the image, for its
// snapshot ids; a fast image is done by then), a look at the progress soon after, then looks
// half way to the projected moment while the projection is wider than a second, then one look
// at the image at the latest projected moment. The image is noticed within about a second of
// turning available with four calls however long it takes. An image still pending after its
// projection sends the wait back to the progress; a snapshot showing no progress yet is looked
// at again after as long as the wait has lasted. aws_polling turns all this off for a fixed interval.
import { DescribeImagesCommand, DescribeSnapshotsCommand, type Image } from '@aws-sdk/client-ec2';
import { LEAD_MS } from '../../aws/schedule.js';
import { waitFor, type WaitResult } from '../../aws/waiter.js';
import type { BuildContext, RegionImage } from '../context.js';
import { completionWindow, type CompletionWindow } from './progress.js';
import { snapshotIdsOf } from './snapshots.js';

/** The projection is refined until its window is this narrow. */
const PRECISE_MS = 1000;
/** At most this many looks at the snapshots; then only at the image. */
const MAX_PROGRESS_LOOKS = 6;
/** A new image shows its snapshots within a moment: the first look waits that long. */
const FIRST_LOOK_MS = 1000;
/** Without a projection, looks back off to at most this far apart. */
const LONGEST_BACKOFF_MS = 30_000;

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
  let window: CompletionWindow | undefined;
  let progressLooks = 0;
  let allComplete = false;
  /** The image was still pending after the projected moment: the progress is read again. */
  let overdue = false;
  const wantProgress = () =>
    scheduled &&
    snapshotIds.length > 0 &&
    !allComplete &&
    progressLooks < MAX_PROGRESS_LOOKS &&
    (window === undefined || overdue || window.latest - window.earliest > PRECISE_MS);
  const backoff = () => Math.min(LONGEST_BACKOFF_MS, Math.max(1000, now() - started));
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
    // The moment of the next look (the schedule looks LEAD_MS before the moment it is given).
    expectedMs: () => {
      if (!snapshotIds.length) return undefined;
      let at: number;
      if (wantProgress()) at = window && !overdue ? now() + (window.earliest - now()) / 2 : now() + backoff();
      else at = window ? window.latest : now() + backoff();
      return Math.max(at, now() + 1000) + LEAD_MS - started;
    },
    probe: async () => {
      if (wantProgress()) {
        progressLooks++;
        overdue = false;
        const { Snapshots = [] } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: snapshotIds }));
        allComplete = Snapshots.length > 0 && Snapshots.every(s => s.State === 'completed');
        window = completionWindow(Snapshots, now());
        const progress = Snapshots.map(s => s.Progress ?? '?').join(', ');
        return { done: false, state: `pending (snapshots ${progress})` };
      }
      const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [image.id] }));
      const found = Images?.[0];
      const name = found?.State ?? 'unknown';
      if (name === 'available') return { done: true, value: found! };
      if (name === 'pending') {
        if (!snapshotIds.length && found) snapshotIds = snapshotIdsOf(found);
        if (window && now() >= window.latest) overdue = true;
        return { done: false, state: name };
      }
      return { done: false, failed: true, state: name, reason: found?.StateReason?.Message };
    }
  });
}
