// State machines, driven by the world's timers: instances boot (pending → running, sshd
// starts), stop (stopping → stopped, sshd stops), start again, and terminate (shutting-down →
// terminated, volumes deleted per DeleteOnTermination, filesystem discarded, and the record
// dropped after a while as AWS does); images and snapshots go pending → available/completed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { InstanceHost } from './instance-host.js';
import { generateHostKey } from './keys.js';
import type { Image, Instance, Region, Snapshot } from './model.js';
import type { World } from './world.js';

export function instanceDir(world: World, instance: Instance): string {
  return join(world.dataDir, 'instances', instance.id);
}

export function boot(world: World, region: Region, instance: Instance): void {
  instance.state = 'pending';
  world.later(world.timing.instancePendingMs, async () => {
    if (instance.state !== 'pending') return;
    instance.state = 'running';
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
  instance.state = 'stopping';
  instance.stateTransitionReason = `User initiated (${new Date().toISOString()})`;
  void world.track(stopHost(instance));
  world.later(world.timing.instanceStoppingMs, () => {
    if (instance.state !== 'stopping') return;
    instance.state = 'stopped';
    instance.stateReason = {
      code: 'Client.UserInitiatedShutdown',
      message: 'Client.UserInitiatedShutdown: User initiated shutdown'
    };
  });
}

export function terminate(world: World, region: Region, instance: Instance): void {
  instance.state = 'shutting-down';
  instance.stateTransitionReason = `User initiated (${new Date().toISOString()})`;
  const stopped = world.track(stopHost(instance));
  world.later(world.timing.instanceShuttingDownMs, async () => {
    await stopped;
    instance.state = 'terminated';
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
  world.later(world.timing.snapshotPendingMs, () => {
    if (snapshot.state === 'pending') snapshot.state = 'completed';
  });
}

export function completeImage(world: World, region: Region, image: Image): void {
  // An image becomes available only after its snapshots complete, as on AWS.
  const delay = Math.max(world.timing.imagePendingMs, world.timing.snapshotPendingMs);
  world.later(delay, () => {
    if (image.state !== 'pending') return;
    image.state = 'available';
    for (const device of image.blockDevices) {
      const snapshot = device.snapshotId ? region.snapshots.get(device.snapshotId) : undefined;
      if (snapshot && snapshot.state === 'pending') snapshot.state = 'completed';
    }
  });
}
