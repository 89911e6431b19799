// Stops the instance before imaging it, as Packer does, retrying while EC2 does not yet see
// it in a stoppable state, and waits until it is stopped. EC2 gives no progress for a stop, so
// the wait expects it to take about as long as the instance took to come up (launch to SSH),
// a little less, looks first then and every second after (aws/schedule.ts). With
// disable_stop_instance the instance stops itself (a provisioner shuts it down): the step only
// waits, as Packer does, with no expectation of when.
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
      // As Packer: a spot instance is not stopped (a one-time spot request cannot be); the image is made from it running.
      if (b.spot) return void log.info('Spot instance: not stopped before imaging, as Packer does');
      const instance = need(state, 'instance', TITLE);
      const { id } = instance;
      await state.communicator?.close();
      state.communicator = undefined;
      if (b.disableStopInstance) {
        log.info(`disable_stop_instance is set: waiting for ${id} to stop itself`);
      } else {
        await requestStop(ctx, id, signal);
      }
      const { elapsedMs } = await waitForInstance({
        ec2,
        id,
        target: 'stopped',
        via: ['running', 'stopping'],
        polling: ctx.polling,
        log: log.info,
        signal,
        sleep: ctx.sleep,
        expectedMs: b.disableStopInstance ? undefined : expectedStopMs(instance.upAfterMs)
      });
      instance.stopMs = elapsedMs;
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

async function requestStop(ctx: BuildContext, id: string, signal: AbortSignal): Promise<void> {
  await retry(() => ctx.ec2.send(new StopInstancesCommand({ InstanceIds: [id] })), {
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
}
