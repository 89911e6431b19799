// Which AWS regions exist, from the partition data the AWS SDK ships (@aws-sdk/core's endpoint partitions),
// so a mistyped region is refused before any call, naming the regions of its partition. Packer asks EC2
// (DescribeRegions); skip_region_validation turns the check off in both.

import { partition } from '@aws-sdk/core/client';
import { InputError } from '../../errors.js';
import { childPath } from '../json-path.js';
import type { OptionsReader } from '../options-reader.js';

// The SDK exports a lookup, not its list: the list is every name of the regions' shape the lookup knows.
const PREFIXES = ['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn', 'us-gov', 'us-iso', 'us-isob'];
const PREFIXES_MORE = ['eu-isoe', 'us-isof', 'eusc'];
const DIRECTIONS = [
  'east',
  'west',
  'north',
  'south',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest'
];

/** The partition (aws, aws-cn, aws-us-gov, ...) a region name belongs to, as the SDK resolves it. */
function partitionOf(region: string): { name: string; known: boolean } {
  const info = partition(region) as { name: string; description?: string };
  return { name: info.name, known: info.description !== undefined };
}

export function isKnownRegion(region: string): boolean {
  return partitionOf(region).known;
}

let catalogue: readonly string[] | undefined;

function allKnownRegions(): readonly string[] {
  catalogue ??= [...PREFIXES, ...PREFIXES_MORE]
    .flatMap(prefix =>
      DIRECTIONS.flatMap(direction => [1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `${prefix}-${direction}-${n}`))
    )
    .filter(isKnownRegion)
    .sort();
  return catalogue;
}

/** The known regions of the partition `region` would fall in (aws for a name of no partition's shape). */
export function regionsOfPartition(region: string): string[] {
  const name = partitionOf(region).name;
  return allKnownRegions().filter(known => partitionOf(known).name === name);
}

/** Undefined when `region` exists; else the reason, listing the regions of its partition. */
export function unknownRegionDetail(region: string): string | undefined {
  if (isKnownRegion(region)) return undefined;
  return (
    `${JSON.stringify(region)} is not a known AWS region (known in partition ${partitionOf(region).name}: ` +
    `${regionsOfPartition(region).join(', ')}); set "skip_region_validation": true to use it anyway`
  );
}

/**
 * The builder's region: `region`, else AWS_REGION, else AWS_DEFAULT_REGION from the environment the plan is
 * made with (as the AWS SDK and Packer take it). Checked against the SDK's partitions unless
 * skip_region_validation; ami_regions entries too.
 */
export function readRegions(options: OptionsReader): { region: string; amiRegions: string[] } {
  const env = options.context.scope.env;
  const region =
    options.string('region') ??
    nonEmpty(env.AWS_REGION) ??
    nonEmpty(env.AWS_DEFAULT_REGION) ??
    (options.has('region')
      ? options.error('region', 'is empty, and neither AWS_REGION nor AWS_DEFAULT_REGION is set')
      : options.missing(
          'region',
          'is required: set "region" in the builder, or AWS_REGION or AWS_DEFAULT_REGION in the environment'
        ));
  if (typeof region !== 'string') {
    options.context.problems?.add(region);
    if (options.context.problems === undefined) throw region;
  }
  const amiRegions = options.stringList('ami_regions');
  if (!(options.bool('skip_region_validation') ?? false)) {
    if (typeof region === 'string' && options.has('region')) {
      const detail = unknownRegionDetail(region);
      if (detail !== undefined) report(options, options.error('region', detail));
    } else if (typeof region === 'string') {
      const detail = unknownRegionDetail(region);
      if (detail !== undefined) report(options, options.missing('region', `from the environment: ${detail}`));
    }
    const entry = options.entry('ami_regions');
    amiRegions.forEach((other, index) => {
      const detail = unknownRegionDetail(other);
      if (detail === undefined || entry === undefined) return;
      const node = entry.value.kind === 'array' ? entry.value.items[index]! : entry.value;
      const field =
        entry.value.kind === 'array'
          ? childPath(options.field('ami_regions'), index)
          : options.field('ami_regions');
      report(options, new InputError({ at: node.loc, field, detail }));
    });
  }
  return { region: typeof region === 'string' ? region : '', amiRegions };
}

function report(options: OptionsReader, error: InputError): void {
  if (options.context.problems === undefined) throw error;
  options.context.problems.add(error);
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
