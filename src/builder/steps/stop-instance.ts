// Stops the instance before imaging it, as Packer does, retrying while EC2 does not yet see
// it in a stoppable state, and waits until it is stopped. EC2 gives no progress for a stop, so
// the wait expects it to take about as long as the instance took to come up (launch to SSH),
// a little less, looks first then and every second after (aws/schedule.ts).
import { StopInstancesCommand } from '@aws-sdk/client-ec2';
import { errorCode, isNotFound } from '../../aws/errors.js';
import { retry } from '../../aws/retry.js';
import { waitForInstance } from '../../aws/wait-instance.js';
import { AwsOperationError } from '../../errors.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

const TITLE = 'Stop instance';

export function stopInstance(ctx: BuildContext): Step<BuildState> {
  const { ec2, log } = ctx;
  const b = ctx.plan.builder;
  return {
    title: TITLE,
    async run(state, signal) {
      if (b.skipCreateAmi) return;
      const instance = need(state, 'instance', TITLE);
      const { id } = instance;
      await state.communicator?.close();
      state.communicator = undefined;
      await retry(() => ec2.send(new StopInstancesCommand({ InstanceIds: [id] })), {
        retryable: e => isNotFound(e) || errorCode(e) === 'IncorrectInstanceState',
        timeoutMs: 60_000,
        sleep: ctx.sleep,
        signal
      }).catch(error => {
        throw new AwsOperationError({
          operation: 'StopInstances',
          doing: `stopping instance ${id}`,
          resource: id,
          cause: error
        });
      });
      const { elapsedMs } = await waitForInstance({
        ec2,
        id,
        target: 'stopped',
        via: ['running', 'stopping'],
        polling: ctx.polling,
        log: log.info,
        signal,
        sleep: ctx.sleep,
        expectedMs: expectedStopMs(instance.upAfterMs)
      });
      log.info(`Instance ${id} stopped after ${(elapsedMs / 1000).toFixed(1)}s`);
    }
  };
}

/**
 * Stopping takes about as long as coming up did (launch to SSH): a little less, since coming up
 * includes the boot until sshd answers, so the first look is on time or just early.
 */
export function expectedStopMs(upAfterMs: number | undefined): number | undefined {
  if (upAfterMs === undefined) return undefined;
  return Math.min(Math.round(upAfterMs * 0.9), 120_000);
}
