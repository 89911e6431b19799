// start_retry_timeout: a script may reboot the machine, and the next upload or command then
// finds the connection gone. Until the timeout, dial again (ctx.reconnect) and start over.
// Only a lost connection is retried: a refused upload or a bad path fails at once.
import { sleep as longSleep } from '../timers.js';
import type { Communicator } from '../communicator/types.js';
import { formatDuration } from '../communicator/connect-retry.js';
import { CommunicatorError, messageOf } from '../errors.js';
import type { ProvisionerContext } from './types.js';

/** Pause between a lost connection and dialing again: a rebooting machine needs a moment to go down. */
const RETRY_DELAY_MS = 2000;

export interface Connection {
  /** The communicator to use; replaced when a retry dialed again. */
  current: Communicator;
}

export async function retryStart<T>(
  ctx: ProvisionerContext,
  connection: Connection,
  timeoutMs: number,
  what: string,
  start: (communicator: Communicator) => Promise<T>
): Promise<T> {
  const sleep = ctx.sleep ?? longSleep;
  const deadline = Date.now() + timeoutMs;
  const reconnect = ctx.reconnect;
  for (;;) {
    try {
      return await start(connection.current);
    } catch (err) {
      const lost = err instanceof CommunicatorError && err.connectionLost;
      if (!lost || !reconnect || Date.now() >= deadline) throw err;
      ctx.log.warning(
        `${what}: ${messageOf(err)}; connecting again (start_retry_timeout ${formatDuration(timeoutMs)})`
      );
    }
    // Dial until the machine is back or the time is up; the last failure is the one to report.
    for (;;) {
      await sleep(RETRY_DELAY_MS, ctx.signal);
      ctx.signal.throwIfAborted();
      try {
        connection.current = await reconnect();
        break;
      } catch (err) {
        if (Date.now() < deadline) continue;
        throw new CommunicatorError({
          message:
            `${what}: the machine did not answer again within start_retry_timeout ` +
            `(${formatDuration(timeoutMs)}); last error: ${messageOf(err)}`,
          target: err instanceof CommunicatorError ? err.target : undefined,
          cause: err,
          connectionLost: true
        });
      }
    }
  }
}
