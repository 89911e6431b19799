// Snapshots and volumes: describe, delete (refused while in use), snapshot permissions.
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { snapshotProgress, type Snapshot, type Volume } from '../model.js';
import type { Handler } from './context.js';
import { applyPermissionChange, checkDryRun, ok, readPermissionChanges, tagSet } from './context.js';

function snapshotFields(s: Snapshot, name: string) {
  const fields: Record<string, string[]> = {
    'snapshot-id': [s.id],
    'volume-id': [s.volumeId],
    status: [s.state],
    'owner-id': [s.ownerId],
    description: [s.description],
    encrypted: [String(s.encrypted)],
    'volume-size': [String(s.volumeSize)],
    progress: [snapshotProgress(s)],
    'start-time': [s.startTime.toISOString()]
  };
  return fields[name];
}

export const describeSnapshots: Handler = ({ world, region, params, account }) => {
  const ids = params.list('SnapshotId');
  const owners = params.list('Owner');
  let snapshots = ids.length
    ? ids.map(id => world.get(region, 'snapshot', id))
    : [...region.snapshots.values()].filter(s => world.visible(s));
  if (owners.length)
    snapshots = snapshots.filter(s =>
      owners.some(o => (o === 'self' ? s.ownerId === account : o === s.ownerId))
    );
  const restorable = params.list('RestorableBy');
  if (restorable.length) {
    snapshots = snapshots.filter(s =>
      restorable.some(
        r => s.ownerId === account || s.createVolumeUsers.has(r) || s.createVolumeGroups.has('all')
      )
    );
  }
  return {
    snapshotSet: applyFilters(snapshots, readFilters(params), snapshotFields).map(s => ({
      snapshotId: s.id,
      volumeId: s.volumeId,
      status: s.state,
      startTime: s.startTime,
      progress: snapshotProgress(s),
      ownerId: s.ownerId,
      volumeSize: s.volumeSize,
      description: s.description,
      encrypted: s.encrypted,
      storageTier: 'standard',
      tagSet: tagSet(s.tags)
    }))
  };
};

export const deleteSnapshot: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const snapshot = world.get(region, 'snapshot', params.required('SnapshotId'));
  const user = [...region.images.values()].find(i => i.blockDevices.some(d => d.snapshotId === snapshot.id));
  if (user)
    throw new Ec2Error(
      'InvalidSnapshot.InUse',
      `The snapshot ${snapshot.id} is currently in use by ${user.id}`
    );
  region.snapshots.delete(snapshot.id);
  return ok();
};

export const modifySnapshotAttribute: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const snapshot = world.get(region, 'snapshot', params.required('SnapshotId'));
  const attribute = params.str('Attribute') ?? 'createVolumePermission';
  if (attribute !== 'createVolumePermission') {
    throw new Ec2Error('InvalidParameterValue', `Value (${attribute}) for parameter attribute is invalid.`);
  }
  for (const change of readPermissionChanges(params, 'CreateVolumePermission', 'GroupName')) {
    applyPermissionChange(snapshot.createVolumeUsers, snapshot.createVolumeGroups, change);
  }
  return ok();
};

function volumeFields(v: Volume, name: string) {
  const fields: Record<string, (string | undefined)[]> = {
    'volume-id': [v.id],
    status: [v.state],
    'attachment.instance-id': [v.attachment?.instanceId],
    'attachment.device': [v.attachment?.device],
    'attachment.delete-on-termination': [v.attachment ? String(v.attachment.deleteOnTermination) : undefined],
    'availability-zone': [v.availabilityZone],
    'snapshot-id': [v.snapshotId],
    'volume-type': [v.volumeType],
    size: [String(v.size)],
    encrypted: [String(v.encrypted)]
  };
  return fields[name];
}

export const describeVolumes: Handler = ({ world, region, params }) => {
  const ids = params.list('VolumeId');
  const volumes = ids.length
    ? ids.map(id => world.get(region, 'volume', id))
    : [...region.volumes.values()].filter(v => world.visible(v));
  return {
    volumeSet: applyFilters(volumes, readFilters(params), volumeFields).map(v => ({
      volumeId: v.id,
      size: v.size,
      snapshotId: v.snapshotId ?? '',
      availabilityZone: v.availabilityZone,
      status: v.state,
      createTime: v.createTime,
      attachmentSet: v.attachment
        ? [
            {
              volumeId: v.id,
              instanceId: v.attachment.instanceId,
              device: v.attachment.device,
              status: 'attached',
              attachTime: v.attachment.attachTime,
              deleteOnTermination: v.attachment.deleteOnTermination
            }
          ]
        : [],
      volumeType: v.volumeType,
      iops: v.iops,
      encrypted: v.encrypted,
      multiAttachEnabled: false,
      tagSet: tagSet(v.tags)
    }))
  };
};

export const deleteVolume: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const volume = world.get(region, 'volume', params.required('VolumeId'));
  if (volume.state === 'in-use') {
    throw new Ec2Error(
      'VolumeInUse',
      `Volume ${volume.id} is currently attached to ${volume.attachment?.instanceId}`
    );
  }
  region.volumes.delete(volume.id);
  return ok();
};
