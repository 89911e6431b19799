// RunInstances and the instance lifecycle calls, answering with EC2's instance shape.
import { createHash } from 'node:crypto';
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { newId } from '../ids.js';
import { boot, stop, terminate } from '../lifecycle.js';
import { INSTANCE_STATE_CODES, type BlockDevice, type Instance, type Region, type Volume } from '../model.js';
import type { Params } from '../query.js';
import type { World } from '../world.js';
import type { XmlObject } from '../xml.js';
import type { ActionContext, Handler } from './context.js';
import { checkDryRun, tagSet, tagsFor } from './context.js';
import { keyPairByName } from './key-pairs.js';
import { enaOf } from './instance-attributes.js';
import { readLaunchSettings, renderCapacityReservation, renderPlacement } from './launch-settings.js';

const stateOf = (name: Instance['state']) => ({ code: INSTANCE_STATE_CODES[name], name });
const dashed = (ip: string) => ip.replace(/\./g, '-');

export function renderInstance(region: Region, i: Instance): XmlObject {
  const publicIp =
    i.publicIp && ['pending', 'running', 'stopping', 'shutting-down'].includes(i.state)
      ? i.publicIp
      : undefined;
  return {
    instanceId: i.id,
    imageId: i.imageId,
    instanceState: stateOf(i.state),
    privateDnsName:
      i.state === 'terminated'
        ? ''
        : `ip-${dashed(i.privateIp)}.${region.name === 'us-east-1' ? 'ec2.internal' : `${region.name}.compute.internal`}`,
    dnsName: publicIp ? `ec2-${dashed(publicIp)}.compute-1.amazonaws.com` : '',
    reason: i.stateTransitionReason,
    keyName: i.keyName,
    amiLaunchIndex: 0,
    productCodes: [],
    instanceType: i.instanceType,
    instanceLifecycle: i.spotRequest ? 'spot' : undefined,
    spotInstanceRequestId: i.spotRequest?.id,
    launchTime: i.launchTime,
    placement: renderPlacement(i.availabilityZone, i.launchSettings),
    capacityReservationSpecification: renderCapacityReservation(i.launchSettings),
    monitoring: { state: 'disabled' },
    subnetId: i.state === 'terminated' ? undefined : i.subnetId,
    vpcId: i.state === 'terminated' ? undefined : i.vpcId,
    privateIpAddress: i.state === 'terminated' ? undefined : i.privateIp,
    ipAddress: publicIp,
    sourceDestCheck: true,
    groupSet: i.groups.map(g => ({ groupId: g.id, groupName: g.name })),
    stateReason: i.stateReason,
    architecture: i.architecture,
    rootDeviceType: 'ebs',
    rootDeviceName: i.rootDeviceName,
    blockDeviceMapping:
      i.state === 'terminated'
        ? []
        : i.volumes.map(v => ({
            deviceName: v.deviceName,
            ebs: {
              volumeId: v.volumeId,
              status: 'attached',
              attachTime: v.attachTime,
              deleteOnTermination: v.deleteOnTermination
            }
          })),
    virtualizationType: 'hvm',
    clientToken: i.clientToken ?? '',
    tagSet: tagSet(i.tags),
    hypervisor: 'xen',
    iamInstanceProfile: i.iamInstanceProfile
      ? {
          arn: i.iamInstanceProfile.startsWith('arn:')
            ? i.iamInstanceProfile
            : `arn:aws:iam::123456789012:instance-profile/${i.iamInstanceProfile}`,
          id: 'AIPAEXAMPLE'
        }
      : undefined,
    ebsOptimized: false,
    enaSupport: enaOf(i),
    sriovNetSupport: i.sriovNetSupport,
    metadataOptions: {
      state: 'applied',
      httpTokens: i.metadataOptions.httpTokens,
      httpPutResponseHopLimit: i.metadataOptions.httpPutResponseHopLimit,
      httpEndpoint: i.metadataOptions.httpEndpoint
    },
    platformDetails: 'Linux/UNIX'
  };
}

const isArmType = (type: string) => /^[a-z]+\d+[a-z]*g[a-z]*\./.test(type);

