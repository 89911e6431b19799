// Runs the provisioners in order over the SSH connection: pause_before, timeout and
// max_retries per provisioner, as Packer does (provision-sequence.ts). When one fails and the
// template has an error-cleanup-provisioner, that runs before the build is torn down.
import type { Provisioner as ProvisionerPlan } from '../../template/types.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';
import { noConnection, runProvisioners } from '../provision-sequence.js';

const TITLE = 'Provision';

const NO_CONNECTION = noConnection('a connection to the instance (use shell-local, or an SSH communicator)');

export function provision(ctx: BuildContext): Step<BuildState> {
  const { provisioners, errorCleanupProvisioner } = ctx.plan;
  return {
    title: TITLE,
    run: (state, signal) =>
      runProvisioners(
        { log: ctx.log, sleep: ctx.sleep, runOnce: (plan, bounded) => runOnce(ctx, state, plan, bounded) },
        provisioners,
        errorCleanupProvisioner,
        signal
      )
  };
}

/** One provisioner, once, over the instance's SSH connection (or none). */
async function runOnce(
  ctx: BuildContext,
  state: BuildState,
  plan: ProvisionerPlan,
  signal: AbortSignal
): Promise<void> {
  const ssh = ctx.plan.builder.communicator.type === 'ssh' ? ctx.plan.builder.communicator : undefined;
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
    signal,
    sleep: ctx.sleep,
    cwd: ctx.workingDirectory
  });
}
