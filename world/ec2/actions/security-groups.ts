// Security groups: create in a VPC, authorize ingress, describe with filters, and delete,
// which fails with DependencyViolation while a live instance still uses the group.
import { Ec2Error } from '../errors.js';
import { applyFilters, readFilters } from '../filters.js';
import { newId } from '../ids.js';
import type { Permission, SecurityGroup } from '../model.js';
import type { Params } from '../query.js';
import type { Handler } from './context.js';
import { checkDryRun, ok, tagSet, tagsFor } from './context.js';

export const createSecurityGroup: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const name = params.required('GroupName');
  const description = params.required('GroupDescription');
  const vpcId = params.str('VpcId') || [...region.vpcs.values()].find(v => v.isDefault)?.id;
  if (!vpcId) throw new Ec2Error('VPCIdNotSpecified', 'No default VPC for this user');
  world.get(region, 'vpc', vpcId);
  if (name.startsWith('sg-'))
    throw new Ec2Error('InvalidParameterValue', 'Group names may not be in the format sg-*');
  if ([...region.securityGroups.values()].some(g => g.vpcId === vpcId && g.name === name)) {
    throw new Ec2Error(
      'InvalidGroup.Duplicate',
      `The security group '${name}' already exists for VPC '${vpcId}'`
    );
  }
  const group = world.born<SecurityGroup>('security-group', {
    id: newId('sg'),
    region: region.name,
    tags: tagsFor(params, 'security-group', ['security-group']),
    name,
    description,
    vpcId,
    ingress: [],
    egress: [{ ipProtocol: '-1', cidrs: ['0.0.0.0/0'], groups: [] }],
    isDefault: false
  });
  region.securityGroups.set(group.id, group);
  return { return: true, groupId: group.id, tagSet: tagSet(group.tags) };
};

function readPermissions(params: Params): Permission[] {
  const perms = params.objects('IpPermissions').map(p => ({
    ipProtocol: p.required('IpProtocol'),
    fromPort: p.int('FromPort'),
    toPort: p.int('ToPort'),
    cidrs: p.objects('IpRanges').map(r => r.required('CidrIp')),
    groups: p.objects('Groups').map(g => g.required('GroupId'))
  }));
  // The older flat form: IpProtocol, FromPort, ToPort, CidrIp at the top level.
  const flat = params.str('IpProtocol');
  if (flat) {
    perms.push({
      ipProtocol: flat,
      fromPort: params.int('FromPort'),
      toPort: params.int('ToPort'),
      cidrs: params.list('CidrIp'),
      groups: params.list('SourceSecurityGroupName')
    });
  }
  for (const p of perms) {
    for (const cidr of p.cidrs) {
      if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr)) {
        throw new Ec2Error('InvalidParameterValue', `CIDR block ${cidr} is malformed`);
      }
    }
  }
  if (perms.length === 0) throw new Ec2Error('MissingParameter', 'No IP permissions given');
  return perms;
}

const samePermission = (a: Permission, b: Permission) =>
  a.ipProtocol === b.ipProtocol && a.fromPort === b.fromPort && a.toPort === b.toPort;

export const authorizeSecurityGroupIngress: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const group = world.get(region, 'security-group', params.required('GroupId'));
  for (const perm of readPermissions(params)) {
    const existing = group.ingress.find(p => samePermission(p, perm));
    const duplicate = existing && perm.cidrs.some(c => existing.cidrs.includes(c));
    if (duplicate) {
      throw new Ec2Error(
        'InvalidPermission.Duplicate',
        `the specified rule "peer: ${perm.cidrs[0]}, ${perm.ipProtocol.toUpperCase()}, from port: ${perm.fromPort}, to port: ${perm.toPort}, ALLOW" already exists`
      );
    }
    if (existing) existing.cidrs.push(...perm.cidrs);
    else group.ingress.push(perm);
  }
  return ok();
};

function groupFields(g: SecurityGroup, name: string) {
  const fields: Record<string, string[]> = {
    'group-id': [g.id],
    'group-name': [g.name],
    'vpc-id': [g.vpcId],
    description: [g.description],
    'owner-id': ['123456789012'],
    'ip-permission.cidr': g.ingress.flatMap(p => p.cidrs),
    'ip-permission.from-port': g.ingress.map(p => String(p.fromPort)),
    'ip-permission.to-port': g.ingress.map(p => String(p.toPort)),
    'ip-permission.protocol': g.ingress.map(p => p.ipProtocol)
  };
  return fields[name];
}

const renderPermissions = (perms: Permission[]) =>
  perms.map(p => ({
    ipProtocol: p.ipProtocol,
    fromPort: p.fromPort,
    toPort: p.toPort,
    groups: p.groups.map(groupId => ({ groupId, userId: '123456789012' })),
    ipRanges: p.cidrs.map(cidrIp => ({ cidrIp })),
    ipv6Ranges: [],
    prefixListIds: []
  }));

export const describeSecurityGroups: Handler = ({ world, region, params, account }) => {
  const ids = params.list('GroupId');
  const names = params.list('GroupName');
  let groups = [...region.securityGroups.values()].filter(g => world.visible(g));
  if (ids.length || names.length) {
    groups = ids.map(id => world.get(region, 'security-group', id));
    for (const name of names) {
      const g = [...region.securityGroups.values()].find(x => x.name === name && world.visible(x));
      if (!g)
        throw new Ec2Error(
          'InvalidGroup.NotFound',
          `The security group '${name}' does not exist in default VPC`
        );
      groups.push(g);
    }
  }
  return {
    securityGroupInfo: applyFilters(groups, readFilters(params), groupFields).map(g => ({
      ownerId: account,
      groupId: g.id,
      groupName: g.name,
      groupDescription: g.description,
      vpcId: g.vpcId,
      ipPermissions: renderPermissions(g.ingress),
      ipPermissionsEgress: renderPermissions(g.egress),
      tagSet: tagSet(g.tags)
    }))
  };
};

export const deleteSecurityGroup: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const id = params.str('GroupId');
  const group = id
    ? world.get(region, 'security-group', id)
    : [...region.securityGroups.values()].find(g => g.name === params.required('GroupName'));
  if (!group)
    throw new Ec2Error(
      'InvalidGroup.NotFound',
      `The security group '${params.str('GroupName')}' does not exist`
    );
  if (group.isDefault)
    throw new Ec2Error(
      'CannotDelete',
      `the specified group: "${group.id}" name: "default" cannot be deleted by a user`
    );
  const user = [...region.instances.values()].find(
    i => i.state !== 'terminated' && i.groups.some(g => g.id === group.id)
  );
  if (user) {
    throw new Ec2Error('DependencyViolation', `resource ${group.id} has a dependent object`);
  }
  region.securityGroups.delete(group.id);
  return { return: true, groupId: group.id };
};
