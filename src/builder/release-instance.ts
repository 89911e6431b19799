// Cleanup of the build instance, shared by both launch steps: terminate it, moving it off the
// temporary security group first so neither waits for the other (the post step confirms the
// termination); the volumes the user kept past termination can only go once it is over, so then
// (or when the move failed) the termination is waited for, as Packer does.
import { moveToDefaultGroup } from '../cleanup/release-group.js';
import { teardownContext, terminateInstance } from '../cleanup/teardown.js';
import type { BuildContext, BuildState } from './context.js';
import { removeKeptVolumes } from './kept-volumes.js';

export async function releaseInstance(ctx: BuildContext, state: BuildState): Promise<void> {
  if (!state.instance) return;
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  const { id, vpcId } = state.instance;
  const keepsVolumes = config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false);
  const released =
    !keepsVolumes &&
    (!state.temporaryGroupId ||
      (!!vpcId && (await moveToDefaultGroup(ec2, id, vpcId, log.info, state.defaultGroups?.[vpcId]))));
  log.info(`Terminating instance ${id}`);
  await terminateInstance(teardownContext(ctx), config.region, id, !released);
  if (released) {
    journal.terminating('instance', id);
    log.info(`Instance ${id} is shutting down; the post step confirms its termination`);
    return;
  }
  journal.deleted('instance', id);
  await removeKeptVolumes(ctx);
  log.info(`Terminated instance ${id}`);
}
