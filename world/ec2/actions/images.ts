// Images: describe (owners, executable-by, filters), create from an instance (snapshotting
// its volumes and its filesystem), register from a snapshot, copy across regions,
// deregister, launch permissions, descriptions and deprecation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { newId } from '../ids.js';
import { InstanceHost } from '../instance-host.js';
import { transition } from '../events.js';
import { completeImage, completeSnapshot } from '../lifecycle.js';
import type { BlockDevice, Image, Region, Snapshot } from '../model.js';
import type { Params } from '../query.js';
import { imageVisibleTo, type World } from '../world.js';
import type { XmlObject } from '../xml.js';
import type { Handler } from './context.js';
import { describeOtherAttribute, modifyOtherAttributes } from './image-attributes.js';
import { enaOf } from './instance-attributes.js';
import { applyPermissionChange, checkDryRun, ok, readPermissionChanges, tagSet, tagsFor } from './context.js';

const AMI_NAME = /^[a-zA-Z0-9()[\] ./\-'@_]{3,128}$/;

function checkName(world: World, region: Region, name: string, account: string): void {
  if (!AMI_NAME.test(name)) {
    throw new Ec2Error(
      'InvalidAMIName.Malformed',
      `AMI names must be between 3 and 128 characters long, and may contain letters, numbers, '(', ')', '.', '-', '/', '_', '[', ']', ' ', '@' and ''' only: '${name}'`
    );
  }
  const taken = [...region.images.values()].find(
    i => i.ownerId === account && i.name === name && i.state !== 'deregistered'
  );
  if (taken)
    throw new Ec2Error('InvalidAMIName.Duplicate', `AMI name ${name} is already in use by AMI ${taken.id}`);
  void world;
}

export function renderImage(i: Image): XmlObject {
  return {
    imageId: i.id,
    imageLocation: `${i.ownerAlias ?? i.ownerId}/${i.name}`,
    imageState: i.state,
    imageOwnerId: i.ownerId,
    creationDate: i.creationDate,
    isPublic: i.isPublic,
    architecture: i.architecture,
    imageType: 'machine',
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    imageOwnerAlias: i.ownerAlias,
    name: i.name,
    description: i.description,
    rootDeviceType: 'ebs',
    rootDeviceName: i.rootDeviceName,
    blockDeviceMapping: i.blockDevices.map(d => ({
      deviceName: d.deviceName,
      ebs: {
        snapshotId: d.snapshotId,
        volumeSize: d.volumeSize,
        deleteOnTermination: d.deleteOnTermination,
        volumeType: d.volumeType,
        encrypted: d.encrypted,
        iops: d.iops,
        throughput: d.throughput
      }
    })),
    virtualizationType: i.virtualizationType,
    tagSet: tagSet(i.tags),
    hypervisor: 'xen',
    enaSupport: i.enaSupport,
    sriovNetSupport: i.sriovNetSupport,
    imdsSupport: i.imdsSupport,
    productCodes: i.productCodes?.map(productCode => ({ productCode, type: 'marketplace' })),
    stateReason: i.stateReason,
    deprecationTime: i.deprecationTime,
    deregistrationProtection: i.deregistrationProtection ?? 'disabled'
  };
}

function imageFields(i: Image, name: string) {
  const fields: Record<string, (string | undefined)[]> = {
    name: [i.name],
    'image-id': [i.id],
    state: [i.state],
    'owner-id': [i.ownerId],
    'owner-alias': [i.ownerAlias],
    architecture: [i.architecture],
    'root-device-type': ['ebs'],
    'root-device-name': [i.rootDeviceName],
    'virtualization-type': [i.virtualizationType],
    'is-public': [String(i.isPublic)],
    description: [i.description],
    'image-type': ['machine'],
    hypervisor: ['xen'],
    'ena-support': [String(i.enaSupport)],
    platform: [],
    'creation-date': [i.creationDate.toISOString()],
    'block-device-mapping.volume-type': i.blockDevices.map(d => d.volumeType),
    'block-device-mapping.snapshot-id': i.blockDevices.map(d => d.snapshotId),
    'block-device-mapping.volume-size': i.blockDevices.map(d => String(d.volumeSize)),
    'block-device-mapping.device-name': i.blockDevices.map(d => d.deviceName),
    'block-device-mapping.encrypted': i.blockDevices.map(d => String(d.encrypted))
  };
  return fields[name];
}

export const describeImages: Handler = ({ world, region, params, account }) => {
  const ids = params.list('ImageId');
  const owners = params.list('Owner');
  const executableBy = params.list('ExecutableBy');
  let images: Image[];
  if (ids.length) {
    images = ids.map(id => {
      const image = world.get(region, 'image', id);
      if (!imageVisibleTo(image, account))
        throw new Ec2Error('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
      return image;
    });
  } else {
    images = [...region.images.values()].filter(
      i => world.visible(i) && i.state !== 'deregistered' && imageVisibleTo(i, account)
    );
  }
  if (owners.length) {
    images = images.filter(i =>
      owners.some(o =>
        o === 'self'
          ? i.ownerId === account
          : o === i.ownerId || (o === i.ownerAlias && i.ownerAlias !== undefined)
      )
    );
  }
  if (executableBy.length) {
    images = images.filter(i =>
      executableBy.some(e =>
        e === 'all'
          ? i.isPublic
          : e === 'self' || e === account
            ? imageVisibleTo(i, account)
            : i.launchUsers.has(e)
      )
    );
  }
  if (!params.bool('IncludeDeprecated') && !ids.length) {
    images = images.filter(
      i => !i.deprecationTime || i.deprecationTime > new Date() || i.ownerId === account
    );
  }
  return { imagesSet: applyFilters(images, readFilters(params), imageFields).map(renderImage) };
};

function newSnapshot(
  world: World,
  region: Region,
  account: string,
  from: Omit<
    Snapshot,
    | 'id'
    | 'region'
    | 'visibleAt'
    | 'ownerId'
    | 'state'
    | 'startTime'
    | 'createVolumeUsers'
    | 'createVolumeGroups'
  >
): Snapshot {
  const snapshot = world.born<Snapshot>('snapshot', {
    ...from,
    id: newId('snap'),
    region: region.name,
    ownerId: account,
    state: 'pending',
    startTime: new Date(),
    createVolumeUsers: new Set(),
    createVolumeGroups: new Set()
  });
  region.snapshots.set(snapshot.id, snapshot);
  completeSnapshot(world, snapshot);
  return snapshot;
}

/** Freezes the instance's own filesystem layer into a read-only layer for the image. */
function captureLayer(world: World, instanceId: string, layerId: string): string | undefined {
  const upper = InstanceHost.upperDir(join(world.dataDir, 'instances', instanceId));
  if (!existsSync(upper)) return undefined;
  const target = join(world.dataDir, 'layers', layerId);
  mkdirSync(join(world.dataDir, 'layers'), { recursive: true });
  execFileSync('cp', ['-a', upper, target]);
  return target;
}

function overrideDevices(devices: BlockDevice[], params: Params): BlockDevice[] {
  const byName = new Map(devices.map(d => [d.deviceName, d]));
  for (const m of params.objects('BlockDeviceMapping')) {
    const name = m.required('DeviceName');
    if (m.str('NoDevice') !== undefined) {
      byName.delete(name);
      continue;
    }
    const ebs = m.obj('Ebs');
    if (!ebs) continue;
    const base = byName.get(name);
    byName.set(name, {
      deviceName: name,
      snapshotId: ebs.str('SnapshotId') ?? base?.snapshotId,
      volumeSize: ebs.int('VolumeSize') ?? base?.volumeSize ?? 8,
      volumeType: ebs.str('VolumeType') ?? base?.volumeType ?? 'gp2',
      deleteOnTermination: ebs.bool('DeleteOnTermination') ?? base?.deleteOnTermination ?? true,
      encrypted: ebs.bool('Encrypted') ?? base?.encrypted ?? false,
      iops: ebs.int('Iops') ?? base?.iops,
      throughput: ebs.int('Throughput') ?? base?.throughput
    });
  }
  return [...byName.values()];
}

export const createImage: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const instance = world.get(region, 'instance', params.required('InstanceId'));
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    throw new Ec2Error(
      'IncorrectInstanceState',
      `The instance '${instance.id}' is not in a state from which it can be imaged (${instance.state}).`
    );
  }
  const name = params.required('Name');
  checkName(world, region, name, account);
  const imageTags = tagsFor(params, 'image', ['image', 'snapshot']);
  const snapshotTags = tagsFor(params, 'snapshot', ['image', 'snapshot']);
  const imageId = newId('ami');
  const layer = captureLayer(world, instance.id, imageId);
  const layers = layer ? [layer, ...instance.layers] : instance.layers;
  const fromVolumes: BlockDevice[] = instance.volumes.map(v => {
    const volume = region.volumes.get(v.volumeId)!;
    return {
      deviceName: v.deviceName,
      volumeSize: volume.size,
      volumeType: volume.volumeType,
      deleteOnTermination: v.deleteOnTermination,
      encrypted: volume.encrypted,
      iops: volume.iops
    };
  });
  const devices = overrideDevices(fromVolumes, params).map(d => {
    const attached = instance.volumes.find(v => v.deviceName === d.deviceName);
    if (!attached || d.snapshotId) return d;
    const snapshot = newSnapshot(world, region, account, {
      tags: new Map(snapshotTags),
      volumeId: attached.volumeId,
      volumeSize: d.volumeSize,
      description: `Created by CreateImage(${instance.id}) for ${imageId}`,
      encrypted: d.encrypted,
      layers: d.deviceName === instance.rootDeviceName ? layers : []
    });
    return { ...d, snapshotId: snapshot.id };
  });
  const image = world.born<Image>('image', {
    id: imageId,
    region: region.name,
    tags: imageTags,
    name,
    description: params.str('Description'),
    ownerId: account,
    state: 'pending',
    creationDate: new Date(),
    isPublic: false,
    architecture: instance.architecture,
    rootDeviceName: instance.rootDeviceName,
    virtualizationType: 'hvm',
    enaSupport: enaOf(instance),
    sriovNetSupport: instance.sriovNetSupport,
    blockDevices: devices,
    launchUsers: new Set(),
    launchGroups: new Set(),
    defaultUser: instance.defaultUser,
    layers
  });
  region.images.set(image.id, image);
  completeImage(world, region, image);
  return { imageId: image.id };
};

