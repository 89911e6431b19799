// A terminating instance keeps its security groups until EC2 has finished with it (a
// DeleteSecurityGroup meanwhile is refused with DependencyViolation). Moving the instance to
// its VPC's default group first frees the temporary group at once, so the build neither waits
// for the termination nor leaves the group behind. Best effort: false when it could not be done
// (the caller then waits for the termination, as before).
import {
  DescribeSecurityGroupsCommand,
  ModifyInstanceAttributeCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { describeError } from '../aws/errors.js';

export async function moveToDefaultGroup(
  ec2: EC2Client,
  instanceId: string,
  vpcId: string,
  log: (line: string) => void,
  /** The VPC's default group when already known (no lookup then). */
  known?: string
): Promise<boolean> {
  try {
    const { SecurityGroups = [] } = known
      ? { SecurityGroups: [{ GroupId: known }] }
      : await ec2.send(
          new DescribeSecurityGroupsCommand({
            Filters: [
              { Name: 'vpc-id', Values: [vpcId] },
              { Name: 'group-name', Values: ['default'] }
            ]
          })
        );
    const defaultGroup = SecurityGroups[0]?.GroupId;
    if (!defaultGroup) return false;
    await ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: instanceId, Groups: [defaultGroup] }));
    return true;
  } catch (error) {
    log(
      `Could not move ${instanceId} out of its temporary security group (${describeError(error)}): waiting for it to terminate instead`
    );
    return false;
  }
}
