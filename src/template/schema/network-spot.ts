// The amazon-ebs options that choose the network by filter (subnet_filter, vpc_filter,
// security_group_filter) and that ask for a spot instance (spot_price and friends), validated as
// Packer's RunConfig.Prepare does. The builder resolves the filters before launch
// (steps/find-network.ts) and launches a spot instance through CreateFleet (steps/launch-spot.ts).

import { AMAZON_TAG_DATA } from '../build-data.js';
import type { OptionsReader } from '../options-reader.js';
import type { AmazonEbsConfig, NetworkFilter, SpotOptions, SubnetFilter } from '../types.js';

/** EC2's SpotAllocationStrategy values, as Packer checks them. */
export const SPOT_ALLOCATION_STRATEGIES = [
  'lowest-price',
  'diversified',
  'capacity-optimized',
  'capacity-optimized-prioritized',
  'price-capacity-optimized'
] as const;

type NetworkAndSpot = Pick<
  AmazonEbsConfig,
  'instanceType' | 'subnetFilter' | 'vpcFilter' | 'securityGroupFilter' | 'spot'
>;

export function readNetworkAndSpot(options: OptionsReader): NetworkAndSpot {
  return {
    ...readInstanceTypes(options),
    subnetFilter: readSubnetFilter(options),
    vpcFilter: readFilter(options, 'vpc_filter'),
    securityGroupFilter: readFilter(options, 'security_group_filter')
  };
}

function readFilter(options: OptionsReader, name: string): NetworkFilter | undefined {
  const block = options.object(name);
  if (block === undefined) return undefined;
  block.checkKeys(['filters'], [], name);
  const filters = block.stringMap('filters');
  // Packer treats a filter block without filters as not given.
  return Object.keys(filters).length ? { filters } : undefined;
}

function readSubnetFilter(options: OptionsReader): SubnetFilter | undefined {
  const block = options.object('subnet_filter');
  if (block === undefined) return undefined;
  block.checkKeys(['filters', 'most_free', 'random'], [], 'subnet_filter');
  const filters = block.stringMap('filters');
  if (Object.keys(filters).length === 0) return undefined;
  return { filters, mostFree: block.bool('most_free') ?? false, random: block.bool('random') ?? false };
}

/** instance_type or spot_instance_types (exactly one), and the spot request when spot_price asks for one. */
function readInstanceTypes(options: OptionsReader): Pick<AmazonEbsConfig, 'instanceType' | 'spot'> {
  const instanceType = options.string('instance_type') ?? '';
  const spotTypes = options.stringList('spot_instance_types');
  options.check(() => {
    if (instanceType === '' && spotTypes.length === 0)
      throw options.missing('instance_type', 'is required (or spot_instance_types)');
    if (instanceType !== '' && spotTypes.length > 0)
      throw options.error('spot_instance_types', 'give instance_type or spot_instance_types, not both');
  });
  const price = options.string('spot_price') ?? '';
  if (price !== '' && price !== 'auto' && !/^\d+(\.\d+)?$/.test(price)) {
    throw options.error(
      'spot_price',
      `expected a price such as "0.05" or "auto", found ${JSON.stringify(price)}`
    );
  }
  const strategy = options.choice('spot_allocation_strategy', SPOT_ALLOCATION_STRATEGIES);
  // Deprecated and unused by Packer (it only warns): accepted so older templates still load.
  options.string('spot_price_auto_product');
  const spotTags = options.deferredMap('spot_tags', AMAZON_TAG_DATA);
  const fleetTags = options.deferredMap('fleet_tags', AMAZON_TAG_DATA);
  const isSpot = price !== '' && price !== '0';
  if (!isSpot) {
    const needsPrice = (
      ['spot_tags', 'fleet_tags', 'spot_instance_types', 'spot_allocation_strategy'] as const
    ).find(name => options.has(name));
    if (needsPrice) {
      throw options.error(
        needsPrice,
        `${needsPrice} should not be set when not requesting a spot instance (set spot_price)`
      );
    }
    return { instanceType, spot: undefined };
  }
  const spot: SpotOptions = {
    price,
    instanceTypes: spotTypes,
    allocationStrategy: strategy,
    tags: spotTags,
    fleetTags
  };
  return { instanceType, spot };
}
