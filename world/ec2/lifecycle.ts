// State machines, driven by the world's timers: instances boot (pending → running, sshd
// starts), stop (stopping → stopped, sshd stops), start again, and terminate (shutting-down →
// terminated, volumes deleted per DeleteOnTermination, filesystem discarded, and the record
// dropped after a while as AWS does); images and snapshots go pending → available/completed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { transition } from './events.js';
import { InstanceHost } from './instance-host.js';
import { generateHostKey } from './keys.js';
import type { Image, Instance, Region, Snapshot } from './model.js';
import type { World } from './world.js';

export function instanceDir(world: World, instance: Instance): string {
  return join(world.dataDir, 'instances', instance.id);
}

export function boot(world: World, region: Region, instance: Instance): void {
  transition(world.events, 'instance', instance, 'pending');
  world.later(world.timing.instancePendingMs, async () => {
    if (instance.state !== 'pending') return;
    transition(world.events, 'instance', instance, 'running');
    if (world.ssh) await startHost(world, instance);
  });
  void region;
}

async function startHost(world: World, instance: Instance): Promise<void> {
  const hostKey = generateHostKey();
  instance.hostKey = {
    type: 'ED25519',
    publicKey: hostKey.publicKey,
    fingerprint: hostKey.fingerprint,
    bits: 256
  };
  let host: InstanceHost;
  try {
    host = await InstanceHost.start({
      dir: instanceDir(world, instance),
      address: instance.privateIp,
      port: world.sshPort,
      user: instance.defaultUser,
      authorizedKeys: instance.authorizedKeys,
      layers: instance.layers,
      hostPrivateKey: hostKey.privateKey,
      bootDelayMs: world.timing.sshBootMs
    });
  } catch (error) {
    // Terminated or stopped while booting: its directory is gone, and no sshd is wanted.
    if (instance.state !== 'running') return;
    throw error;
  }
  if (instance.state === 'running') instance.host = host;
  else await host.stop();
}

async function stopHost(instance: Instance): Promise<void> {
  const host = instance.host;
  instance.host = undefined;
  await host?.stop();
}

export function stop(world: World, instance: Instance): void {
  transition(world.events, 'instance', instance, 'stopping');
  instance.stateTransitionReason = `User initiated (${new Date().toISOString()})`;
  void world.track(stopHost(instance));
  world.later(world.timing.instanceStoppingMs, () => {
    if (instance.state !== 'stopping') return;
    transition(world.events, 'instance', instance, 'stopped');
    instance.stateReason = {
      code: 'Client.UserInitiatedShutdown',
      message: 'Client.UserInitiatedShutdown: User initiated shutdown'
    };
  });
}

export function terminate(world: World, region: Region, instance: Instance): void {
  transition(world.events, 'instance', instance, 'shutting-down');
  instance.stateTransitionReason = `User initiated (${new Date().toISOString()})`;
  const stopped = world.track(stopHost(instance));
  world.later(world.timing.instanceShuttingDownMs, async () => {
    await stopped;
    transition(world.events, 'instance', instance, 'terminated');
    instance.terminatedAt = Date.now();
    instance.stateReason = {
      code: 'Client.UserInitiatedShutdown',
      message: 'Client.UserInitiatedShutdown: User initiated shutdown'
    };
    for (const attached of instance.volumes) {
      const volume = region.volumes.get(attached.volumeId);
      if (!volume) continue;
      if (attached.deleteOnTermination) region.volumes.delete(volume.id);
      else {
        volume.state = 'available';
        volume.attachment = undefined;
      }
    }
    rmSync(instanceDir(world, instance), { recursive: true, force: true });
    world.later(world.timing.terminatedVisibleMs, () => {
      region.instances.delete(instance.id);
    });
  });
}

export function completeSnapshot(world: World, snapshot: Snapshot): void {
  snapshot.completesAt = Date.now() + world.timing.snapshotPendingMs;
  world.later(world.timing.snapshotPendingMs, () => {
    // An image's snapshots complete with the image (completeImage), which may take longer.
    if (snapshot.state === 'pending' && Date.now() >= (snapshot.completesAt ?? 0))
      transition(world.events, 'snapshot', snapshot, 'completed');
  });
}

export function completeImage(world: World, region: Region, image: Image): void {
  // An image becomes available only after its snapshots complete, as on AWS: the snapshots'
  // Progress reaches 100% as the image turns available.
  const delay = Math.max(world.timing.imagePendingMs, world.timing.snapshotPendingMs);
  const snapshots = image.blockDevices.flatMap(d => {
    const snapshot = d.snapshotId ? region.snapshots.get(d.snapshotId) : undefined;
    return snapshot && snapshot.state === 'pending' ? [snapshot] : [];
  });
  for (const snapshot of snapshots)
    snapshot.completesAt = Math.max(snapshot.completesAt ?? 0, Date.now() + delay);
  world.later(delay, () => {
    if (image.state !== 'pending') return;
    for (const snapshot of snapshots)
      if (snapshot.state === 'pending') transition(world.events, 'snapshot', snapshot, 'completed');
    transition(world.events, 'image', image, 'available');
  });
}
