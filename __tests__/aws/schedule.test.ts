// A wait that knows when the change is due sleeps until just before it and then looks every
// second: the change is seen within a second of happening, with a handful of looks. Snapshot
// progress gives the moment an image is due.
import {
  LEAD_MS,
  LONGEST_SLEEP_MS,
  OVERDUE_EVERY_SECOND_MS,
  firstLookMs,
  nextDelay
} from '../../src/aws/schedule.js';
import { waitFor } from '../../src/aws/waiter.js';
import { completionWindow, projectedCompletion } from '../../src/builder/images/progress.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

/** A resource that changes state at changeAt (ms on the fake clock). */
function changingAt(changeAt: number, clock: { now: () => number }) {
  const looks: number[] = [];
  const probe = async () => {
    looks.push(clock.now());
    return clock.now() >= changeAt
      ? { done: true as const, value: 'changed' }
      : { done: false as const, state: 'pending' };
  };
  return { probe, looks };
}

test.each([
  [20_000, 20_000],
  [20_000, 21_700],
  [40_000, 39_200],
  [40_000, 40_000],
  [90_000, 90_000]
])('expected at %i ms, changing at %i ms: seen within a second, with few looks', async (expected, actual) => {
  const clock = fakeClock();
  const { probe, looks } = changingAt(actual, clock);
  const result = await waitFor({
    what: 'x',
    probe,
    timeoutMs: 600_000,
    log: () => undefined,
    expectedMs: () => expected,
    ...clock
  });
  expect(result.value).toBe('changed');
  const seenAt = looks[looks.length - 1];
  expect(seenAt - actual).toBeLessThanOrEqual(1000);
  // Sparse until the expected moment (one look per LONGEST_SLEEP_MS at most), then every second.
  expect(looks.length).toBeLessThanOrEqual(
    2 + Math.ceil(expected / LONGEST_SLEEP_MS) + Math.max(0, Math.ceil((actual - expected + LEAD_MS) / 1000))
  );
});

test.each([
  [21_000, 21_000 - LEAD_MS],
  [2000, 2000 - LEAD_MS],
  [680, 510],
  [0, 0]
])(
  'a change expected in %i ms is first looked at after %i ms (never most of it early)',
  (expected, first) => {
    expect(firstLookMs(expected)).toBe(first);
  }
);

test('without an expectation the waiter polls every second, as before', async () => {
  const clock = fakeClock();
  const { probe, looks } = changingAt(20_000, clock);
  await waitFor({ what: 'x', probe, timeoutMs: 600_000, log: () => undefined, ...clock });
  expect(looks.length).toBe(21);
});

test('aws_polling (a fixed delay) wins over any expectation', async () => {
  const clock = fakeClock();
  const { probe, looks } = changingAt(10_000, clock);
  await waitFor({
    what: 'x',
    probe,
    timeoutMs: 600_000,
    log: () => undefined,
    polling: { delayMs: 2000 },
    expectedMs: () => 10_000,
    ...clock
  });
  expect(looks).toEqual([0, 2000, 4000, 6000, 8000, 10_000]);
});

test('an overdue change is looked for every second, then sparser once far overdue', () => {
  expect(nextDelay(0, { expectedMs: 3 * LONGEST_SLEEP_MS })).toBe(LONGEST_SLEEP_MS);
  expect(nextDelay(20_000, { expectedMs: 30_000 })).toBe(30_000 - LEAD_MS - 20_000);
  expect(nextDelay(29_800, { expectedMs: 30_000 })).toBe(1000);
  expect(nextDelay(30_000 + OVERDUE_EVERY_SECOND_MS - 1, { expectedMs: 30_000 })).toBe(1000);
  // Well overdue: a fifth of the lateness, at most 5 s.
  expect(nextDelay(50_000, { expectedMs: 30_000 })).toBe(4000);
  expect(nextDelay(200_000, { expectedMs: 30_000 })).toBe(5000);
  expect(nextDelay(5000)).toBe(1000);
});

test('snapshot progress projects when the image is due; no progress yet projects nothing', () => {
  const start = new Date(100_000);
  // 25% (rounded down from 25.x) 10 s in: due about 40 s after the start.
  const due = projectedCompletion([{ State: 'pending', Progress: '25%', StartTime: start }], 110_000)!;
  expect(Math.abs(due - 140_000)).toBeLessThan(1000);
  expect(
    projectedCompletion([{ State: 'pending', Progress: '0%', StartTime: start }], 110_000)
  ).toBeUndefined();
  // The slowest snapshot decides; a completed one does not count.
  const two = projectedCompletion(
    [
      { State: 'pending', Progress: '50%', StartTime: start },
      { State: 'pending', Progress: '20%', StartTime: start },
      { State: 'completed', Progress: '100%', StartTime: start }
    ],
    110_000
  )!;
  expect(two).toBeGreaterThan(145_000);
  expect(projectedCompletion([{ State: 'completed', Progress: '100%', StartTime: start }], 110_000)).toBe(
    110_000
  );
});

test('the completion window holds the true end and narrows as progress grows', () => {
  const start = new Date(100_000);
  // A 40 s snapshot, seen 2 s in (5%) and 18 s in (45%).
  const early = completionWindow([{ State: 'pending', Progress: '5%', StartTime: start }], 102_000)!;
  const late = completionWindow([{ State: 'pending', Progress: '45%', StartTime: start }], 118_000)!;
  for (const w of [early, late]) {
    expect(w.earliest).toBeLessThanOrEqual(140_000);
    expect(w.latest).toBeGreaterThanOrEqual(140_000);
  }
  expect(early.latest - early.earliest).toBeGreaterThan(5000);
  expect(late.latest - late.earliest).toBeLessThan(1000);
  expect(completionWindow([{ State: 'pending', Progress: '0%', StartTime: start }], 102_000)).toBeUndefined();
  expect(completionWindow([{ State: 'completed', Progress: '100%', StartTime: start }], 150_000)).toEqual({
    earliest: 150_000,
    latest: 150_000
  });
});
