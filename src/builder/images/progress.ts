// When will an image be available? Its snapshots say: DescribeSnapshots reports each one's
// StartTime and Progress ("37%"), and an image turns available as its last snapshot completes.
// Progress is rounded down, so the middle of the reported percent is taken; the estimate is the
// latest of the snapshots' linear projections. Pure: the caller makes the call.
import type { Snapshot } from '@aws-sdk/client-ec2';

/** Date.now() at which every snapshot is projected to be complete; undefined while one shows no progress. */
export function projectedCompletion(snapshots: readonly Snapshot[], now: number): number | undefined {
  let latest: number | undefined;
  for (const s of snapshots) {
    if (s.State === 'completed') continue;
    const percent = Number.parseFloat(s.Progress ?? '');
    const start = s.StartTime?.getTime();
    if (!Number.isFinite(percent) || percent <= 0 || start === undefined || now <= start) return undefined;
    const fraction = Math.min(1, (percent + 0.5) / 100);
    const end = start + (now - start) / fraction;
    latest = latest === undefined ? end : Math.max(latest, end);
  }
  return latest ?? now;
}
