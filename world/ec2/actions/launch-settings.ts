// The RunInstances settings that only shape where and how an instance runs: placement (tenancy,
// dedicated host, host resource group), CPU credits of burstable types and capacity reservations.
// Read once at launch, kept on the instance, shown by DescribeInstances (placement,
// capacityReservationSpecification) and DescribeInstanceCreditSpecifications.
import { Ec2Error } from '../errors.js';
import type { LaunchSettings } from '../model.js';
import type { Params } from '../query.js';
import type { XmlObject } from '../xml.js';

const BURSTABLE = /^t(2|3a?|4g)\./;

export function readLaunchSettings(params: Params, instanceType: string): LaunchSettings {
  const placement = params.obj('Placement');
  const tenancy = placement?.str('Tenancy') ?? 'default';
  if (!['default', 'dedicated', 'host'].includes(tenancy)) {
    throw new Ec2Error('InvalidParameterValue', `Value (${tenancy}) for parameter tenancy is invalid.`);
  }
  const hostId = placement?.str('HostId');
  const hostResourceGroupArn = placement?.str('HostResourceGroupArn');
  if ((hostId || hostResourceGroupArn) && tenancy !== 'host') {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'Tenancy must be host when a host ID or host resource group ARN is specified.'
    );
  }
  const credits = params.obj('CreditSpecification')?.str('CpuCredits');
  if (credits !== undefined && !['standard', 'unlimited'].includes(credits)) {
    throw new Ec2Error('InvalidParameterValue', `Value (${credits}) for parameter cpuCredits is invalid.`);
  }
  if (credits !== undefined && !BURSTABLE.test(instanceType)) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      `The CreditSpecification parameter is not supported for instance type ${instanceType}.`
    );
  }
  const reservation = params.obj('CapacityReservationSpecification');
  const preference = reservation?.str('CapacityReservationPreference');
  const target = reservation?.obj('CapacityReservationTarget');
  if (preference !== undefined && !['open', 'none'].includes(preference)) {
    throw new Ec2Error(
      'InvalidParameterValue',
      `Value (${preference}) for parameter capacityReservationPreference is invalid.`
    );
  }
  if (preference !== undefined && target !== undefined) {
    throw new Ec2Error(
      'InvalidParameterCombination',
      'CapacityReservationPreference and CapacityReservationTarget cannot be used together.'
    );
  }
  return {
    tenancy,
    hostId,
    hostResourceGroupArn,
    cpuCredits: credits ?? (BURSTABLE.test(instanceType) ? defaultCredits(instanceType) : undefined),
    capacityReservationPreference: target ? undefined : (preference ?? 'open'),
    capacityReservationId: target?.str('CapacityReservationId'),
    capacityReservationResourceGroupArn: target?.str('CapacityReservationResourceGroupArn')
  };
}

/** T2 launches with standard credits by default, T3/T3a/T4g with unlimited (EC2's account defaults). */
const defaultCredits = (type: string) => (type.startsWith('t2.') ? 'standard' : 'unlimited');

export function renderPlacement(zone: string, s: LaunchSettings | undefined): XmlObject {
  return {
    availabilityZone: zone,
    groupName: '',
    tenancy: s?.tenancy ?? 'default',
    hostId: s?.hostId,
    hostResourceGroupArn: s?.hostResourceGroupArn
  };
}

export function renderCapacityReservation(s: LaunchSettings | undefined): XmlObject {
  const target =
    s?.capacityReservationId || s?.capacityReservationResourceGroupArn
      ? {
          capacityReservationId: s.capacityReservationId,
          capacityReservationResourceGroupArn: s.capacityReservationResourceGroupArn
        }
      : undefined;
  return target
    ? { capacityReservationTarget: target }
    : { capacityReservationPreference: s?.capacityReservationPreference ?? 'open' };
}
