// The simulator's resources. One Region holds everything AWS scopes to a region; tags are
// kept on every resource the way EC2 keeps them (a key -> value map).

import type { InstanceHost } from './instance-host.js';

export type Tags = Map<string, string>;

export interface Resource {
  id: string;
  region: string;
  tags: Tags;
  /** Created by the simulator's seed, not by a client: never reported as a leftover. */
  seed?: boolean;
  /** Eventual consistency: the resource is NotFound to clients until this time. */
  visibleAt: number;
}

export type StateReason = { code: string; message: string };

export interface BlockDevice {
  deviceName: string;
  snapshotId?: string;
  volumeSize: number;
  volumeType: string;
  deleteOnTermination: boolean;
  encrypted: boolean;
  iops?: number;
  throughput?: number;
  kmsKeyId?: string;
  noDevice?: boolean;
  virtualName?: string;
}

export interface Image extends Resource {
  name: string;
  description?: string;
  ownerId: string;
  ownerAlias?: string;
  state: 'pending' | 'available' | 'failed' | 'deregistered';
  stateReason?: StateReason;
  creationDate: Date;
  isPublic: boolean;
  architecture: string;
  rootDeviceName: string;
  virtualizationType: string;
  enaSupport: boolean;
  blockDevices: BlockDevice[];
  launchUsers: Set<string>;
  launchGroups: Set<string>;
  deprecationTime?: Date;
  /** The login user cloud-init would create on an instance of this image. */
  defaultUser: string;
  /** Filesystem layers (directories, newest first) that instances of this image see. */
  layers: string[];
  /** EnableImageDeregistrationProtection: DeregisterImage is refused while it is set. */
  deregistrationProtection?: 'enabled-with-cooldown' | 'enabled-without-cooldown';
  /** "simple" once SR-IOV was enabled on the instance it was made from. */
  sriovNetSupport?: string;
  /** "v2.0": instances launched from it require IMDSv2 (ModifyImageAttribute ImdsSupport). */
  imdsSupport?: string;
  productCodes?: string[];
  /** Launch permissions for AWS Organizations and organizational units, by ARN. */
  launchOrgArns?: Set<string>;
  launchOuArns?: Set<string>;
}

/** RunInstances placement, credit and capacity reservation settings (actions/launch-settings.ts). */
export interface LaunchSettings {
  tenancy: string;
  hostId?: string;
  hostResourceGroupArn?: string;
  /** Burstable types only: "standard" or "unlimited". */
  cpuCredits?: string;
  capacityReservationPreference?: string;
  capacityReservationId?: string;
  capacityReservationResourceGroupArn?: string;
}

export type InstanceStateName =
  'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export const INSTANCE_STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
};

export interface Instance extends Resource {
  reservationId: string;
  imageId: string;
  state: InstanceStateName;
  stateReason?: StateReason;
  stateTransitionReason: string;
  instanceType: string;
  keyName?: string;
  /** Public keys (OpenSSH one-line form) that cloud-init installs for the default user. */
  authorizedKeys: string[];
  defaultUser: string;
  launchTime: Date;
  availabilityZone: string;
  subnetId: string;
  vpcId: string;
  privateIp: string;
  publicIp?: string;
  groups: { id: string; name: string }[];
  rootDeviceName: string;
  volumes: { deviceName: string; volumeId: string; deleteOnTermination: boolean; attachTime: Date }[];
  clientToken?: string;
  userData?: string;
  iamInstanceProfile?: string;
  metadataOptions: { httpTokens: string; httpEndpoint: string; httpPutResponseHopLimit: number };
  shutdownBehavior: 'stop' | 'terminate';
  architecture: string;
  /** Base filesystem layers from the image; the instance writes to its own upper layer. */
  layers: string[];
  /** Set when a spot fleet launched it: its spot request, which CreateTags can tag. */
  spotRequest?: { id: string; tags: Tags };
  /** Host key of this instance's sshd (OpenSSH public key line) and its SHA256 fingerprint. */
  hostKey?: { type: string; publicKey: string; fingerprint: string; bits: number };
  host?: InstanceHost;
  terminatedAt?: number;
  /** From the image at launch; ModifyInstanceAttribute changes them while stopped. Unset ENA: true. */
  enaSupport?: boolean;
  sriovNetSupport?: string;
  launchSettings?: LaunchSettings;
}

