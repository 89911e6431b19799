// What a fresh account sees in each region: a default VPC with one default subnet per
// availability zone, the VPC's default security group, and a few public images owned by
// Canonical and Amazon, named as theirs are, so real source_ami_filter blocks resolve.
import { createHash } from 'node:crypto';
import type { Image, Region, SecurityGroup, Subnet, Vpc } from './model.js';

export const CANONICAL = '099720109477';
export const AMAZON = '137112412989';

/** Stable per-region ids, so a seeded image has the same id in every run. */
const stableId = (prefix: string, ...parts: string[]) =>
  `${prefix}-${createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 17)}`;

interface SeedImage {
  name: string;
  description: string;
  owner: string;
  alias?: string;
  user: string;
  created: string;
  architecture?: string;
}

export const SEED_IMAGES: SeedImage[] = [
  {
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240111',
    description: 'Canonical, Ubuntu, 22.04 LTS, amd64 jammy image build on 2024-01-11',
    owner: CANONICAL,
    user: 'ubuntu',
    created: '2024-01-11T12:00:00.000Z'
  },
  {
    name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301',
    description: 'Canonical, Ubuntu, 22.04 LTS, amd64 jammy image build on 2024-03-01',
    owner: CANONICAL,
    user: 'ubuntu',
    created: '2024-03-01T12:00:00.000Z'
  },
  {
    name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240801',
    description: 'Canonical, Ubuntu, 24.04 LTS, amd64 noble image build on 2024-08-01',
    owner: CANONICAL,
    user: 'ubuntu',
    created: '2024-08-01T12:00:00.000Z'
  },
  {
    name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20240801',
    description: 'Canonical, Ubuntu, 24.04 LTS, arm64 noble image build on 2024-08-01',
    owner: CANONICAL,
    user: 'ubuntu',
    created: '2024-08-01T12:00:00.000Z',
    architecture: 'arm64'
  },
  {
    name: 'al2023-ami-2023.5.20240805.0-kernel-6.1-x86_64',
    description: 'Amazon Linux 2023 AMI 2023.5.20240805.0 x86_64 HVM kernel-6.1',
    owner: AMAZON,
    alias: 'amazon',
    user: 'ec2-user',
    created: '2024-08-05T12:00:00.000Z'
  },
  {
    name: 'amzn2-ami-kernel-5.10-hvm-2.0.20240719.0-x86_64-gp2',
    description: 'Amazon Linux 2 Kernel 5.10 AMI 2.0.20240719.0 x86_64 HVM gp2',
    owner: AMAZON,
    alias: 'amazon',
    user: 'ec2-user',
    created: '2024-07-19T12:00:00.000Z'
  }
];

export function seedRegion(name: string): Region {
  const region: Region = {
    name,
    images: new Map(),
    instances: new Map(),
    keyPairs: new Map(),
    securityGroups: new Map(),
    volumes: new Map(),
    snapshots: new Map(),
    vpcs: new Map(),
    subnets: new Map(),
    launchTemplates: new Map()
  };
  const base = { region: name, seed: true, visibleAt: 0 };
  const vpc: Vpc = {
    ...base,
    id: stableId('vpc', name),
    tags: new Map(),
    cidrBlock: '172.31.0.0/16',
    isDefault: true
  };
  region.vpcs.set(vpc.id, vpc);
  ['a', 'b', 'c'].forEach((zone, i) => {
    const subnet: Subnet = {
      ...base,
      id: stableId('subnet', name, zone),
      tags: new Map(),
      vpcId: vpc.id,
      cidrBlock: `172.31.${i * 16}.0/20`,
      availabilityZone: `${name}${zone}`,
      defaultForAz: true,
      mapPublicIpOnLaunch: true
    };
    region.subnets.set(subnet.id, subnet);
  });
  const group: SecurityGroup = {
    ...base,
    id: stableId('sg', name),
    tags: new Map(),
    name: 'default',
    description: 'default VPC security group',
    vpcId: vpc.id,
    ingress: [],
    egress: [{ ipProtocol: '-1', cidrs: ['0.0.0.0/0'], groups: [] }],
    isDefault: true
  };
  region.securityGroups.set(group.id, group);

  for (const seed of SEED_IMAGES) {
    const image: Image = {
      ...base,
      id: stableId('ami', name, seed.name),
      tags: new Map(),
      name: seed.name,
      description: seed.description,
      ownerId: seed.owner,
      ownerAlias: seed.alias,
      state: 'available',
      creationDate: new Date(seed.created),
      isPublic: true,
      architecture: seed.architecture ?? 'x86_64',
      rootDeviceName: seed.user === 'ubuntu' ? '/dev/sda1' : '/dev/xvda',
      virtualizationType: 'hvm',
      enaSupport: true,
      blockDevices: [
        {
          deviceName: seed.user === 'ubuntu' ? '/dev/sda1' : '/dev/xvda',
          snapshotId: stableId('snap', name, seed.name),
          volumeSize: 8,
          volumeType: seed.name.includes('gp3') ? 'gp3' : 'gp2',
          deleteOnTermination: true,
          encrypted: false
        }
      ],
      launchUsers: new Set(),
      launchGroups: new Set(['all']),
      defaultUser: seed.user,
      layers: []
    };
    region.images.set(image.id, image);
  }
  return region;
}
