// The amazon-ebs options that shape how the build instance is launched and stopped: burstable
// credits, placement (tenancy, dedicated host or host resource group), capacity reservations, an
// instance that stops itself, the instance profile check, and removing the temporary key from the
// instance before it is imaged. Packer's rules: run_config.go Prepare.

import type { OptionsReader } from '../options-reader.js';
import type { AmazonEbsConfig, LaunchOptions } from '../types.js';

export const LAUNCH_OPTIONS = [
  'enable_unlimited_credits',
  'enable_t2_unlimited',
  'placement',
  'capacity_reservation_preference',
  'capacity_reservation_id',
  'capacity_reservation_group_arn',
  'disable_stop_instance',
  'skip_profile_validation',
  'ssh_clear_authorized_keys'
] as const;

type Tenancy = 'default' | 'dedicated' | 'host';
const TENANCIES = ['default', 'dedicated', 'host'] as const;

export function readLaunchOptions(
  options: OptionsReader,
  launch: Pick<AmazonEbsConfig, 'instanceType' | 'spot'>
): LaunchOptions {
  return {
    enableUnlimitedCredits: readUnlimitedCredits(options, launch),
    ...readPlacement(options),
    capacityReservation: readCapacityReservation(options),
    disableStopInstance: options.bool('disable_stop_instance') ?? false,
    skipProfileValidation: options.bool('skip_profile_validation') ?? false,
    // A communicator option, read here so communicator.ts stays about the connection itself.
    sshClearAuthorizedKeys: options.bool('ssh_clear_authorized_keys') ?? false
  };
}

/** enable_t2_unlimited is the deprecated spelling of enable_unlimited_credits (Packer warns and honours it). */
function readUnlimitedCredits(
  options: OptionsReader,
  { instanceType, spot }: Pick<AmazonEbsConfig, 'instanceType' | 'spot'>
): boolean {
  const deprecated = options.bool('enable_t2_unlimited') ?? false;
  const enabled = (options.bool('enable_unlimited_credits') ?? false) || deprecated;
  const field = options.has('enable_unlimited_credits') ? 'enable_unlimited_credits' : 'enable_t2_unlimited';
  if (enabled && !/^t(?:2|3a?|4g)\./.test(instanceType)) {
    throw options.error(
      field,
      `instance type ${instanceType || '(spot_instance_types)'} cannot use unlimited credits: only T2, T3, T3a and T4g types can`
    );
  }
  // EC2 refuses unlimited T2 spot instances; Packer checks it before launching.
  if (enabled && spot !== undefined && instanceType.startsWith('t2.')) {
    throw options.error(field, 'unlimited credits cannot be used with a T2 spot instance (spot_price)');
  }
  return enabled;
}

/** placement { tenancy, host_id, host_resource_group_arn }; the top-level tenancy is its older spelling. */
function readPlacement(
  options: OptionsReader
): Pick<LaunchOptions, 'tenancy' | 'hostId' | 'hostResourceGroupArn'> {
  const block = options.object('placement');
  block?.checkKeys(['tenancy', 'host_id', 'host_resource_group_arn'], [], 'placement');
  const inBlock = block?.choice('tenancy', TENANCIES);
  const topLevel = options.choice('tenancy', TENANCIES);
  if (inBlock !== undefined && topLevel !== undefined) {
    throw options.error('tenancy', 'set only one of placement.tenancy and tenancy (deprecated)');
  }
  const hostId = block?.string('host_id') || undefined;
  const hostResourceGroupArn = block?.string('host_resource_group_arn') || undefined;
  if (block && hostId !== undefined && hostResourceGroupArn !== undefined) {
    throw block.error(
      'host_resource_group_arn',
      'host_id and host_resource_group_arn cannot be set at the same time'
    );
  }
  const tenancy: Tenancy | undefined = inBlock ?? topLevel;
  if (
    block &&
    (hostId ?? hostResourceGroupArn) !== undefined &&
    tenancy !== undefined &&
    tenancy !== 'host'
  ) {
    throw block.error(
      block.has('tenancy') ? 'tenancy' : 'host_id',
      `tenancy must be "host" when host_id or host_resource_group_arn is set, found ${JSON.stringify(tenancy)}`
    );
  }
  return { tenancy, hostId, hostResourceGroupArn };
}

function readCapacityReservation(options: OptionsReader): LaunchOptions['capacityReservation'] {
  const preference = options.choice('capacity_reservation_preference', ['none', 'open'] as const);
  const id = options.string('capacity_reservation_id') || undefined;
  const groupArn = options.string('capacity_reservation_group_arn') || undefined;
  if (id !== undefined && groupArn !== undefined) {
    throw options.error(
      'capacity_reservation_group_arn',
      'capacity_reservation_id and capacity_reservation_group_arn are mutually exclusive, only one should be used'
    );
  }
  if ((id ?? groupArn) !== undefined && preference !== undefined) {
    throw options.error(
      'capacity_reservation_preference',
      'capacity_reservation_id, capacity_reservation_group_arn and capacity_reservation_preference are mutually exclusive, only one should be set'
    );
  }
  if (id !== undefined) return { kind: 'target', id };
  if (groupArn !== undefined) return { kind: 'target', groupArn };
  return preference === undefined ? undefined : { kind: 'preference', preference };
}