export interface KeyPair extends Resource {
  name: string;
  fingerprint: string;
  type: 'rsa' | 'ed25519';
  publicKey: string;
  createTime: Date;
}

export interface Permission {
  ipProtocol: string;
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  groups: string[];
}

export interface SecurityGroup extends Resource {
  name: string;
  description: string;
  vpcId: string;
  ingress: Permission[];
  egress: Permission[];
  isDefault: boolean;
}

export interface Volume extends Resource {
  size: number;
  snapshotId?: string;
  availabilityZone: string;
  state: 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted';
  attachment?: { instanceId: string; device: string; deleteOnTermination: boolean; attachTime: Date };
  volumeType: string;
  encrypted: boolean;
  createTime: Date;
  iops?: number;
  /** Filesystem contents, carried into snapshots so images registered from them keep files. */
  layers: string[];
}

export interface Snapshot extends Resource {
  volumeId: string;
  ownerId: string;
  state: 'pending' | 'completed' | 'error';
  startTime: Date;
  /** Date.now() when a pending snapshot completes: Progress advances linearly from startTime to it. */
  completesAt?: number;
  volumeSize: number;
  description: string;
  encrypted: boolean;
  createVolumeUsers: Set<string>;
  createVolumeGroups: Set<string>;
  layers: string[];
}

export interface Vpc extends Resource {
  cidrBlock: string;
  isDefault: boolean;
}

export interface Subnet extends Resource {
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
  defaultForAz: boolean;
  mapPublicIpOnLaunch: boolean;
  /** Free IPv4 addresses (DescribeSubnets' AvailableIpAddressCount); unset: 4091, a fresh /20. */
  availableIpAddressCount?: number;
}

/** One version of a launch template: what it launches (only the fields a test needs are read). */
export interface LaunchTemplateVersion {
  number: number;
  description?: string;
  createTime: Date;
  createdBy: string;
  /** LaunchTemplateData as the request gave it (ImageId, InstanceType, ...), merged over its source version. */
  data: Record<string, unknown>;
  clientToken?: string;
}

export interface LaunchTemplate extends Resource {
  name: string;
  createTime: Date;
  createdBy: string;
  defaultVersion: number;
  versions: LaunchTemplateVersion[];
}

export interface Region {
  name: string;
  images: Map<string, Image>;
  instances: Map<string, Instance>;
  keyPairs: Map<string, KeyPair>;
  securityGroups: Map<string, SecurityGroup>;
  volumes: Map<string, Volume>;
  snapshots: Map<string, Snapshot>;
  vpcs: Map<string, Vpc>;
  subnets: Map<string, Subnet>;
  launchTemplates: Map<string, LaunchTemplate>;
}

export type ResourceKind =
  | 'image'
  | 'instance'
  | 'key-pair'
  | 'security-group'
  | 'volume'
  | 'snapshot'
  | 'vpc'
  | 'subnet'
  | 'launch-template';

/** DescribeSnapshots' Progress: "0%" at the start, "100%" once completed, linear in between. */
export function snapshotProgress(s: Snapshot, now = Date.now()): string {
  if (s.state === 'completed') return '100%';
  if (s.state !== 'pending' || s.completesAt === undefined) return '0%';
  const span = s.completesAt - s.startTime.getTime();
  const done = span <= 0 ? 99 : Math.floor(((now - s.startTime.getTime()) / span) * 100);
  return `${Math.max(0, Math.min(99, done))}%`;
}

export function tagList(tags: Tags): { key: string; value: string }[] {
  return [...tags].map(([key, value]) => ({ key, value }));
}
