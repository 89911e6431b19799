// Stops the instance before imaging it, as Packer does, retrying while EC2 does not yet see
// it in a stoppable state, and waits until it is stopped. With disable_stop_instance the instance
// stops itself (a provisioner shuts it down): the step only waits, as Packer does.
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
      const { id } = need(state, 'instance', TITLE);
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
        sleep: ctx.sleep
      });
      log.info(`Instance ${id} stopped after ${(elapsedMs / 1000).toFixed(1)}s`);
    }
  };
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
