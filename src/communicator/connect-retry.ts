// Dialing a machine that is still booting: keep trying about every few seconds until it answers,
// the time is up, or it has refused our handshake so often that waiting longer will not help
// (Packer's ssh_timeout and ssh_handshake_attempts). Transport-neutral: ssh.ts supplies one dial.
import { sleep as longSleep } from '../timers.js';
import { BuildAmiError, CommunicatorError, messageOf, type CommunicatorTarget } from '../errors.js';
import type { Sleep } from './types.js';

/**
 * Why one dial failed. `unreachable`: no TCP connection (refused, no route, timed out), the normal state
 * of a booting machine. `handshake`: something listened but SSH did not complete (authentication
 * refused, reset, banner timeout); these count towards handshakeAttempts. `fatal`: retrying cannot help
 * (an unreadable key, a host key that does not match).
 */
export class DialFailure extends BuildAmiError {
  readonly kind: 'unreachable' | 'handshake' | 'fatal';

  constructor(details: { kind: DialFailure['kind']; message: string; cause?: unknown }) {
    super(details.message, details);
    this.kind = details.kind;
  }
}

export interface RetryPlan {
  target: CommunicatorTarget;
  timeoutMs: number;
  retryDelayMs: number;
  /** After a dial nothing answered (refused, no route): the next one this soon instead (it costs nothing). */
  unreachableRetryDelayMs?: number;
  handshakeAttempts: number;
  signal?: AbortSignal;
  onAttempt?: (attempt: number, lastError?: string) => void;
  sleep?: Sleep;
}

/** Calls dial(timeLeftMs) until it succeeds; throws a CommunicatorError saying what it tried and saw. */
export async function retryConnect<T>(plan: RetryPlan, dial: (timeLeftMs: number) => Promise<T>): Promise<T> {
  const sleep = plan.sleep ?? defaultSleep;
  const started = Date.now();
  const deadline = started + plan.timeoutMs;
  const where = `${plan.target.user}@${plan.target.host}:${plan.target.port}`;
  let last: DialFailure | undefined;
  let handshakeFailures = 0;
  for (let attempt = 1; ; attempt++) {
    plan.signal?.throwIfAborted();
    plan.onAttempt?.(attempt, last?.message);
    const began = Date.now();
    try {
      return await dial(Math.max(1, deadline - began));
    } catch (err) {
      plan.signal?.throwIfAborted();
      last =
        err instanceof DialFailure
          ? err
          : new DialFailure({ kind: 'unreachable', message: messageOf(err), cause: err });
      if (last.kind === 'fatal') {
        throw new CommunicatorError({
          message: `SSH to ${where}: ${last.message}`,
          target: plan.target,
          cause: last.cause
        });
      }
      if (last.kind === 'handshake' && ++handshakeFailures >= plan.handshakeAttempts) {
        throw new CommunicatorError({
          message:
            `SSH to ${where}: gave up after ${handshakeFailures} failed handshakes in ` +
            `${formatDuration(Date.now() - started)} (${attempt} attempts); last error: ${last.message}` +
            hint(last.message),
          target: plan.target,
          cause: last.cause
        });
      }
    }
    // The next attempt starts about retryDelayMs after this one began, unless that is past the deadline.
    const delay =
      last.kind === 'unreachable' ? (plan.unreachableRetryDelayMs ?? plan.retryDelayMs) : plan.retryDelayMs;
    const wait = Math.max(0, began + delay - Date.now());
    if (Date.now() + wait >= deadline) {
      throw new CommunicatorError({
        message:
          `SSH to ${where}: could not connect within ${formatDuration(plan.timeoutMs)} ` +
          `(${attempt} attempts); last error: ${last.message}${hint(last.message)}`,
        target: plan.target,
        cause: last.cause
      });
    }
    if (wait > 0) {
      await sleep(wait, plan.signal).catch((err: unknown) => {
        plan.signal?.throwIfAborted(); // the signal's own reason, whatever the sleep rejected with
        throw err;
      });
    }
  }
}

function hint(message: string): string {
  if (/authentication methods failed/i.test(message)) {
    return '. Check ssh_username and the key pair; the instance may not have installed the key yet.';
  }
  return '';
}

const defaultSleep: Sleep = longSleep;

/** "850ms", "4.2s", "5m0s": Go's way of writing a duration, as Packer's messages do. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}m${Math.round((ms - minutes * 60_000) / 1000)}s`;
}
