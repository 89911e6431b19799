// Waiting for an image (made or copied) to become available; any state but pending on the way
// fails the wait with the image's StateReason. Instead of asking every second, the wait reads
// the image's snapshots' progress (progress.ts), then looks at the image once, at the latest
// projected moment. When the build already knows how long EC2 takes with its volumes (priorMs:
// how long the instance took to stop), the image is expected to take at least that long: the
// first look, that long in, reads the progress of the snapshots that name the image in their
// description (CreateImage and CopyImage write it), and at that point the projection is usually
// within a second. Otherwise the first look, a second in, is at the image (for its snapshot ids;
// a fast image is done by then) and the progress is read soon after. Either way, the progress is
// read again half way to the projected moment while the projection is wider than a second. The
// image is noticed within about a second of turning available, in two to four calls however
// long it takes. An image still pending after its projection sends the wait back to the
// progress; a snapshot showing no progress yet is looked at again after as long as the wait has
// lasted. aws_polling turns all this off for a fixed interval.
import {
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  type Image,
  type Snapshot
} from '@aws-sdk/client-ec2';
import { LEAD_MS } from '../../aws/schedule.js';
import { waitFor, type ProbeResult, type WaitResult } from '../../aws/waiter.js';
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
/** Never two looks closer than this. */
const MIN_GAP_MS = 250;
/** A prior shorter than this says EC2 is quick here: the image may be done at the first look. */
const SLOW_PRIOR_MS = 2000;

export interface ImageWaitOptions {
  /**
   * How long a comparable EC2 job took in this build (the instance's stop): the image is
   * expected to take at least that long, so the first look waits that long (at most 30 s).
   */
  priorMs?: number;
}

export function waitForImage(
  ctx: BuildContext,
  image: Pick<RegionImage, 'region' | 'id'>,
  signal: AbortSignal,
  options: ImageWaitOptions = {}
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
  /** The first look reads the progress of the snapshots found by their description, not the image. */
  let bySnapshotDescription = scheduled && (options.priorMs ?? 0) >= SLOW_PRIOR_MS;
  const firstLookAfterMs = bySnapshotDescription
    ? Math.min(options.priorMs!, LONGEST_BACKOFF_MS)
    : FIRST_LOOK_MS;
  const wantProgress = () =>
    scheduled &&
    snapshotIds.length > 0 &&
    !allComplete &&
    progressLooks < MAX_PROGRESS_LOOKS &&
    (window === undefined || overdue || window.latest - window.earliest > PRECISE_MS);
  const readProgress = (snapshots: Snapshot[]): ProbeResult<Image> => {
    allComplete = snapshots.length > 0 && snapshots.every(s => s.State === 'completed');
    window = completionWindow(snapshots, now());
    const progress = snapshots.map(s => s.Progress ?? '?').join(', ');
    return { done: false, state: `pending (snapshots ${progress})` };
  };
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
    firstLookAfterMs,
    // The moment of the next look (the schedule looks LEAD_MS before the moment it is given).
    expectedMs: () => {
      if (!snapshotIds.length) return undefined;
      let at: number;
      if (wantProgress()) at = window && !overdue ? now() + (window.earliest - now()) / 2 : now() + backoff();
      else at = window ? window.latest : now() + backoff();
      return Math.max(at, now() + MIN_GAP_MS) + LEAD_MS - started;
    },
    probe: async () => {
      if (bySnapshotDescription) {
        bySnapshotDescription = false;
        progressLooks++;
        const { Snapshots = [] } = await ec2.send(
          new DescribeSnapshotsCommand({
            OwnerIds: ['self'],
            Filters: [{ Name: 'description', Values: describing(image.id) }]
          })
        );
        // Not listed (yet): the image itself names its snapshots at the next look.
        if (!Snapshots.length) return { done: false, state: 'pending (its snapshots not listed yet)' };
        snapshotIds = Snapshots.flatMap(s => s.SnapshotId ?? []);
        return readProgress(Snapshots);
      }
      if (wantProgress()) {
        progressLooks++;
        overdue = false;
        const { Snapshots = [] } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: snapshotIds }));
        return readProgress(Snapshots);
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

/**
 * The descriptions EC2 gives the snapshots of an image: "Created by CreateImage(i-…) for ami-… …"
 * and "Copied for DestinationAmi ami-… from SourceAmi …" (not a copy made from this image, whose
 * description names it as the source).
 */
export function describing(imageId: string): string[] {
  return [
    `Created by CreateImage(*) for ${imageId}`,
    `Created by CreateImage(*) for ${imageId} *`,
    `Copied for DestinationAmi ${imageId} *`
  ];
}
