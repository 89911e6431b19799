// Launches the build instance and, unless its SSH address is known while it is pending
// (early-address.ts: SSH then proves it is up), waits until it runs. The request (tags from the first
// moment, a client token) is built in launch-request.ts; a launch whose answer was lost is
// found by its client token; the SSH address is picked per ssh_interface / ssh_host. Cleanup
// terminates the instance (moving it off the temporary group first, so neither waits for the
// other: release-instance.ts) and removes the volumes the user kept past termination.
import { RunInstancesCommand } from '@aws-sdk/client-ec2';
import { awaitRunning } from '../await-running.js';
import { isTransient } from '../../aws/errors.js';
import { AwsOperationError } from '../../errors.js';
import type { BuildContext, BuildState } from '../context.js';
import { launchRequest } from '../launch-request.js';
import { launchedWith } from '../launched-with.js';
import { need } from '../need.js';
import { releaseInstance } from '../release-instance.js';
import type { Step } from '../runner.js';

const TITLE = 'Launch instance';

export function launchInstance(ctx: BuildContext): Step<BuildState> {
  const { ec2 } = ctx;
  const config = ctx.plan.builder;
  return {
    title: TITLE,
    async run(state, signal) {
      const source = need(state, 'sourceImage', TITLE);
      const request = await launchRequest(ctx, state, source.ImageId);
      const { Instances } = await ec2.send(new RunInstancesCommand(request)).catch(async error => {
        const launched = isTransient(error) ? await launchedWith(ec2, request.ClientToken!) : undefined;
        if (launched) return { Instances: [launched] };
        throw new AwsOperationError({
          operation: 'RunInstances',
          doing: `launching a ${config.instanceType} from ${source.ImageId}`,
          resource: source.ImageId,
          cause: error
        });
      });
      const launchedAt = ctx.now();
      const id = Instances![0].InstanceId!;
      await awaitRunning(
        ctx,
        state,
        { id, label: `instance ${id} (${config.instanceType})`, answer: Instances![0], launchedAt },
        signal
      );
    },
    cleanup: state => releaseInstance(ctx, state)
  };
}
