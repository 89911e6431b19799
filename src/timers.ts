// The action's one way to wait. Node's timers hold a delay in a signed 32-bit number of
// milliseconds: a delay over 2^31-1 ms (about 24.8 days) is clamped to 1 ms, so a template's
// `"timeout": "720h"` would fire at once (with only a TimeoutOverflowWarning to show for it), and
// AbortSignal.timeout refuses anything over 2^32-1 ms outright. Every sleep and every deadline in
// src/ goes through here, which waits in chunks no longer than a timer can hold, so a long delay
// waits exactly as long as asked.

/** The longest delay one Node timer holds without clamping it to 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The two timer functions this module needs; injected in tests so they never wait on a clock. */
export interface TimerFunctions {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const nodeTimers: TimerFunctions = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: handle => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>)
};

/**
 * Calls fn once `ms` have passed, however long that is; returns a function that cancels it.
 * A delay that is not a finite number (Infinity) never fires.
 */
export function longTimeout(fn: () => void, ms: number, timers: TimerFunctions = nodeTimers): () => void {
  let handle: unknown;
  let left = Number.isFinite(ms) ? Math.max(0, ms) : Infinity;
  let cancelled = false;
  const arm = () => {
    const chunk = Math.min(left, MAX_TIMER_MS);
    left -= chunk;
    handle = timers.setTimeout(() => {
      if (cancelled) return;
      if (left > 0) arm();
      else fn();
    }, chunk);
  };
  arm();
  return () => {
    cancelled = true;
    timers.clearTimeout(handle);
  };
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits `ms` (chunked past the timer limit); rejects with the signal's reason when it aborts. */
export function sleepWith(timers: TimerFunctions): Sleep {
  return (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const onAbort = () => {
        cancel();
        reject(signal!.reason as Error);
      };
      const cancel = longTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        ms,
        timers
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}

export const sleep: Sleep = sleepWith(nodeTimers);

/**
 * Like AbortSignal.timeout(ms), for any length: aborts with a DOMException named TimeoutError once
 * `ms` have passed. The timer does not keep Node alive, as AbortSignal.timeout's does not.
 */
export function timeoutSignal(ms: number, timers: TimerFunctions = nodeTimers): AbortSignal {
  const controller = new AbortController();
  longTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ms,
    {
      setTimeout: (fn, chunk) => {
        const handle = timers.setTimeout(fn, chunk);
        (handle as { unref?: () => void } | null)?.unref?.();
        return handle;
      },
      clearTimeout: handle => timers.clearTimeout(handle)
    }
  );
  return controller.signal;
}