function blockDevices(image: { blockDevices: BlockDevice[] }, params: Params): BlockDevice[] {
  const devices = new Map(image.blockDevices.map(d => [d.deviceName, { ...d }]));
  for (const m of params.objects('BlockDeviceMapping')) {
    const name = m.required('DeviceName');
    if (m.str('NoDevice') !== undefined) {
      devices.delete(name);
      continue;
    }
    const ebs = m.obj('Ebs');
    const base = devices.get(name);
    if (!ebs) continue;
    const size = ebs.int('VolumeSize') ?? base?.volumeSize;
    if (size === undefined)
      throw new Ec2Error('InvalidParameterValue', `Volume size must be given for ${name}`);
    if (base && size < base.volumeSize) {
      throw new Ec2Error(
        'InvalidBlockDeviceMapping',
        `Volume of size ${size}GB is smaller than snapshot '${base.snapshotId}', expect size >= ${base.volumeSize}GB`
      );
    }
    devices.set(name, {
      deviceName: name,
      snapshotId: ebs.str('SnapshotId') ?? base?.snapshotId,
      volumeSize: size,
      volumeType: ebs.str('VolumeType') ?? base?.volumeType ?? 'gp2',
      deleteOnTermination: ebs.bool('DeleteOnTermination') ?? base?.deleteOnTermination ?? true,
      encrypted: ebs.bool('Encrypted') ?? base?.encrypted ?? false,
      iops: ebs.int('Iops'),
      throughput: ebs.int('Throughput'),
      kmsKeyId: ebs.str('KmsKeyId')
    });
  }
  return [...devices.values()];
}

export const runInstances: Handler = ctx => {
  const { world, region, params } = ctx;
  checkDryRun(params);
  const token = params.str('ClientToken');
  if (token) {
    const earlier = [...region.instances.values()].find(i => i.clientToken === token);
    if (earlier) return launchAnswer(region, [earlier]);
  }
  const image = world.get(region, 'image', params.required('ImageId'));
  if (image.state !== 'available')
    throw new Ec2Error('InvalidAMIID.Unavailable', `AMI ${image.id} is not available (state ${image.state})`);
  const min = params.int('MinCount') ?? 1;
  const max = params.int('MaxCount') ?? min;
  if (min < 1 || max < min)
    throw new Ec2Error('InvalidParameterValue', 'MinCount must be >= 1 and <= MaxCount');
  const instanceType = params.str('InstanceType') ?? 'm1.small';
  if (!/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(instanceType)) {
    throw new Ec2Error('InvalidParameterValue', `Invalid value '${instanceType}' for InstanceType.`);
  }
  const typeArch = isArmType(instanceType) ? 'arm64' : 'x86_64';
  if (typeArch !== image.architecture) {
    throw new Ec2Error(
      'InvalidParameterValue',
      `The architecture '${typeArch}' of the specified instance type does not match the architecture '${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.`
    );
  }
  const launchSettings = readLaunchSettings(params, instanceType);
  const keyName = params.str('KeyName');
  const keyPair = keyName ? keyPairByName(region, keyName) : undefined;
  if (keyName && (!keyPair || !world.visible(keyPair))) {
    throw new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${keyName}' does not exist`);
  }
  const nic = params.objects('NetworkInterface')[0];
  const subnet = pickSubnet(ctx, nic?.str('SubnetId') ?? params.str('SubnetId'));
  const groupIds = [...params.list('SecurityGroupId'), ...(nic?.list('SecurityGroupId') ?? [])];
  const groups = groupIds.map(id => world.get(region, 'security-group', id));
  for (const name of params.list('SecurityGroup')) {
    const g = [...region.securityGroups.values()].find(x => x.name === name && x.vpcId === subnet.vpcId);
    if (!g)
      throw new Ec2Error(
        'InvalidGroup.NotFound',
        `The security group '${name}' does not exist in VPC '${subnet.vpcId}'`
      );
    groups.push(g);
  }
  for (const g of groups) {
    if (g.vpcId !== subnet.vpcId) {
      throw new Ec2Error(
        'InvalidParameter',
        `Security group ${g.id} and subnet ${subnet.id} belong to different networks.`
      );
    }
  }
  if (groups.length === 0)
    groups.push([...region.securityGroups.values()].find(g => g.isDefault && g.vpcId === subnet.vpcId)!);
  const metadata = params.obj('MetadataOptions');
  const httpTokens = metadata?.str('HttpTokens') ?? 'optional';
  if (!['optional', 'required'].includes(httpTokens))
    throw new Ec2Error('InvalidParameterValue', `Invalid HttpTokens ${httpTokens}`);
  const userData = params.str('UserData');
  if (userData && Buffer.from(userData, 'base64').length > 16384) {
    throw new Ec2Error('InvalidParameterValue', 'User data is limited to 16384 bytes');
  }
  const shutdown = params.str('InstanceInitiatedShutdownBehavior') ?? 'stop';
  if (shutdown !== 'stop' && shutdown !== 'terminate') {
    throw new Ec2Error(
      'InvalidParameterValue',
      `Invalid value '${shutdown}' for instanceInitiatedShutdownBehavior`
    );
  }
  const profile = params.obj('IamInstanceProfile');
  const devices = blockDevices(image, params);
  const instanceTags = tagsFor(params, 'instance', [
    'instance',
    'volume',
    'network-interface',
    'spot-instances-request'
  ]);
  const volumeTags = tagsFor(params, 'volume', [
    'instance',
    'volume',
    'network-interface',
    'spot-instances-request'
  ]);
  const associatePublic = nic?.bool('AssociatePublicIpAddress') ?? subnet.mapPublicIpOnLaunch;

  const reservationId = newId('r');
  const launched: Instance[] = [];
  for (let n = 0; n < max; n++) {
    const id = newId('i');
    const address = world.allocateAddress();
    const now = new Date();
    const volumes = devices.map(d => {
      const volume = world.born<Volume>('volume', {
        id: newId('vol'),
        region: region.name,
        tags: new Map(volumeTags),
        size: d.volumeSize,
        snapshotId: d.snapshotId,
        availabilityZone: subnet.availabilityZone,
        state: 'in-use',
        attachment: {
          instanceId: id,
          device: d.deviceName,
          deleteOnTermination: d.deleteOnTermination,
          attachTime: now
        },
        volumeType: d.volumeType,
        encrypted: d.encrypted,
        createTime: now,
        iops: d.iops,
        layers: []
      });
      region.volumes.set(volume.id, volume);
      return {
        deviceName: d.deviceName,
        volumeId: volume.id,
        deleteOnTermination: d.deleteOnTermination,
        attachTime: now
      };
    });
    const instance = world.born<Instance>('instance', {
      id,
      region: region.name,
      tags: new Map(instanceTags),
      reservationId,
      imageId: image.id,
      state: 'pending',
      stateTransitionReason: '',
      instanceType,
      keyName,
      authorizedKeys: keyPair
        ? [`${keyPair.publicKey.split(/\s+/).slice(0, 2).join(' ')} ${keyPair.name}`]
        : [],
      defaultUser: image.defaultUser,
      launchTime: now,
      availabilityZone: subnet.availabilityZone,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      privateIp: address,
      publicIp: associatePublic ? address : undefined,
      groups: groups.map(g => ({ id: g.id, name: g.name })),
      rootDeviceName: image.rootDeviceName,
      volumes,
      clientToken: token,
      userData,
      iamInstanceProfile: profile?.str('Name') ?? profile?.str('Arn'),
      metadataOptions: {
        httpTokens,
        httpEndpoint: metadata?.str('HttpEndpoint') ?? 'enabled',
        httpPutResponseHopLimit: metadata?.int('HttpPutResponseHopLimit') ?? 1
      },
      shutdownBehavior: shutdown as 'stop' | 'terminate',
      architecture: image.architecture,
      layers: image.layers,
      enaSupport: image.enaSupport,
      sriovNetSupport: image.sriovNetSupport,
      launchSettings
    });
    region.instances.set(id, instance);
    boot(world, region, instance);
    launched.push(instance);
  }
  return launchAnswer(region, launched);
};

