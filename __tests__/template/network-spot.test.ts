// amazon-ebs network filters and spot options: what the plan carries, and Packer's rules for them.
import type { AmazonEbsConfig } from '../../src/template/types.js';
import { loadError, loadFixture, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

function builder(options: Record<string, string | undefined>): AmazonEbsConfig {
  return loadFixture(makeDir, { files: { 'packer/web.pkr.json': templateText(options) } }).builds.map(
    ebs
  )[0]!;
}

function refusal(options: Record<string, string | undefined>) {
  const error = loadError(makeDir, { files: { 'packer/web.pkr.json': templateText(options) } });
  return { field: error.field, detail: error.detail };
}

describe('network filters', () => {
  it('carries subnet_filter, vpc_filter and security_group_filter into the plan', () => {
    const config = builder({
      subnet_filter: '{"filters": {"tag:Class": "build"}, "most_free": true}',
      vpc_filter: '{"filters": {"tag:Name": "builds", "isDefault": "false"}}',
      security_group_filter: '{"filters": {"tag:Class": "packer"}}'
    });
    expect(config).toMatchObject({
      subnetFilter: { filters: { 'tag:Class': 'build' }, mostFree: true, random: false },
      vpcFilter: { filters: { 'tag:Name': 'builds', isDefault: 'false' } },
      securityGroupFilter: { filters: { 'tag:Class': 'packer' } }
    });
  });

  it('treats a filter block without filters as not given, as Packer does', () => {
    const config = builder({ subnet_filter: '{"random": true}', vpc_filter: '{"filters": {}}' });
    expect([config.subnetFilter, config.vpcFilter]).toEqual([undefined, undefined]);
  });

  it('refuses an unknown key in a filter block', () => {
    expect(refusal({ subnet_filter: '{"filters": {"a": "b"}, "most_fre": true}' }).field).toBe(
      'builders[0].subnet_filter.most_fre'
    );
  });
});

describe('spot', () => {
  it('is off without spot_price, and with spot_price "0"', () => {
    expect(builder({}).spot).toBeUndefined();
    expect(builder({ spot_price: '"0"' }).spot).toBeUndefined();
  });

  it('carries the price, the types, the strategy and the tags', () => {
    const config = builder({
      instance_type: undefined,
      spot_price: '"auto"',
      spot_price_auto_product: '"Linux/UNIX"',
      spot_instance_types: '["t3.micro", "t3a.micro"]',
      spot_allocation_strategy: '"price-capacity-optimized"',
      spot_tags: '{"Purpose": "build {{ .SourceAMI }}"}',
      fleet_tags: '{"Fleet": "yes"}'
    });
    expect(config.instanceType).toBe('');
    expect(config.spot).toMatchObject({
      price: 'auto',
      instanceTypes: ['t3.micro', 't3a.micro'],
      allocationStrategy: 'price-capacity-optimized'
    });
    expect(config.spot!.tags.Purpose!.render({ SourceAMI: 'ami-1' })).toBe('build ami-1');
    expect(config.spot!.fleetTags.Fleet!.render()).toBe('yes');
  });

  it('accepts a number as spot_price', () => {
    expect(builder({ spot_price: '0.05' }).spot?.price).toBe('0.05');
  });

  it.each<[string, Record<string, string | undefined>, string, string]>([
    [
      'neither instance_type nor spot_instance_types',
      { instance_type: undefined },
      'instance_type',
      'is required (or spot_instance_types)'
    ],
    [
      'both instance_type and spot_instance_types',
      { spot_price: '"auto"', spot_instance_types: '["t3.micro"]' },
      'spot_instance_types',
      'give instance_type or spot_instance_types, not both'
    ],
    [
      'spot_tags without spot_price',
      { spot_tags: '{"a": "b"}' },
      'spot_tags',
      'spot_tags should not be set when not requesting a spot instance (set spot_price)'
    ],
    [
      'fleet_tags with spot_price "0"',
      { spot_price: '"0"', fleet_tags: '{"a": "b"}' },
      'fleet_tags',
      'fleet_tags should not be set when not requesting a spot instance (set spot_price)'
    ],
    [
      'spot_instance_types without spot_price',
      { instance_type: undefined, spot_instance_types: '["t3.micro"]' },
      'spot_instance_types',
      'spot_instance_types should not be set when not requesting a spot instance (set spot_price)'
    ],
    [
      'an unknown spot_allocation_strategy',
      { spot_price: '"auto"', spot_allocation_strategy: '"cheapest"' },
      'spot_allocation_strategy',
      expect.stringContaining('"cheapest"') as unknown as string
    ],
    [
      'a spot_price that is not a price',
      { spot_price: '"cheap"' },
      'spot_price',
      'expected a price such as "0.05" or "auto", found "cheap"'
    ]
  ])('refuses %s', (_name, options, field, detail) => {
    expect(refusal(options)).toEqual({ field: `builders[0].${field}`, detail });
  });
});