export const registerImage: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const name = params.required('Name');
  checkName(world, region, name, account);
  const rootDeviceName = params.str('RootDeviceName') ?? '/dev/xvda';
  const devices = overrideDevices([], params);
  for (const d of devices) if (d.snapshotId) world.get(region, 'snapshot', d.snapshotId);
  const root = devices.find(d => d.deviceName === rootDeviceName);
  if (!root?.snapshotId) {
    throw new Ec2Error(
      'InvalidBlockDeviceMapping',
      `The root device ${rootDeviceName} must be backed by a snapshot`
    );
  }
  const rootSnapshot = region.snapshots.get(root.snapshotId)!;
  const image = world.born<Image>('image', {
    id: newId('ami'),
    region: region.name,
    tags: tagsFor(params, 'image', ['image']),
    name,
    description: params.str('Description'),
    ownerId: account,
    state: 'pending',
    creationDate: new Date(),
    isPublic: false,
    architecture: params.str('Architecture') ?? 'x86_64',
    rootDeviceName,
    virtualizationType: params.str('VirtualizationType') ?? 'hvm',
    enaSupport: params.bool('EnaSupport') ?? false,
    blockDevices: devices,
    launchUsers: new Set(),
    launchGroups: new Set(),
    defaultUser: 'ec2-user',
    layers: rootSnapshot.layers
  });
  region.images.set(image.id, image);
  completeImage(world, region, image);
  return { imageId: image.id };
};

