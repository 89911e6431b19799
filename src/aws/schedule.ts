// When to look again at a resource whose state change is expected around a known moment: sleep
// until just before it (looking now and then on a long wait, so a failure is not missed for
// long), then look every second until the change shows (sparser once it is well overdue); without an expectation, the waiter's
// default (every second for a minute, then sparser). A change is noticed within about a second
// of happening at the cost of a handful of calls, where a fixed 1 s poll costs one per second.

export interface Expectation {
  /** When the change is expected, in ms since the wait started; undefined when unknown. */
  expectedMs?: number;
}

/** The longest sleep before an expected change: a failed resource is noticed within this. */
export const LONGEST_SLEEP_MS = 30_000;
/** How early before the expected moment the close watching starts. */
export const LEAD_MS = 500;
/** How long past the expected moment the change is looked for every second. */
export const OVERDUE_EVERY_SECOND_MS = 10_000;

/**
 * When to look first at a change expected expectedMs from now: a little before it; for a change
 * expected within a second or two, a lead of LEAD_MS would look well before anything could have
 * happened, so then a quarter of the expectation.
 */
export function firstLookMs(expectedMs: number): number {
  return Math.max(0, expectedMs - Math.min(LEAD_MS, expectedMs / 4));
}

export function defaultInterval(elapsedMs: number): number {
  if (elapsedMs < 60_000) return 1000;
  if (elapsedMs < 300_000) return 2000;
  return 5000;
}

/** How long to wait before the next look, elapsedMs into the wait. */
export function nextDelay(elapsedMs: number, { expectedMs }: Expectation = {}): number {
  if (expectedMs === undefined) return defaultInterval(elapsedMs);
  const untilLead = expectedMs - LEAD_MS - elapsedMs;
  if (untilLead > 1000) return Math.min(untilLead, LONGEST_SLEEP_MS);
  // Due within the second: look then, not a whole second later.
  if (untilLead > 0) return untilLead;
  // Around and after the expected moment: every second for a while, then a fifth of the time it is
  // overdue (a late change is noticed within a fifth of its lateness), at most every 5 s.
  const overdue = elapsedMs - expectedMs;
  if (overdue < OVERDUE_EVERY_SECOND_MS) return 1000;
  return Math.min(5000, Math.max(1000, Math.round(overdue / 5)));
}
