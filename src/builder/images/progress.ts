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

export interface CompletionWindow {
  /** Date.now() at which the image is due at the earliest and at the latest, given the rounding. */
  earliest: number;
  latest: number;
}

/**
 * When every snapshot is due, as a window: a snapshot at p% (rounded down) is between p and p+1
 * percent done, so it ends between start + elapsed/(p+1)% and start + elapsed/p%. The window
 * narrows as progress grows; undefined while a snapshot shows no progress.
 */
export function completionWindow(snapshots: readonly Snapshot[], now: number): CompletionWindow | undefined {
  let window: CompletionWindow = { earliest: now, latest: now };
  for (const s of snapshots) {
    if (s.State === 'completed') continue;
    const percent = Math.floor(Number.parseFloat(s.Progress ?? ''));
    const start = s.StartTime?.getTime();
    if (!Number.isFinite(percent) || percent <= 0 || start === undefined || now <= start) return undefined;
    const elapsed = now - start;
    window = {
      earliest: Math.max(window.earliest, start + elapsed / (Math.min(100, percent + 1) / 100)),
      latest: Math.max(window.latest, start + elapsed / (percent / 100))
    };
  }
  return window;
}