export const copyImage: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const sourceRegion = world.region(params.required('SourceRegion'));
  if (!sourceRegion)
    throw new Ec2Error('InvalidRequest', `Invalid source region ${params.str('SourceRegion')}`);
  const token = params.str('ClientToken');
  const earlier = token
    ? [...region.images.values()].find(i => (i as Image & { clientToken?: string }).clientToken === token)
    : undefined;
  if (earlier) return { imageId: earlier.id };
  const source = world.get(sourceRegion, 'image', params.required('SourceImageId'));
  if (source.state !== 'available') {
    throw new Ec2Error(
      'IncorrectState',
      `Image ${source.id} is not in a valid state for copying (${source.state})`
    );
  }
  const name = params.required('Name');
  const imageId = newId('ami');
  const encrypted = params.bool('Encrypted') ?? false;
  const snapshotTags = tagsFor(params, 'snapshot', ['image', 'snapshot']);
  const devices = source.blockDevices.map(d => {
    if (!d.snapshotId) return { ...d };
    const sourceSnapshot = sourceRegion.snapshots.get(d.snapshotId);
    const snapshot = newSnapshot(world, region, account, {
      tags: new Map(snapshotTags),
      volumeId: 'vol-ffffffff',
      volumeSize: d.volumeSize,
      description: `Copied for DestinationAmi ${imageId} from SourceAmi ${source.id} for SourceSnapshot ${d.snapshotId}`,
      encrypted: encrypted || d.encrypted,
      layers: sourceSnapshot?.layers ?? []
    });
    return { ...d, snapshotId: snapshot.id, encrypted: encrypted || d.encrypted };
  });
  const image = world.born<Image & { clientToken?: string }>('image', {
    ...source,
    id: imageId,
    region: region.name,
    tags: params.bool('CopyImageTags')
      ? new Map(source.tags)
      : tagsFor(params, 'image', ['image', 'snapshot']),
    seed: false,
    name,
    description: params.str('Description') ?? source.description,
    ownerId: account,
    ownerAlias: undefined,
    state: 'pending',
    creationDate: new Date(),
    isPublic: false,
    blockDevices: devices,
    launchUsers: new Set(),
    launchGroups: new Set(),
    launchOrgArns: undefined,
    launchOuArns: undefined,
    deprecationTime: undefined,
    deregistrationProtection: undefined,
    clientToken: token
  });
  region.images.set(image.id, image);
  completeImage(world, region, image);
  return { imageId: image.id };
};

