// Stops the instance before imaging it, as Packer does, retrying while EC2 does not yet see
// it in a stoppable state, and waits until it is stopped.
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
      const { id } = need(state, 'instance', TITLE);
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
        sleep: ctx.sleep
      });
      log.info(`Instance ${id} stopped after ${(elapsedMs / 1000).toFixed(1)}s`);
    }
  };
}
