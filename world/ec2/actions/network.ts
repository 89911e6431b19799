// Regions, zones, account attributes, VPCs and subnets: read-only, from the seed.
import { applyFilters, readFilters } from '../filters.js';
import type { Subnet, Vpc } from '../model.js';
import type { Handler } from './context.js';
import { tagSet } from './context.js';

export const describeRegions: Handler = ({ world, params }) => {
  const wanted = params.list('RegionName');
  const names = [...world.regions.keys()].filter(n => wanted.length === 0 || wanted.includes(n));
  return {
    regionInfo: names.map(regionName => ({
      regionName,
      regionEndpoint: `ec2.${regionName}.amazonaws.com`,
      optInStatus: 'opt-in-not-required'
    }))
  };
};

export const describeAvailabilityZones: Handler = ({ region, params }) => {
  const zones = [...new Set([...region.subnets.values()].map(s => s.availabilityZone))].sort();
  const wanted = params.list('ZoneName');
  return {
    availabilityZoneInfo: zones
      .filter(z => wanted.length === 0 || wanted.includes(z))
      .map((zoneName, i) => ({
        zoneName,
        zoneState: 'available',
        regionName: region.name,
        zoneId: `${region.name.replace(/-/g, '').slice(0, 4)}-az${i + 1}`,
        zoneType: 'availability-zone',
        optInStatus: 'opt-in-not-required',
        messageSet: []
      }))
  };
};

export const describeAccountAttributes: Handler = ({ region, params }) => {
  const defaultVpc = [...region.vpcs.values()].find(v => v.isDefault)?.id ?? 'none';
  const all: Record<string, string[]> = {
    'supported-platforms': ['VPC'],
    'default-vpc': [defaultVpc],
    'max-instances': ['20'],
    'vpc-max-security-groups-per-interface': ['5'],
    'max-elastic-ips': ['5'],
    'vpc-max-elastic-ips': ['5']
  };
  const wanted = params.list('AttributeName');
  return {
    accountAttributeSet: Object.entries(all)
      .filter(([name]) => wanted.length === 0 || wanted.includes(name))
      .map(([attributeName, values]) => ({
        attributeName,
        attributeValueSet: values.map(attributeValue => ({ attributeValue }))
      }))
  };
};

function vpcFields(v: Vpc, name: string) {
  const fields: Record<string, string[]> = {
    'vpc-id': [v.id],
    'is-default': [String(v.isDefault)],
    'cidr-block': [v.cidrBlock],
    cidr: [v.cidrBlock],
    state: ['available'],
    'owner-id': ['123456789012']
  };
  return fields[name];
}

export const describeVpcs: Handler = ({ world, region, params }) => {
  const ids = params.list('VpcId');
  const vpcs = ids.length ? ids.map(id => world.get(region, 'vpc', id)) : [...region.vpcs.values()];
  return {
    vpcSet: applyFilters(vpcs, readFilters(params), vpcFields).map(v => ({
      vpcId: v.id,
      ownerId: '123456789012',
      state: 'available',
      cidrBlock: v.cidrBlock,
      dhcpOptionsId: 'dopt-0000000000000000a',
      instanceTenancy: 'default',
      isDefault: v.isDefault,
      tagSet: tagSet(v.tags)
    }))
  };
};

function subnetFields(s: Subnet, name: string) {
  const fields: Record<string, string[]> = {
    'subnet-id': [s.id],
    'vpc-id': [s.vpcId],
    'availability-zone': [s.availabilityZone],
    availabilityZone: [s.availabilityZone],
    'cidr-block': [s.cidrBlock],
    'default-for-az': [String(s.defaultForAz)],
    defaultForAz: [String(s.defaultForAz)],
    'map-public-ip-on-launch': [String(s.mapPublicIpOnLaunch)],
    state: ['available']
  };
  return fields[name];
}

export const describeSubnets: Handler = ({ world, region, params }) => {
  const ids = params.list('SubnetId');
  const subnets = ids.length ? ids.map(id => world.get(region, 'subnet', id)) : [...region.subnets.values()];
  return {
    subnetSet: applyFilters(subnets, readFilters(params), subnetFields).map(s => ({
      subnetId: s.id,
      subnetArn: `arn:aws:ec2:${region.name}:123456789012:subnet/${s.id}`,
      state: 'available',
      ownerId: '123456789012',
      vpcId: s.vpcId,
      cidrBlock: s.cidrBlock,
      availableIpAddressCount: s.availableIpAddressCount ?? 4091,
      availabilityZone: s.availabilityZone,
      defaultForAz: s.defaultForAz,
      mapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
      tagSet: tagSet(s.tags)
    }))
  };
};