/**
 * RunInstances' answer as EC2 gives it: the private address is there at once, the public one is
 * assigned a moment later while the instance is pending (DescribeInstances shows it).
 */
function launchAnswer(region: Region, instances: Instance[]): XmlObject {
  const answer = reservation(region, instances);
  answer.instancesSet = instances.map(i => ({
    ...renderInstance(region, i),
    ipAddress: undefined,
    dnsName: ''
  }));
  return answer;
}

function pickSubnet({ world, region, params }: ActionContext, subnetId: string | undefined) {
  if (subnetId) return world.get(region, 'subnet', subnetId);
  const zone = params.obj('Placement')?.str('AvailabilityZone');
  const defaults = [...region.subnets.values()].filter(s => s.defaultForAz);
  const subnet = zone ? defaults.find(s => s.availabilityZone === zone) : defaults[0];
  if (!subnet) {
    throw new Ec2Error(
      'InvalidParameterValue',
      zone ? `Invalid availability zone: [${zone}]` : 'No default subnet for this region'
    );
  }
  return subnet;
}

function reservation(region: Region, instances: Instance[]): XmlObject {
  return {
    reservationId: instances[0].reservationId,
    ownerId: '123456789012',
    groupSet: [],
    instancesSet: instances.map(i => renderInstance(region, i))
  };
}

function instanceFields(i: Instance, name: string) {
  const fields: Record<string, (string | undefined)[]> = {
    'instance-id': [i.id],
    'instance-state-name': [i.state],
    'instance-state-code': [String(INSTANCE_STATE_CODES[i.state])],
    'image-id': [i.imageId],
    'instance-type': [i.instanceType],
    'key-name': [i.keyName],
    'vpc-id': [i.vpcId],
    'subnet-id': [i.subnetId],
    'availability-zone': [i.availabilityZone],
    'private-ip-address': [i.privateIp],
    'ip-address': [i.publicIp],
    'client-token': [i.clientToken],
    'reservation-id': [i.reservationId],
    'instance.group-id': i.groups.map(g => g.id),
    'instance.group-name': i.groups.map(g => g.name),
    'group-id': i.groups.map(g => g.id),
    'network-interface.addresses.private-ip-address': [i.privateIp]
  };
  return fields[name];
}