function ownImage(world: World, region: Region, id: string, account: string): Image {
  const image = world.get(region, 'image', id);
  if (image.ownerId !== account) throw new Ec2Error('AuthFailure', `Not authorized for image:${id}`);
  return image;
}

export const deregisterImage: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const image = ownImage(world, region, params.required('ImageId'), account);
  if (image.deregistrationProtection) {
    throw new Ec2Error(
      'OperationNotPermitted',
      `The image ${image.id} has deregistration protection enabled (${image.deregistrationProtection}); disable it first.`
    );
  }
  transition(world.events, 'image', image, 'deregistered');
  region.images.delete(image.id);
  if (!params.bool('DeleteAssociatedSnapshots')) return ok();
  // As EC2 does: each of the image's snapshots goes with it, unless another image still uses it.
  const results = image.blockDevices
    .flatMap(d => (d.snapshotId ? [d.snapshotId] : []))
    .map(snapshotId => {
      const shared = [...region.images.values()].some(i =>
        i.blockDevices.some(d => d.snapshotId === snapshotId)
      );
      if (shared || !region.snapshots.has(snapshotId)) return { snapshotId, returnCode: 'skipped' };
      region.snapshots.delete(snapshotId);
      return { snapshotId, returnCode: 'success' };
    });
  return { return: true, deleteSnapshotResultSet: results };
};

export const modifyImageAttribute: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const image = ownImage(world, region, params.required('ImageId'), account);
  const changes = readPermissionChanges(params, 'LaunchPermission', 'UserGroup');
  for (const change of changes) {
    const badUser = change.users.find(u => !/^\d{12}$/.test(u));
    if (badUser)
      throw new Ec2Error(
        'InvalidAMIAttributeItemValue',
        `Invalid attribute item value "${badUser}" for userId item type.`
      );
    const badGroup = change.groups.find(g => g !== 'all');
    if (badGroup)
      throw new Ec2Error(
        'InvalidAMIAttributeItemValue',
        `Invalid attribute item value "${badGroup}" for group item type.`
      );
    applyPermissionChange(image.launchUsers, image.launchGroups, change);
  }
  image.isPublic = image.launchGroups.has('all');
  const description = params.obj('Description')?.str('Value');
  if (description !== undefined) image.description = description;
  const other = modifyOtherAttributes(image, params);
  if (!changes.length && description === undefined && !other) {
    throw new Ec2Error('MissingParameter', 'No attribute to modify was given');
  }
  return ok();
};

export const describeImageAttribute: Handler = ({ world, region, params, account }) => {
  const image = ownImage(world, region, params.required('ImageId'), account);
  const attribute = params.required('Attribute');
  switch (attribute) {
    case 'launchPermission':
      return {
        imageId: image.id,
        launchPermission: [
          ...[...image.launchGroups].map(group => ({ group })),
          ...[...image.launchUsers].map(userId => ({ userId })),
          ...[...(image.launchOrgArns ?? [])].map(organizationArn => ({ organizationArn })),
          ...[...(image.launchOuArns ?? [])].map(organizationalUnitArn => ({ organizationalUnitArn }))
        ]
      };
    case 'productCodes':
    case 'imdsSupport':
    case 'sriovNetSupport':
      return describeOtherAttribute(image, attribute);
    case 'description':
      return {
        imageId: image.id,
        description: image.description === undefined ? {} : { value: image.description }
      };
    case 'blockDeviceMapping':
      return { imageId: image.id, blockDeviceMapping: renderImage(image).blockDeviceMapping as XmlObject[] };
    case 'deprecationTime':
      return {
        imageId: image.id,
        deprecationTime: image.deprecationTime ? { value: image.deprecationTime } : {}
      };
    default:
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`
      );
  }
};

export const enableImageDeprecation: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const image = ownImage(world, region, params.required('ImageId'), account);
  const at = new Date(params.required('DeprecateAt'));
  if (Number.isNaN(at.getTime()))
    throw new Ec2Error('InvalidParameterValue', 'DeprecateAt is not a valid date');
  if (at.getTime() < Date.now())
    throw new Ec2Error('InvalidParameterValue', 'DeprecateAt must be in the future');
  image.deprecationTime = at;
  return ok();
};
