// Long waits wait as long as asked: Node clamps a timer over 2^31-1 ms to 1 ms, so every wait
// goes through src/timers.ts, which arms one chunk at a time. These tests hand in a timer table
// that records each delay and fires only when told, so nothing waits on a clock.
import { longTimeout, MAX_TIMER_MS, sleepWith, timeoutSignal, type TimerFunctions } from '../src/timers.js';

const HOUR = 3_600_000;

function manualTimers() {
  const pending: { fn: () => void; ms: number; handle: number }[] = [];
  const armed: number[] = [];
  let next = 1;
  const timers: TimerFunctions = {
    setTimeout: (fn, ms) => {
      armed.push(ms);
      const handle = next++;
      pending.push({ fn, ms, handle });
      return handle;
    },
    clearTimeout: handle => {
      const index = pending.findIndex(p => p.handle === handle);
      if (index >= 0) pending.splice(index, 1);
    }
  };
  /** Fires the oldest armed timer, as the clock would when its delay has passed. */
  const fire = () => pending.shift()!.fn();
  return { timers, armed, pending, fire };
}

test('a 720 h sleep is still pending after the first chunk boundary and resolves after the last', async () => {
  const clock = manualTimers();
  let done = false;
  const sleeping = sleepWith(clock.timers)(720 * HOUR).then(() => (done = true));
  // 720 h = 2 592 000 000 ms: one full chunk, then the rest; no delay over what a timer can hold.
  expect(clock.armed).toEqual([MAX_TIMER_MS]);
  clock.fire();
  await Promise.resolve();
  expect(done).toBe(false);
  expect(clock.armed).toEqual([MAX_TIMER_MS, 720 * HOUR - MAX_TIMER_MS]);
  clock.fire();
  await sleeping;
  expect(done).toBe(true);
});

test('a short sleep is one timer of exactly its length', async () => {
  const clock = manualTimers();
  const sleeping = sleepWith(clock.timers)(1500);
  expect(clock.armed).toEqual([1500]);
  clock.fire();
  await sleeping;
});

test('an aborted long sleep rejects with the signal reason and leaves no timer armed', async () => {
  const clock = manualTimers();
  const controller = new AbortController();
  const sleeping = sleepWith(clock.timers)(720 * HOUR, controller.signal);
  clock.fire();
  controller.abort(new Error('cancelled (SIGTERM)'));
  await expect(sleeping).rejects.toThrow('cancelled (SIGTERM)');
  expect(clock.pending).toEqual([]);
});

test('a 720 h timeout signal does not abort at the first chunk, and aborts as a TimeoutError at the end', () => {
  const clock = manualTimers();
  const signal = timeoutSignal(720 * HOUR, clock.timers);
  clock.fire();
  expect(signal.aborted).toBe(false);
  clock.fire();
  expect(signal.aborted).toBe(true);
  expect((signal.reason as DOMException).name).toBe('TimeoutError');
});

test('a cancelled long timeout never calls back', () => {
  const clock = manualTimers();
  let called = false;
  const cancel = longTimeout(() => (called = true), 3 * MAX_TIMER_MS, clock.timers);
  clock.fire();
  cancel();
  expect(clock.pending).toEqual([]);
  expect(called).toBe(false);
});

test('the real sleep waits a short delay and is the one retry.ts re-exports', async () => {
  const { sleep } = await import('../src/aws/retry.js');
  const { sleep: timersSleep } = await import('../src/timers.js');
  expect(sleep).toBe(timersSleep);
  await sleep(5);
});