function selectInstances(world: World, region: Region, params: Params): Instance[] {
  const ids = params.list('InstanceId');
  const all = ids.length
    ? ids.map(id => world.get(region, 'instance', id))
    : [...region.instances.values()].filter(i => world.visible(i));
  return applyFilters(all, readFilters(params), instanceFields);
}

export const describeInstances: Handler = ({ world, region, params }) => {
  const instances = selectInstances(world, region, params);
  const byReservation = new Map<string, Instance[]>();
  for (const i of instances)
    byReservation.set(i.reservationId, [...(byReservation.get(i.reservationId) ?? []), i]);
  return { reservationSet: [...byReservation.values()].map(group => reservation(region, group)) };
};

export const describeInstanceStatus: Handler = ({ world, region, params }) => {
  const includeAll = params.bool('IncludeAllInstances') ?? false;
  const instances = selectInstances(world, region, params).filter(i => includeAll || i.state === 'running');
  return {
    instanceStatusSet: instances.map(i => {
      const ready = i.state === 'running' && (!world.ssh || !!i.host);
      const status = i.state === 'running' ? (ready ? 'ok' : 'initializing') : 'not-applicable';
      const detail = { name: 'reachability', status: ready ? 'passed' : 'initializing' };
      return {
        instanceId: i.id,
        availabilityZone: i.availabilityZone,
        instanceState: stateOf(i.state),
        systemStatus: { status, details: i.state === 'running' ? [detail] : [] },
        instanceStatus: { status, details: i.state === 'running' ? [detail] : [] }
      };
    })
  };
};

function stateChanges(ctx: ActionContext, change: (instance: Instance) => void): XmlObject {
  const { world, region, params } = ctx;
  checkDryRun(params);
  const ids = params.list('InstanceId');
  if (ids.length === 0)
    throw new Ec2Error('MissingParameter', 'The request must contain the parameter InstanceId');
  const instances = ids.map(id => world.get(region, 'instance', id));
  const changes = instances.map(instance => {
    const previousState = stateOf(instance.state);
    change(instance);
    return { instanceId: instance.id, currentState: stateOf(instance.state), previousState };
  });
  return { instancesSet: changes };
}

export const stopInstances: Handler = ctx =>
  stateChanges(ctx, instance => {
    if (instance.state === 'stopping' || instance.state === 'stopped') return;
    if (instance.state !== 'running') {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `This instance '${instance.id}' is not in a state from which it can be stopped.`
      );
    }
    stop(ctx.world, instance);
  });

export const startInstances: Handler = ctx =>
  stateChanges(ctx, instance => {
    if (instance.state === 'pending' || instance.state === 'running') return;
    if (instance.state !== 'stopped') {
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${instance.id}' is not in a state from which it can be started.`
      );
    }
    instance.stateReason = undefined;
    boot(ctx.world, ctx.region, instance);
  });

export const terminateInstances: Handler = ctx =>
  stateChanges(ctx, instance => {
    if (instance.state === 'shutting-down' || instance.state === 'terminated') return;
    terminate(ctx.world, ctx.region, instance);
  });

/** The console, as cloud-init prints it, including the host key fingerprints once booted. */
/** A fingerprint of some other key: what a lying console (or a machine in the middle) would show. */
const otherFingerprint = (real: string) =>
  createHash('sha256').update(`not ${real}`).digest('base64').replace(/=+$/, '');

export const getConsoleOutput: Handler = ({ world, region, params }) => {
  const instance = world.get(region, 'instance', params.required('InstanceId'));
  const key = instance.hostKey;
  if (!key || instance.state === 'pending') return { instanceId: instance.id, timestamp: new Date() };
  const host = `ip-${dashed(instance.privateIp)}`;
  const text = [
    `[    0.000000] Linux version 6.1.0 (simulated)`,
    `Cloud-init v. 23.4 running 'modules:config'`,
    `ec2: `,
    `ec2: #############################################################`,
    `ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----`,
    `ec2: ${key.bits} SHA256:${world.consoleHostKey === 'wrong' ? otherFingerprint(key.fingerprint) : key.fingerprint} root@${host} (${key.type})`,
    `ec2: -----END SSH HOST KEY FINGERPRINTS-----`,
    `ec2: #############################################################`,
    `-----BEGIN SSH HOST KEY KEYS-----`,
    `${key.publicKey.split(/\s+/).slice(0, 2).join(' ')} root@${host}`,
    `-----END SSH HOST KEY KEYS-----`,
    `Cloud-init v. 23.4 finished. Datasource DataSourceEc2Local.`,
    ''
  ].join('\n');
  return { instanceId: instance.id, timestamp: new Date(), output: Buffer.from(text).toString('base64') };
};
