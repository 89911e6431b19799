// Packer's provisioning sequence, whatever the machine: each provisioner in order with its
// pause_before, timeout and max_retries, and the error-cleanup-provisioner when one fails. The builder
// says how to run one provisioner once (over SSH, in a container); everything around it is here.
import type { Communicator } from '../communicator/types.js';
import { CommunicatorError, messageOf, TimeoutError } from '../errors.js';
import type { Log } from '../log.js';
import type { Provisioner as ProvisionerPlan } from '../template/types.js';
import { timeoutSignal, type Sleep } from '../timers.js';

export interface ProvisionSequence {
  log: Log;
  sleep: Sleep;
  /** Runs `plan` once; `signal` ends with the build's and with the provisioner's own timeout. */
  runOnce: (plan: ProvisionerPlan, signal: AbortSignal) => Promise<void>;
}

export async function runProvisioners(
  sequence: ProvisionSequence,
  provisioners: readonly ProvisionerPlan[],
  errorCleanupProvisioner: ProvisionerPlan | undefined,
  signal: AbortSignal
): Promise<void> {
  try {
    for (const [index, plan] of provisioners.entries())
      await runOne(sequence, plan, `${index + 1}/${provisioners.length}`, signal);
  } catch (error) {
    if (errorCleanupProvisioner && !signal.aborted) {
      sequence.log.warning('A provisioner failed: running the error-cleanup-provisioner');
      await runOne(sequence, errorCleanupProvisioner, 'error-cleanup', signal).catch(cleanupError =>
        sequence.log.warning(`error-cleanup-provisioner failed too: ${messageOf(cleanupError)}`)
      );
    }
    throw error;
  }
}

async function runOne(
  { log, sleep, runOnce }: ProvisionSequence,
  plan: ProvisionerPlan,
  label: string,
  signal: AbortSignal
): Promise<void> {
  if (plan.pauseBeforeMs > 0) {
    log.info(`Pausing ${plan.pauseBeforeMs / 1000}s before provisioner ${label} (pause_before)`);
    await sleep(plan.pauseBeforeMs, signal);
  }
  for (let attempt = 0; ; attempt++) {
    log.info(
      `Provisioner ${label}: ${plan.type}${attempt ? ` (retry ${attempt} of ${plan.maxRetries})` : ''}`
    );
    const timeout = plan.timeoutMs ? timeoutSignal(plan.timeoutMs) : undefined;
    try {
      await runOnce(plan, timeout ? AbortSignal.any([signal, timeout]) : signal);
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

/**
 * communicator "none": a provisioner that needs the machine (shell, file) says so instead of
 * crashing; `what` names the machine and the way out.
 */
export function noConnection(what: string): Communicator {
  const refuse = async (): Promise<never> => {
    throw new CommunicatorError({ message: `communicator is "none": this provisioner needs ${what}` });
  };
  return {
    exec: refuse,
    execStream: refuse,
    upload: refuse,
    uploadDirectory: refuse,
    download: refuse,
    downloadDirectory: refuse,
    close: async () => undefined
  };
}
