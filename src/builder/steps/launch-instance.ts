// Launches the build instance and, unless its SSH address is known while it is pending
// (early-address.ts: SSH then proves it is up), waits until it runs. The request (tags from the first
// moment, a client token) is built in launch-request.ts; a launch whose answer was lost is
// found by its client token; the SSH address is picked per ssh_interface / ssh_host. Cleanup
// terminates the instance (moving it off the temporary group first, so neither waits for the
// other) and removes the volumes the user kept past termination.
import { RunInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import { isTransient } from '../../aws/errors.js';
import { teardownContext, terminateInstance } from '../../cleanup/teardown.js';
import { moveToDefaultGroup } from '../../cleanup/release-group.js';
import { AwsOperationError } from '../../errors.js';
import type { BuildContext, BuildState, InstanceInfo } from '../context.js';
import { removeKeptVolumes } from '../kept-volumes.js';
import { earlyAddress } from '../early-address.js';
import { launchRequest } from '../launch-request.js';
import { launchedWith } from '../launched-with.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';
import { sshAddress } from '../ssh-address.js';
import { waitForInstance } from '../../aws/wait-instance.js';

const TITLE = 'Launch instance';

function instanceInfo(ctx: BuildContext, instance: Instance): InstanceInfo {
  const config = ctx.plan.builder;
  return {
    id: instance.InstanceId!,
    host: config.communicator.type === 'ssh' ? sshAddress(config, instance) : '',
    publicIp: instance.PublicIpAddress,
    privateIp: instance.PrivateIpAddress,
    availabilityZone: instance.Placement?.AvailabilityZone,
    vpcId: instance.VpcId
  };
}

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
      const launchedAt = ctx.now();
      const id = Instances![0].InstanceId!;
      journal.created({ kind: 'instance', id, region: config.region, build: ctx.plan.name });
      state.instance = { id, host: '' };
      // The address is usually known while the instance is still pending: SSH then tells when it is up.
      const early = await earlyAddress(ctx, Instances![0]);
      if (early) {
        state.instance = { ...instanceInfo(ctx, early), launchedAt, seenRunning: false };
        log.info(
          `Launched instance ${id} (${config.instanceType}) at ${state.instance.host}; SSH will tell when it is up`
        );
        return;
      }
      log.info(`Launched instance ${id} (${config.instanceType}); waiting for it to run`);
      const { value, elapsedMs } = await waitForInstance({
        ec2,
        id,
        target: 'running',
        via: ['pending'],
        polling: ctx.polling,
        log: log.info,
        signal,
        sleep: ctx.sleep
      });
      state.instance = { ...instanceInfo(ctx, value!), launchedAt, seenRunning: true };
      log.info(
        `Instance ${id} is running after ${(elapsedMs / 1000).toFixed(1)}s (${state.instance.host || 'no SSH'})`
      );
    },
    async cleanup(state) {
      if (!state.instance) return;
      const { id, vpcId } = state.instance;
      const tctx = teardownContext(ctx);
      // Volumes kept past termination can only go once it is over; otherwise nothing needs the
      // termination to finish once the temporary group is off the instance: the post step confirms it.
      const keepsVolumes = config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false);
      const released =
        !keepsVolumes &&
        (!state.temporaryGroupId ||
          (!!vpcId && (await moveToDefaultGroup(ec2, id, vpcId, log.info, state.defaultGroups?.[vpcId]))));
      log.info(`Terminating instance ${id}`);
      await terminateInstance(tctx, config.region, id, !released);
      if (released) {
        journal.terminating('instance', id);
        log.info(`Instance ${id} is shutting down; the post step confirms its termination`);
        return;
      }
      journal.deleted('instance', id);
      await removeKeptVolumes(ctx);
      log.info(`Terminated instance ${id}`);
    }
  };
}
