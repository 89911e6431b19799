// The waiter notices a change within a poll interval, reports progress every 30 s, honours
// aws_polling, treats early NotFound as eventual consistency, and fails with the state reached.
import { defaultInterval, waitFor, type ProbeResult } from '../../src/aws/waiter.js';
import { WaitError } from '../../src/errors.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

function probeSequence<T>(results: (ProbeResult<T> | Error)[]) {
  let i = 0;
  return async () => {
    const r = results[Math.min(i++, results.length - 1)];
    if (r instanceof Error) throw r;
    return r;
  };
}

const pending = { done: false as const, state: 'pending' };

test('polls every second at first, so a change is seen within a second', async () => {
  const clock = fakeClock();
  const result = await waitFor({
    what: 'instance i-1 to be running',
    probe: probeSequence<string>([pending, pending, pending, { done: true, value: 'ok' }]),
    timeoutMs: 60_000,
    log: () => undefined,
    ...clock
  });
  expect(result).toEqual({ value: 'ok', elapsedMs: 3000, polls: 4 });
  expect([defaultInterval(0), defaultInterval(90_000), defaultInterval(400_000)]).toEqual([1000, 2000, 5000]);
});

test('says what it waits for at least every 30 s', async () => {
  const clock = fakeClock();
  const lines: string[] = [];
  await waitFor({
    what: 'image ami-1 to be available',
    probe: async () => (clock.now() >= 70_000 ? { done: true, value: 1 } : pending),
    timeoutMs: 600_000,
    log: l => lines.push(l),
    ...clock
  });
  expect(lines).toEqual([
    'Still waiting for image ami-1 to be available: pending after 30s',
    'Still waiting for image ami-1 to be available: pending after 60s'
  ]);
});

test('aws_polling fixes the interval and max_attempts bounds the polls', async () => {
  const clock = fakeClock();
  const error = await waitFor({
    what: 'instance i-2 to stop',
    probe: async () => ({ done: false, state: 'stopping' }),
    timeoutMs: 600_000,
    polling: { delayMs: 15_000, maxAttempts: 3 },
    log: () => undefined,
    ...clock
  }).catch(e => e);
  expect(error).toBeInstanceOf(WaitError);
  expect(error.message).toBe('Timed out after 30s waiting for instance i-2 to stop; last state: stopping');
});

test('a NotFound right after creation is eventual consistency, not failure', async () => {
  const clock = fakeClock();
  const notFound = Object.assign(new Error('The instance ID does not exist'), {
    name: 'InvalidInstanceID.NotFound'
  });
  const result = await waitFor({
    what: 'instance i-3 to be running',
    probe: probeSequence<string>([notFound, notFound, { done: true, value: 'seen' }]),
    timeoutMs: 60_000,
    log: () => undefined,
    ...clock
  });
  expect(result.value).toBe('seen');
});

test('a terminal state fails at once with the state and its reason', async () => {
  const clock = fakeClock();
  const error = await waitFor({
    what: 'instance i-4 to be running',
    probe: probeSequence<string>([
      pending,
      { done: false, failed: true, state: 'terminated', reason: 'Server.InsufficientInstanceCapacity' }
    ]),
    timeoutMs: 60_000,
    log: () => undefined,
    ...clock
  }).catch(e => e);
  expect(error.message).toBe(
    'Gave up waiting for instance i-4 to be running: it reached state terminated: Server.InsufficientInstanceCapacity after 1s'
  );
});

test('throttling slows polling down instead of failing', async () => {
  const clock = fakeClock();
  const throttled = Object.assign(new Error('Request limit exceeded.'), { name: 'RequestLimitExceeded' });
  const result = await waitFor({
    what: 'image ami-2 to be available',
    probe: probeSequence<number>([throttled, throttled, { done: true, value: 7 }]),
    timeoutMs: 60_000,
    log: () => undefined,
    ...clock
  });
  expect(result).toEqual({ value: 7, elapsedMs: 6000, polls: 3 });
});

test('other errors are not swallowed', async () => {
  const denied = Object.assign(new Error('not allowed'), { name: 'UnauthorizedOperation' });
  await expect(
    waitFor({
      what: 'x',
      probe: probeSequence<number>([denied]),
      timeoutMs: 1000,
      log: () => undefined,
      ...fakeClock()
    })
  ).rejects.toThrow('not allowed');
});
