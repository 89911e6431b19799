// Launches the build instance and waits until it runs. The request (tags from the first
// moment, a client token) is built in launch-request.ts; a launch whose answer was lost is
// found by its client token; the SSH address is picked per ssh_interface / ssh_host. Cleanup
// terminates the instance and removes the volumes the user kept past termination.
import { awaitRunning } from '../await-running.js';
import { RunInstancesCommand } from '@aws-sdk/client-ec2';
import { isTransient } from '../../aws/errors.js';
import { teardownContext, terminateInstance } from '../../cleanup/teardown.js';
import { AwsOperationError } from '../../errors.js';
import type { BuildContext, BuildState } from '../context.js';
import { removeKeptVolumes } from '../kept-volumes.js';
import { launchRequest } from '../launch-request.js';
import { launchedWith } from '../launched-with.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';

const TITLE = 'Launch instance';

export function launchInstance(ctx: BuildContext): Step<BuildState> {
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  return {
    title: TITLE,
    async run(state, signal) {
      const source = need(state, 'sourceImage', TITLE);
      const userData = config.userDataFile ? await ctx.readFile(config.userDataFile) : config.userData;
      const request = launchRequest(ctx, state, { imageId: source.ImageId, userData });
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
      const id = Instances![0].InstanceId!;
      await awaitRunning(ctx, state, { id, label: `instance ${id} (${config.instanceType})` }, signal);
    },
    async cleanup(state) {
      if (!state.instance) return;
      log.info(`Terminating instance ${state.instance.id}`);
      await terminateInstance(teardownContext(ctx), config.region, state.instance.id);
      journal.deleted('instance', state.instance.id);
      await removeKeptVolumes(ctx);
      log.info(`Terminated instance ${state.instance.id}`);
    }
  };
}
