// ModifyInstanceAttribute with GroupId.N: replaces the security groups of a VPC instance's
// primary network interface, as EC2 does for an instance that is pending, running, stopping or
// stopped (not one shutting down or terminated). Each group must exist in the instance's VPC.
// instance-attributes.ts hands a ModifyInstanceAttribute with GroupId.N here.
import { Ec2Error } from '../errors.js';
import type { Handler } from './context.js';
import { checkDryRun, ok } from './context.js';

export const modifyGroups: Handler = ({ world, region, params }) => {
  checkDryRun(params);
  const instance = world.get(region, 'instance', params.required('InstanceId'));
  const groupIds = params.list('GroupId');
  if (instance.state === 'shutting-down' || instance.state === 'terminated') {
    throw new Ec2Error(
      'IncorrectInstanceState',
      `The instance '${instance.id}' is not in a state from which its groups can be changed.`
    );
  }
  const groups = groupIds.map(id => {
    const group = world.get(region, 'security-group', id);
    if (group.vpcId !== instance.vpcId) {
      throw new Ec2Error(
        'InvalidGroup.NotFound',
        `The security group '${id}' does not exist in VPC '${instance.vpcId}'`
      );
    }
    return { id: group.id, name: group.name };
  });
  instance.groups = groups;
  return ok();
};
