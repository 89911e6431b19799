// Runs the provisioners in order over the SSH connection: pause_before, timeout and
// max_retries per provisioner, as Packer does. When one fails and the template has an
// error-cleanup-provisioner, that runs before the build is torn down.
import type { Provisioner as ProvisionerPlan } from '../../template/types.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';
import type { Communicator } from '../../communicator/types.js';
import { CommunicatorError, messageOf, TimeoutError } from '../../errors.js';
import { timeoutSignal } from '../../timers.js';

const TITLE = 'Provision';

export function provision(ctx: BuildContext): Step<BuildState> {
  const { log } = ctx;
  const { provisioners, errorCleanupProvisioner } = ctx.plan;
  return {
    title: TITLE,
    async run(state, signal) {
      try {
        for (const [index, plan] of provisioners.entries()) {
          await runOne(ctx, state, plan, `${index + 1}/${provisioners.length}`, signal);
        }
      } catch (error) {
        if (errorCleanupProvisioner && !signal.aborted) {
          log.warning('A provisioner failed: running the error-cleanup-provisioner');
          await runOne(ctx, state, errorCleanupProvisioner, 'error-cleanup', signal).catch(cleanupError =>
            log.warning(`error-cleanup-provisioner failed too: ${messageOf(cleanupError)}`)
          );
        }
        throw error;
      }
    }
  };
}

async function runOne(
  ctx: BuildContext,
  state: BuildState,
  plan: ProvisionerPlan,
  label: string,
  signal: AbortSignal
) {
  const { log } = ctx;
  if (plan.pauseBeforeMs > 0) {
    log.info(`Pausing ${plan.pauseBeforeMs / 1000}s before provisioner ${label} (pause_before)`);
    await ctx.sleep(plan.pauseBeforeMs, signal);
  }
  for (let attempt = 0; ; attempt++) {
    log.info(
      `Provisioner ${label}: ${plan.type}${attempt ? ` (retry ${attempt} of ${plan.maxRetries})` : ''}`
    );
    const timeout = plan.timeoutMs ? timeoutSignal(plan.timeoutMs) : undefined;
    const combined = timeout ? AbortSignal.any([signal, timeout]) : signal;
    const ssh = ctx.plan.builder.communicator.type === 'ssh' ? ctx.plan.builder.communicator : undefined;
    try {
      await ctx.createProvisioner(plan).run({
        communicator: ssh ? need(state, 'communicator', TITLE) : NO_CONNECTION,
        pty: ssh?.pty,
        reconnect: state.reconnect
          ? async () => {
              // The provisioner carries on with the new connection; later ones must use it too.
              const fresh = await need(state, 'reconnect', TITLE)();
              await state.communicator?.close().catch(() => undefined);
              state.communicator = fresh;
              return fresh;
            }
          : undefined,
        buildData: {
          ...state.buildData,
          ID: state.instance?.id ?? '',
          Host: state.instance?.host ?? '',
          Port: String(ssh?.port ?? ''),
          User: ssh?.username ?? '',
          ConnType: ssh ? 'ssh' : 'none',
          PackerRunUUID: ctx.buildId
        },
        sshTarget:
          ssh && state.instance
            ? {
                host: state.instance.host,
                port: ssh.port,
                user: ssh.username,
                privateKey: state.keyPair?.privateKey
              }
            : undefined,
        log: ctx.provisionerLog,
        buildName: ctx.plan.name,
        builderType: 'amazon-ebs',
        signal: combined,
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
      log.warning(`Provisioner ${label} failed, retrying: ${messageOf(error)}`);
    }
  }
}

/** communicator "none": a provisioner that needs the machine (shell, file) says so, instead of crashing. */
const refuse = async (): Promise<never> => {
  throw new CommunicatorError({
    message:
      'communicator is "none": this provisioner needs a connection to the instance (use shell-local, or an SSH communicator)'
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
