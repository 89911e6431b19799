// Waiting for EC2 to change state, noticing the change within about a second without
// flooding the API: poll every second for the first minute (most transitions finish in it),
// every 2 s until five minutes, then every 5 s. aws_polling / AWS_POLL_DELAY_SECONDS fix the
// interval instead, and AWS_MAX_ATTEMPTS / max_attempts bound the number of polls, as in Packer.
// Throttling slows the polling down; a NotFound right after creation is eventual consistency,
// not an error. A line goes to the log at least every 30 s saying what is awaited and for how long.
import { AwsOperationError, WaitError } from '../errors.js';
import { describeError, isNotFound, isThrottling, isTransient } from './errors.js';
import { defaultInterval, nextDelay } from './schedule.js';
import { sleep as realSleep, unlessAborted, type Sleep } from './retry.js';

export type ProbeResult<T> =
  | { done: true; value: T }
  | { done: false; state: string }
  | { done: false; failed: true; state: string; reason?: string };

export interface Polling {
  /** Fixed interval between polls (aws_polling.delay_seconds, AWS_POLL_DELAY_SECONDS). */
  delayMs?: number;
  /** At most this many polls (aws_polling.max_attempts, AWS_MAX_ATTEMPTS). */
  maxAttempts?: number;
}

export interface WaitOptions<T> {
  /** What is awaited, for the log and errors: "instance i-0abc to be running". */
  what: string;
  probe: () => Promise<ProbeResult<T>>;
  timeoutMs: number;
  polling?: Polling;
  log: (line: string) => void;
  signal?: AbortSignal;
  sleep?: Sleep;
  now?: () => number;
  /** How long a NotFound counts as "not visible yet" rather than gone. */
  notFoundGraceMs?: number;
  /**
   * The EC2 call the probe makes ("DescribeInstances"): an error that ends the wait is reported as
   * that operation's, so a denied poll reads "DescribeInstances: waiting for instance i-0abc ...".
   */
  operation?: string;
  /**
   * When the change is expected, in ms since the wait started (schedule.ts), asked before each
   * sleep so a probe that learns something (a snapshot's progress) can move it.
   */
  expectedMs?: () => number | undefined;
  /** The first look happens after this long rather than at once (the state is known to be pending). */
  firstLookAfterMs?: number;
}

export interface WaitResult<T> {
  value: T;
  elapsedMs: number;
  polls: number;
}

export { defaultInterval };

const REPORT_EVERY_MS = 30_000;

export async function waitFor<T>(options: WaitOptions<T>): Promise<WaitResult<T>> {
  const now = options.now ?? Date.now;
  const pause = options.sleep ?? realSleep;
  const started = now();
  const maxAttempts = options.polling?.maxAttempts;
  const timeoutMs =
    maxAttempts && options.polling?.delayMs ? maxAttempts * options.polling.delayMs : options.timeoutMs;
  let lastState = 'unknown';
  let lastReport = started;
  let slowdown = 1;
  if (options.firstLookAfterMs && !options.polling?.delayMs)
    await pause(Math.min(options.firstLookAfterMs, timeoutMs), options.signal);
  for (let polls = 1; ; polls++) {
    const elapsed = now() - started;
    try {
      // A throttled probe may sit in the SDK's backoff for seconds: a cancelled run does not wait for it.
      const result = await unlessAborted(options.probe(), options.signal);
      slowdown = Math.max(1, slowdown / 2);
      if (result.done) return { value: result.value, elapsedMs: now() - started, polls };
      lastState = result.state;
      if ('failed' in result)
        throw new WaitError({
          what: options.what,
          lastState: result.state,
          reason: result.reason,
          elapsedMs: elapsed,
          timedOut: false
        });
    } catch (error) {
      if (error instanceof WaitError || options.signal?.aborted) throw error;
      if (isNotFound(error) && elapsed < (options.notFoundGraceMs ?? 30_000)) {
        lastState = 'not visible yet';
      } else if (isThrottling(error)) {
        slowdown = Math.min(slowdown * 2, 8);
        lastState = `${lastState} (throttled)`;
      } else if (!isTransient(error)) {
        // Named for the call and the resource; a NotFound stays raw, since callers test for it.
        if (!options.operation || isNotFound(error)) throw error;
        throw new AwsOperationError({
          operation: options.operation,
          doing: `waiting for ${options.what}`,
          cause: error
        });
      } else {
        lastState = `${lastState} (${describeError(error)})`;
      }
    }
    const elapsedNow = now() - started;
    if (elapsedNow >= timeoutMs || (maxAttempts !== undefined && polls >= maxAttempts)) {
      throw new WaitError({ what: options.what, lastState, elapsedMs: elapsedNow, timedOut: true });
    }
    if (now() - lastReport >= REPORT_EVERY_MS) {
      lastReport = now();
      options.log(`Still waiting for ${options.what}: ${lastState} after ${Math.round(elapsedNow / 1000)}s`);
    }
    const interval =
      (options.polling?.delayMs ?? nextDelay(elapsedNow, { expectedMs: options.expectedMs?.() })) * slowdown;
    await pause(Math.min(interval, Math.max(0, timeoutMs - elapsedNow)), options.signal);
  }
}
