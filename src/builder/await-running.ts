// The part of a launch that does not depend on how the instance was asked for (RunInstances or a
// spot fleet): journal it at once, so cleanup can find it, wait for it to run, and record where
// the communicator will reach it.
import type { Instance } from '@aws-sdk/client-ec2';
import { waitForInstance } from '../aws/wait-instance.js';
import type { BuildContext, BuildState, InstanceInfo } from './context.js';
import { sshAddress } from './ssh-address.js';

export async function awaitRunning(
  ctx: BuildContext,
  state: BuildState,
  launched: { id: string; label: string },
  signal?: AbortSignal
): Promise<Instance> {
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  const { id, label } = launched;
  journal.created({ kind: 'instance', id, region: config.region, build: ctx.plan.name });
  state.instance = { id, host: '' };
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
  const info: InstanceInfo = {
    id,
    host: config.communicator.type === 'ssh' ? sshAddress(config, running) : '',
    publicIp: running.PublicIpAddress,
    privateIp: running.PrivateIpAddress,
    availabilityZone: running.Placement?.AvailabilityZone
  };
  state.instance = info;
  log.info(`Instance ${id} is running after ${(elapsedMs / 1000).toFixed(1)}s (${info.host || 'no SSH'})`);
  return running;
}
