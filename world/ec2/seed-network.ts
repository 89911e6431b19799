// Extra networks for tests: VPCs, subnets (with their free address count) and security groups,
// seeded (never leftovers) beside the default VPC every region starts with.
import { newId } from './ids.js';
import type { SecurityGroup, Subnet, Vpc } from './model.js';
import type { World } from './world.js';

const tagMap = (tags: Record<string, string> = {}) => new Map(Object.entries(tags));

function regionOf(world: World, name: string) {
  const region = world.regions.get(name);
  if (!region) throw new Error(`no region ${name} in the simulator`);
  return region;
}

export function addVpc(
  world: World,
  region: string,
  vpc: { cidrBlock: string; tags?: Record<string, string> }
): Vpc {
  const made: Vpc = {
    id: newId('vpc'),
    region,
    seed: true,
    visibleAt: 0,
    tags: tagMap(vpc.tags),
    cidrBlock: vpc.cidrBlock,
    isDefault: false
  };
  regionOf(world, region).vpcs.set(made.id, made);
  return made;
}

export function addSubnet(
  world: World,
  region: string,
  subnet: { vpcId: string; zone: string; cidrBlock: string; free?: number; tags?: Record<string, string> }
): Subnet {
  const made: Subnet = {
    id: newId('subnet'),
    region,
    seed: true,
    visibleAt: 0,
    tags: tagMap(subnet.tags),
    vpcId: subnet.vpcId,
    cidrBlock: subnet.cidrBlock,
    availabilityZone: `${region}${subnet.zone}`,
    defaultForAz: false,
    mapPublicIpOnLaunch: true,
    availableIpAddressCount: subnet.free
  };
  regionOf(world, region).subnets.set(made.id, made);
  return made;
}

export function addSecurityGroup(
  world: World,
  region: string,
  group: { vpcId: string; name: string; tags?: Record<string, string> }
): SecurityGroup {
  const made: SecurityGroup = {
    id: newId('sg'),
    region,
    seed: true,
    visibleAt: 0,
    tags: tagMap(group.tags),
    name: group.name,
    description: group.name,
    vpcId: group.vpcId,
    ingress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['0.0.0.0/0'], groups: [] }],
    egress: [{ ipProtocol: '-1', cidrs: ['0.0.0.0/0'], groups: [] }],
    isDefault: false
  };
  regionOf(world, region).securityGroups.set(made.id, made);
  return made;
}
