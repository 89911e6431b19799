// Runs the provisioners in the container, as the amazon-ebs build's Provision step does over SSH:
// pause_before, timeout and max_retries per provisioner, and the error-cleanup-provisioner when one fails.
import { CommunicatorError, messageOf, TimeoutError } from '../../errors.js';
import type { Communicator } from '../../communicator/types.js';
import type { Provisioner as ProvisionerPlan } from '../../template/types.js';
import { timeoutSignal } from '../../timers.js';
import type { Step } from '../runner.js';
import type { DockerBuildContext, DockerBuildState } from './context.js';

export function provisionContainer(ctx: DockerBuildContext): Step<DockerBuildState> {
  const { provisioners, errorCleanupProvisioner } = ctx.plan;
  return {
    title: 'Provision',
    async run(state, signal) {
      try {
        for (const [index, plan] of provisioners.entries())
          await runOne(ctx, state, plan, `${index + 1}/${provisioners.length}`, signal);
      } catch (error) {
        if (errorCleanupProvisioner && !signal.aborted) {
          ctx.log.warning('A provisioner failed: running the error-cleanup-provisioner');
          await runOne(ctx, state, errorCleanupProvisioner, 'error-cleanup', signal).catch(cleanupError =>
            ctx.log.warning(`error-cleanup-provisioner failed too: ${messageOf(cleanupError)}`)
          );
        }
        throw error;
      }
    }
  };
}

async function runOne(
  ctx: DockerBuildContext,
  state: DockerBuildState,
  plan: ProvisionerPlan,
  label: string,
  signal: AbortSignal
): Promise<void> {
  if (plan.pauseBeforeMs > 0) {
    ctx.log.info(`Pausing ${plan.pauseBeforeMs / 1000}s before provisioner ${label} (pause_before)`);
    await ctx.sleep(plan.pauseBeforeMs, signal);
  }
  for (let attempt = 0; ; attempt++) {
    ctx.log.info(
      `Provisioner ${label}: ${plan.type}${attempt ? ` (retry ${attempt} of ${plan.maxRetries})` : ''}`
    );
    const timeout = plan.timeoutMs ? timeoutSignal(plan.timeoutMs) : undefined;
    try {
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
        signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
        sleep: ctx.sleep,
        cwd: ctx.workingDirectory
      });
      return;
    } catch (thrown) {
      const error =
        timeout?.aborted && !signal.aborted
          ? new TimeoutError({
              what: `provisioner ${label} (${plan.type})`,
              afterMs: plan.timeoutMs!,
              hint: 'Raise its "timeout", or find what it waits for in its output above',
              cause: thrown
            })
          : thrown;
      if (signal.aborted || attempt >= plan.maxRetries) throw error;
      ctx.log.warning(`Provisioner ${label} failed, retrying: ${messageOf(error)}`);
    }
  }
}

/** communicator "none": a provisioner that needs the container (shell, file) says so. */
const refuse = async (): Promise<never> => {
  throw new CommunicatorError({
    message:
      'communicator is "none": this provisioner needs the container (use shell-local, or communicator docker)'
  });
};
const NO_CONNECTION: Communicator = {
  exec: refuse,
  execStream: refuse,
  upload: refuse,
  uploadDirectory: refuse,
  download: refuse,
  downloadDirectory: refuse,
  close: async () => undefined
};
