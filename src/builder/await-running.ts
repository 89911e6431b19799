// The part of a launch that does not depend on how the instance was asked for (RunInstances or a
// spot fleet): journal it at once, so cleanup can find it, and record where the communicator will
// reach it. When the SSH address is known while the instance is still pending (early-address.ts),
// SSH then proves it is up and nothing waits here; otherwise this waits for it to run.
import type { Instance } from '@aws-sdk/client-ec2';
import { waitForInstance } from '../aws/wait-instance.js';
import type { BuildContext, BuildState, InstanceInfo } from './context.js';
import { earlyAddress } from './early-address.js';
import { sshAddress } from './ssh-address.js';

export interface Launched {
  id: string;
  label: string;
  /** What the launch answer said of the instance (RunInstances does; a fleet gives only the id). */
  answer?: Instance;
  /** ctx.now() when the launch answered. */
  launchedAt: number;
}

/** The instance as last seen: pending (SSH will tell when it is up) or running. */
export async function awaitRunning(
  ctx: BuildContext,
  state: BuildState,
  launched: Launched,
  signal?: AbortSignal
): Promise<Instance> {
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  const { id, label, launchedAt } = launched;
  journal.created({ kind: 'instance', id, region: config.region, build: ctx.plan.name });
  state.instance = { id, host: '' };
  // The address is usually known while the instance is still pending: SSH then tells when it is up.
  const early = await earlyAddress(ctx, launched.answer ?? { InstanceId: id });
  if (early) {
    state.instance = { ...instanceInfo(ctx, id, early), launchedAt, seenRunning: false };
    log.info(`Launched ${label} at ${state.instance.host}; SSH will tell when it is up`);
    return early;
  }
  log.info(`Launched ${label}; waiting for it to run`);
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
  const running = value!;
  state.instance = { ...instanceInfo(ctx, id, running), launchedAt, seenRunning: true };
  log.info(
    `Instance ${id} is running after ${(elapsedMs / 1000).toFixed(1)}s (${state.instance.host || 'no SSH'})`
  );
  return running;
}

function instanceInfo(ctx: BuildContext, id: string, instance: Instance): InstanceInfo {
  const config = ctx.plan.builder;
  return {
    id,
    host: config.communicator.type === 'ssh' ? sshAddress(config, instance) : '',
    publicIp: instance.PublicIpAddress,
    privateIp: instance.PrivateIpAddress,
    availabilityZone: instance.Placement?.AvailabilityZone,
    vpcId: instance.VpcId
  };
}
