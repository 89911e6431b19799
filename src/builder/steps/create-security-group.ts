// The temporary security group: in the build's VPC (from subnet_id, vpc_id, or the default
// VPC), admitting the SSH port from temporary_security_group_source_cidrs, or from the
// runner's own address with temporary_security_group_source_public_ip. Skipped when the user
// names their own groups, which are never deleted.
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand
} from '@aws-sdk/client-ec2';
import { errorCode, isNotFound } from '../../aws/errors.js';
import { retry } from '../../aws/retry.js';
import { AwsOperationError, messageOf } from '../../errors.js';
import { removeResource, teardownContext } from '../../cleanup/teardown.js';
import type { Step } from '../runner.js';
import { type BuildContext, type BuildState } from '../context.js';
import { toTagList } from '../../tags.js';

export function createSecurityGroup(ctx: BuildContext): Step<BuildState> {
  const { ec2, journal, log } = ctx;
  const b = ctx.plan.builder;
  return {
    title: 'Create temporary security group',
    async run(state) {
      if (b.securityGroupIds.length) {
        state.securityGroupIds = [...b.securityGroupIds];
        log.info(`Using security groups ${b.securityGroupIds.join(', ')}`);
        return;
      }
      // security_group_filter found them (find-network.ts): the user's groups, never deleted.
      if (state.securityGroupIds.length) return;
      const ssh = b.communicator.type === 'ssh' ? b.communicator : undefined;
      const subnetId = state.network?.subnetId ?? b.subnetId;
      const vpcId =
        state.network?.vpcId ?? b.vpcId ?? (subnetId ? await vpcOfSubnet(ctx, subnetId) : undefined);
      const name = `build-ami_${ctx.buildId}_${ctx.plan.name}`;
      let groupId: string;
      try {
        const created = await ec2.send(
          new CreateSecurityGroupCommand({
            GroupName: name,
            Description: `Temporary group for build-ami build ${ctx.buildId}`,
            VpcId: vpcId,
            TagSpecifications: [
              { ResourceType: 'security-group', Tags: toTagList({ ...ctx.temporaryTags, Name: name }) }
            ]
          })
        );
        groupId = created.GroupId!;
      } catch (error) {
        // Our earlier attempt created it but its answer was lost: adopt it.
        if (errorCode(error) !== 'InvalidGroup.Duplicate') {
          throw new AwsOperationError({
            operation: 'CreateSecurityGroup',
            doing: `creating temporary security group ${name}`,
            resource: name,
            cause: error
          });
        }
        const { SecurityGroups } = await ec2.send(
          new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: [name] }] })
        );
        groupId = SecurityGroups![0].GroupId!;
      }
      journal.created({ kind: 'security-group', id: groupId, region: b.region, build: ctx.plan.name });
      state.temporaryGroupId = groupId;
      state.securityGroupIds = [groupId];
      if (!ssh) return;
      if (ssh.interface === 'session_manager') {
        // Packer's SkipSSHRuleCreation: SSH arrives through Session Manager, not inbound.
        log.info(`Created temporary security group ${groupId}, admitting nothing (session_manager)`);
        return;
      }
      const cidrs = b.temporarySecurityGroupSourceCidrs.length
        ? [...b.temporarySecurityGroupSourceCidrs]
        : [await runnerCidr(ctx, b.temporarySecurityGroupSourcePublicIp)];
      // A group just created may not be visible to the next call yet (eventual consistency).
      await retry(
        () =>
          ec2.send(
            new AuthorizeSecurityGroupIngressCommand({
              GroupId: groupId,
              IpPermissions: [
                {
                  IpProtocol: 'tcp',
                  FromPort: ssh.port,
                  ToPort: ssh.port,
                  IpRanges: cidrs.map(CidrIp => ({ CidrIp }))
                }
              ]
            })
          ),
        { retryable: isNotFound, timeoutMs: 30_000, sleep: ctx.sleep }
      ).catch(error => {
        if (errorCode(error) === 'InvalidPermission.Duplicate') return;
        throw new AwsOperationError({
          operation: 'AuthorizeSecurityGroupIngress',
          doing: `opening port ${ssh.port} on ${groupId}`,
          resource: groupId,
          cause: error
        });
      });
      log.info(
        `Created temporary security group ${groupId}, admitting port ${ssh.port} from ${cidrs.join(', ')}`
      );
    },
    async cleanup(state) {
      if (!state.temporaryGroupId) return;
      // An instance whose termination failed still holds the group: fail at once, not after minutes.
      const instancesGone = !journal
        .outstanding()
        .some(e => e.kind === 'instance' && e.region === b.region && e.build === ctx.plan.name);
      await removeResource(
        teardownContext(ctx),
        {
          kind: 'security-group',
          id: state.temporaryGroupId,
          region: b.region
        },
        { instancesGone }
      );
      journal.deleted('security-group', state.temporaryGroupId);
      log.info(`Deleted temporary security group ${state.temporaryGroupId}`);
    }
  };
}

/**
 * The runner's own address as a /32: the secure default when no CIDRs are given. If it cannot be
 * found, temporary_security_group_source_public_ip (asked for explicitly) fails the build; our
 * default falls back to Packer's 0.0.0.0/0 and says so.
 */
async function runnerCidr(ctx: BuildContext, required: boolean): Promise<string> {
  try {
    return `${await ctx.publicIp()}/32`;
  } catch (error) {
    if (required) throw error;
    ctx.log.warning(
      `Could not find this runner's public address (${messageOf(error)}); ` +
        'the temporary security group admits SSH from 0.0.0.0/0, as Packer does. ' +
        'Set temporary_security_group_source_cidrs to narrow it.'
    );
    return '0.0.0.0/0';
  }
}

async function vpcOfSubnet({ ec2 }: BuildContext, subnetId: string): Promise<string> {
  const { Subnets } = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [subnetId] })).catch(error => {
    throw new AwsOperationError({
      operation: 'DescribeSubnets',
      doing: `subnet_id ${subnetId} was not found`,
      cause: error
    });
  });
  return Subnets![0].VpcId!;
}
