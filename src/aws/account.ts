// Which AWS account a client's credentials reach. STS GetCallerIdentity would say it directly, but
// the action talks to EC2 only (and the test world simulates EC2 only), so the account is read the
// way EC2 itself reports it: the OwnerId of the default security group, which every VPC has and no
// one can delete. One call, allowed by the ec2:DescribeSecurityGroups the build already needs.
import { DescribeSecurityGroupsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import { unlessAborted } from './retry.js';

export async function accountOf(ec2: EC2Client, region: string, signal?: AbortSignal): Promise<string> {
  return (await accountAndDefaultGroups(ec2, region, signal)).account;
}

/** The account, and the same answer's default security group of each VPC (vpc id → group id). */
export async function accountAndDefaultGroups(
  ec2: EC2Client,
  region: string,
  signal?: AbortSignal
): Promise<{ account: string; defaultGroups: Record<string, string> }> {
  const doing = `finding the AWS account the credentials reach in ${region}`;
  const { SecurityGroups = [] } = await unlessAborted(
    ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['default'] }] }), {
      abortSignal: signal
    }),
    signal
  ).catch(error => {
    if (signal?.aborted) throw error;
    throw new AwsOperationError({ operation: 'DescribeSecurityGroups', doing, cause: error });
  });
  const owner = SecurityGroups.find(g => g.OwnerId)?.OwnerId;
  if (!owner) {
    throw new AwsOperationError({
      operation: 'DescribeSecurityGroups',
      doing,
      hint: 'EC2 listed no default security group to read the account id from'
    });
  }
  const defaultGroups: Record<string, string> = {};
  for (const g of SecurityGroups) if (g.VpcId && g.GroupId) defaultGroups[g.VpcId] = g.GroupId;
  return { account: owner, defaultGroups };
}
