// Resolves vpc_filter, subnet_filter and security_group_filter before launch, as Packer's
// StepNetworkInfo and StepSecurityGroup do: exactly one VPC must match; one subnet must match,
// or most_free picks the one with the most free addresses, or random any; every matching
// security group is attached. Ids given in the template win over filters. Creates nothing.
import {
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type Filter,
  type Subnet
} from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../../errors.js';
import type { StringMap } from '../../template/types.js';
import type { BuildContext, BuildState } from '../context.js';
import type { Step } from '../runner.js';

const TITLE = 'Find network';

const toFilters = (filters: StringMap): Filter[] =>
  Object.entries(filters).map(([Name, value]) => ({ Name, Values: [value] }));

const shown = (filters: StringMap) =>
  Object.entries(filters)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');

export function findNetwork(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  const wantsVpc = b.vpcId === undefined && b.vpcFilter !== undefined;
  const wantsSubnet = b.subnetId === undefined && b.subnetFilter !== undefined;
  const wantsGroups = b.securityGroupIds.length === 0 && b.securityGroupFilter !== undefined;
  if (!wantsVpc && !wantsSubnet && !wantsGroups) return undefined;
  const { ec2, log } = ctx;
  const failed = (operation: string, doing: string) => (cause: unknown) => {
    throw new AwsOperationError({ operation, doing, cause });
  };
  return {
    title: TITLE,
    async run(state) {
      let vpcId = b.vpcId;
      if (wantsVpc) {
        const filters = b.vpcFilter!.filters;
        const { Vpcs = [] } = await ec2
          .send(new DescribeVpcsCommand({ Filters: toFilters(filters) }))
          .catch(failed('DescribeVpcs', 'querying VPCs for vpc_filter'));
        if (Vpcs.length !== 1) {
          throw new AwsOperationError({
            operation: 'DescribeVpcs',
            doing: `vpc_filter: exactly one VPC should match the filter, but ${Vpcs.length} matched (${shown(filters)})`
          });
        }
        vpcId = Vpcs[0].VpcId!;
        log.info(`Found VPC ${vpcId} (vpc_filter)`);
      }
      let subnetId = b.subnetId;
      if (wantsSubnet) {
        const filter = b.subnetFilter!;
        const filters: Record<string, string> = { ...filter.filters, state: 'available' };
        if (vpcId !== undefined) filters['vpc-id'] = vpcId;
        if (b.availabilityZone !== undefined) filters.availabilityZone = b.availabilityZone;
        const { Subnets = [] } = await ec2
          .send(new DescribeSubnetsCommand({ Filters: toFilters(filters) }))
          .catch(failed('DescribeSubnets', 'querying subnets for subnet_filter'));
        if (Subnets.length === 0) {
          throw new AwsOperationError({
            operation: 'DescribeSubnets',
            doing: `subnet_filter: no subnet matches the filter (${shown(filters)})`
          });
        }
        if (Subnets.length > 1 && !filter.mostFree && !filter.random) {
          throw new AwsOperationError({
            operation: 'DescribeSubnets',
            doing:
              `subnet_filter: the filter matched ${Subnets.length} subnets; make it more specific, ` +
              'or set most_free or random to true'
          });
        }
        const subnet = filter.mostFree
          ? mostFree(Subnets)
          : filter.random
            ? Subnets[Math.floor(Math.random() * Subnets.length)]
            : Subnets[0];
        subnetId = subnet.SubnetId!;
        vpcId ??= subnet.VpcId;
        log.info(
          `Found subnet ${subnetId} in ${subnet.AvailabilityZone} with ${subnet.AvailableIpAddressCount} free addresses (subnet_filter)`
        );
      }
      state.network = { vpcId, subnetId };
      if (wantsGroups) {
        const filters: Record<string, string> = { ...b.securityGroupFilter!.filters };
        if (vpcId !== undefined) filters['vpc-id'] = vpcId;
        const { SecurityGroups = [] } = await ec2
          .send(new DescribeSecurityGroupsCommand({ Filters: toFilters(filters) }))
          .catch(failed('DescribeSecurityGroups', 'querying security groups for security_group_filter'));
        if (SecurityGroups.length === 0) {
          throw new AwsOperationError({
            operation: 'DescribeSecurityGroups',
            doing: `security_group_filter: no security group matches the filter (${shown(filters)})`
          });
        }
        state.securityGroupIds = SecurityGroups.map(g => g.GroupId!);
        log.info(`Found security groups ${state.securityGroupIds.join(', ')} (security_group_filter)`);
      }
    }
  };
}

/** Packer's mostFreeSubnet: the first of those with the most free IPv4 addresses. */
function mostFree(subnets: Subnet[]): Subnet {
  return subnets.reduce((best, s) =>
    (s.AvailableIpAddressCount ?? 0) > (best.AvailableIpAddressCount ?? 0) ? s : best
  );
}
