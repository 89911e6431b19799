// Runs the provisioners in the container, as the amazon-ebs build's Provision step does over SSH:
// the same sequence (provision-sequence.ts), each provisioner run through the Engine.
import type { Provisioner as ProvisionerPlan } from '../../template/types.js';
import { noConnection, runProvisioners } from '../provision-sequence.js';
import type { Step } from '../runner.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';

const NO_CONNECTION = noConnection('the container (use shell-local, or communicator docker)');

export function provisionContainer(ctx: DockerBuildContext): Step<DockerBuildState> {
  const { provisioners, errorCleanupProvisioner } = ctx.plan;
  return {
    title: 'Provision',
    run: (state, signal) =>
      runProvisioners(
        { log: ctx.log, sleep: ctx.sleep, runOnce: (plan, bounded) => runOnce(ctx, state, plan, bounded) },
        provisioners,
        errorCleanupProvisioner,
        signal
      )
  };
}

/** One provisioner, once, in the container (or with no connection). */
async function runOnce(
  ctx: DockerBuildContext,
  state: DockerBuildState,
  plan: ProvisionerPlan,
  signal: AbortSignal
): Promise<void> {
  await ctx.createProvisioner(plan).run({
    communicator: state.communicator ?? NO_CONNECTION,
    buildData: {
      ID: state.containerId ?? '',
      Host: '',
      Port: '',
      User: ctx.plan.builder.execUser ?? '',
      ConnType: ctx.plan.builder.communicator.type,
      PackerRunUUID: ctx.buildId
    },
    log: ctx.provisionerLog,
    buildName: ctx.plan.name,
    builderType: 'docker',
    signal,
    sleep: ctx.sleep,
    cwd: ctx.workingDirectory
  });
}
