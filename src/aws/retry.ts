// Retries an operation on errors the caller names as transient, with capped exponential
// backoff and full jitter. The sleep is injected so tests never wait on a clock.

// The sleep itself lives in src/timers.ts, which waits past Node's 24.8-day timer limit.
export { sleep, type Sleep } from '../timers.js';
import { sleep, type Sleep } from '../timers.js';

/**
 * Stops waiting for a call when the signal aborts (the run was cancelled), leaving the call to end
 * on its own. Only for calls that create nothing: the SDK may spend many seconds retrying a
 * throttled call, and a cancelled run must not wait for that before it tears down.
 */
export function unlessAborted<T>(call: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return call;
  if (signal.aborted) {
    call.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(
      value => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      error => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      }
    );
  });
}

export interface RetryOptions {
  /** Which errors to retry; everything else is thrown at once. */
  retryable: (error: unknown) => boolean;
  /** Give up after this long (ms), throwing the last error. */
  timeoutMs: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: Sleep;
  signal?: AbortSignal;
  random?: () => number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

export async function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const pause = options.sleep ?? sleep;
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 5000;
  const random = options.random ?? Math.random;
  const deadline = Date.now() + options.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!options.retryable(error) || Date.now() >= deadline || options.signal?.aborted) throw error;
      const delay = Math.min(cap, base * 2 ** (attempt - 1)) * (0.5 + random() / 2);
      options.onRetry?.(error, attempt, delay);
      await pause(Math.min(delay, Math.max(0, deadline - Date.now())), options.signal);
    }
  }
}
