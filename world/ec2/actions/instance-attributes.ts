// ModifyInstanceAttribute / DescribeInstanceAttribute for the attributes an image takes from its
// instance (enaSupport, sriovNetSupport: EC2 changes them only on a stopped instance), the
// security groups (GroupId.N, instance-groups.ts) and
// DescribeInstanceCreditSpecifications. CreateImage copies enaSupport and sriovNetSupport onto
// the image (images.ts).
import { Ec2Error } from '../errors.js';
import type { Instance } from '../model.js';
import type { Handler } from './context.js';
import { checkDryRun, ok } from './context.js';
import { modifyGroups } from './instance-groups.js';

export const modifyInstanceAttribute: Handler = context => {
  const { world, region, params } = context;
  if (params.list('GroupId').length) return modifyGroups(context);
  checkDryRun(params);
  const instance = world.get(region, 'instance', params.required('InstanceId'));
  const attribute = params.str('Attribute');
  const ena =
    params.obj('EnaSupport')?.bool('Value') ??
    (attribute === 'enaSupport' ? params.bool('Value') : undefined);
  const sriov =
    params.obj('SriovNetSupport')?.str('Value') ??
    (attribute === 'sriovNetSupport' ? params.str('Value') : undefined);
  if (ena === undefined && sriov === undefined) {
    throw new Ec2Error(
      'MissingParameter',
      'No attribute to modify was given (the simulator knows enaSupport and sriovNetSupport)'
    );
  }
  if (instance.state !== 'stopped') {
    throw new Ec2Error(
      'IncorrectInstanceState',
      `The instance '${instance.id}' is not in the 'stopped' state.`
    );
  }
  if (sriov !== undefined && sriov !== 'simple') {
    throw new Ec2Error('InvalidParameterValue', `Value (${sriov}) for parameter sriovNetSupport is invalid.`);
  }
  if (ena !== undefined) instance.enaSupport = ena;
  if (sriov !== undefined) instance.sriovNetSupport = sriov;
  return ok();
};

export const describeInstanceAttribute: Handler = ({ world, region, params }) => {
  const instance = world.get(region, 'instance', params.required('InstanceId'));
  const attribute = params.required('Attribute');
  switch (attribute) {
    case 'enaSupport':
      return { instanceId: instance.id, enaSupport: { value: enaOf(instance) } };
    case 'sriovNetSupport':
      return {
        instanceId: instance.id,
        sriovNetSupport: instance.sriovNetSupport ? { value: instance.sriovNetSupport } : {}
      };
    default:
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value (${attribute}) for parameter attribute is invalid. Unknown attribute.`
      );
  }
};

export const describeInstanceCreditSpecifications: Handler = ({ world, region, params }) => {
  const ids = params.list('InstanceId');
  const instances = ids.length
    ? ids.map(id => world.get(region, 'instance', id))
    : [...region.instances.values()].filter(i => world.visible(i));
  return {
    instanceCreditSpecificationSet: instances
      .filter(i => i.launchSettings?.cpuCredits !== undefined)
      .map(i => ({ instanceId: i.id, cpuCredits: i.launchSettings!.cpuCredits }))
  };
};

export const enaOf = (i: Instance): boolean => i.enaSupport ?? true;
