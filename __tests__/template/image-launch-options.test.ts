// amazon-ebs image attribute and launch options: what the plan carries, and Packer's rules
// (ami_config.go, run_config.go) refused before anything talks to AWS.
import type { AmazonEbsConfig } from '../../src/template/types.js';
import { UNSUPPORTED_AMAZON_EBS_OPTIONS } from '../../src/template/schema/amazon-ebs-options.js';
import { loadError, loadFixture, tempDirs, templateText } from './fixtures.js';
import { ebs } from '../helpers/ebs.js';

const makeDir = tempDirs();

const builder = (options: Record<string, string | undefined>): AmazonEbsConfig =>
  loadFixture(makeDir, { files: { 'packer/web.pkr.json': templateText(options) } }).builds.map(ebs)[0]!;

const refusal = (options: Record<string, string>) => {
  const error = loadError(makeDir, { files: { 'packer/web.pkr.json': templateText(options) } });
  return `${error.field}: ${error.detail}`;
};

const ORG = 'arn:aws:organizations::123456789012:organization/o-abcdefghij';
const OU = 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij';

describe('image attributes', () => {
  it('are off unless asked for', () => {
    expect(builder({})).toMatchObject({
      sriovSupport: false,
      deregistrationProtection: { enabled: false, withCooldown: false },
      amiOrgArns: [],
      amiOuArns: [],
      amiProductCodes: [],
      enableUnlimitedCredits: false,
      disableStopInstance: false,
      skipProfileValidation: false
    });
    const config = builder({});
    expect([
      config.enaSupport,
      config.imdsSupport,
      config.snapshotCopyDurationMinutes,
      config.capacityReservation
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads every option, weakly typed as Packer decodes them', () => {
    expect(
      builder({
        ena_support: '"true"',
        sriov_support: 'true',
        ami_virtualization_type: '"hvm"',
        imds_support: '"v2.0"',
        deregistration_protection: '{ "enabled": true }',
        snapshot_copy_duration_minutes: '"45"',
        ami_org_arns: JSON.stringify(ORG),
        ami_ou_arns: JSON.stringify([OU]),
        ami_product_codes: '["abc123"]'
      })
    ).toMatchObject({
      enaSupport: true,
      sriovSupport: true,
      amiVirtualizationType: 'hvm',
      imdsSupport: 'v2.0',
      deregistrationProtection: { enabled: true, withCooldown: false },
      snapshotCopyDurationMinutes: 45,
      amiOrgArns: [ORG],
      amiOuArns: [OU],
      amiProductCodes: ['abc123']
    });
  });

  it('keeps ena_support false apart from unset (false disables ENA)', () => {
    expect(builder({ ena_support: 'false' }).enaSupport).toBe(false);
  });

  it('turns deregistration protection on with with_cooldown alone, as Packer does', () => {
    expect(
      builder({ deregistration_protection: '{ "with_cooldown": true }' }).deregistrationProtection
    ).toEqual({
      enabled: true,
      withCooldown: true
    });
  });

  it('are no longer refused as not supported yet', () => {
    for (const name of [
      'ena_support',
      'imds_support',
      'deregistration_protection',
      'placement',
      'disable_stop_instance'
    ]) {
      expect(UNSUPPORTED_AMAZON_EBS_OPTIONS).not.toContain(name);
    }
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'imds_support other than v2.0',
      { imds_support: '"v1.0"' },
      'builders[0].imds_support: the only valid value is "v2.0" (or leave it unset), found "v1.0"'
    ],
    [
      'an unknown virtualization type',
      { ami_virtualization_type: '"pv"' },
      'builders[0].ami_virtualization_type: must be one of hvm, paravirtual, found "pv"'
    ],
    [
      'a copy duration under 15 minutes',
      { snapshot_copy_duration_minutes: '10' },
      'builders[0].snapshot_copy_duration_minutes: must be a multiple of 15 between 15 and 2880 minutes, found 10'
    ],
    [
      'a copy duration that is not a multiple of 15',
      { snapshot_copy_duration_minutes: '20' },
      'builders[0].snapshot_copy_duration_minutes: must be a multiple of 15 between 15 and 2880 minutes, found 20'
    ],
    [
      'an unknown key in deregistration_protection',
      { deregistration_protection: '{ "enable": true }' },
      'builders[0].deregistration_protection.enable'
    ],
    [
      'an organization ARN that is not one',
      { ami_org_arns: '["o-abcdefghij"]' },
      'builders[0].ami_org_arns: "o-abcdefghij" is not an ARN such as arn:aws:organizations::123456789012:organization/o-abcdefghij'
    ]
  ])('refuses %s', (_what, options, message) => {
    expect(refusal(options)).toContain(message);
  });
});

describe('launch options', () => {
  it('reads placement, credits and a capacity reservation', () => {
    expect(
      builder({
        instance_type: '"t3.small"',
        enable_unlimited_credits: 'true',
        placement:
          '{ "tenancy": "host", "host_resource_group_arn": "arn:aws:resource-groups:us-east-1:123456789012:group/hosts" }',
        capacity_reservation_group_arn: '"arn:aws:resource-groups:us-east-1:123456789012:group/crs"',
        disable_stop_instance: 'true',
        skip_profile_validation: 'true'
      })
    ).toMatchObject({
      enableUnlimitedCredits: true,
      tenancy: 'host',
      hostResourceGroupArn: 'arn:aws:resource-groups:us-east-1:123456789012:group/hosts',
      capacityReservation: {
        kind: 'target',
        groupArn: 'arn:aws:resource-groups:us-east-1:123456789012:group/crs'
      },
      disableStopInstance: true,
      skipProfileValidation: true
    });
  });

  it('honours the deprecated enable_t2_unlimited and top-level tenancy', () => {
    expect(
      builder({ instance_type: '"t2.micro"', enable_t2_unlimited: 'true', tenancy: '"dedicated"' })
    ).toMatchObject({
      enableUnlimitedCredits: true,
      tenancy: 'dedicated'
    });
  });

  it('sends a capacity reservation preference only when one is given', () => {
    expect(builder({ capacity_reservation_preference: '"open"' }).capacityReservation).toEqual({
      kind: 'preference',
      preference: 'open'
    });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'unlimited credits on a type that has none',
      { instance_type: '"m5.large"', enable_unlimited_credits: 'true' },
      'builders[0].enable_unlimited_credits: instance type m5.large cannot use unlimited credits: only T2, T3, T3a and T4g types can'
    ],
    [
      'both tenancy spellings',
      { tenancy: '"dedicated"', placement: '{ "tenancy": "dedicated" }' },
      'builders[0].tenancy: set only one of placement.tenancy and tenancy (deprecated)'
    ],
    [
      'a host id with a host resource group',
      {
        placement:
          '{ "host_id": "h-0123456789abcdef0", "host_resource_group_arn": "arn:aws:resource-groups:us-east-1:123456789012:group/hosts" }'
      },
      'builders[0].placement.host_resource_group_arn: host_id and host_resource_group_arn cannot be set at the same time'
    ],
    [
      'a host id without host tenancy',
      { placement: '{ "host_id": "h-0123456789abcdef0", "tenancy": "dedicated" }' },
      'builders[0].placement.tenancy: tenancy must be "host" when host_id or host_resource_group_arn is set, found "dedicated"'
    ],
    [
      'a capacity reservation id with a group',
      {
        capacity_reservation_id: '"cr-0123456789abcdef0"',
        capacity_reservation_group_arn: '"arn:aws:resource-groups:us-east-1:123456789012:group/crs"'
      },
      'builders[0].capacity_reservation_group_arn: capacity_reservation_id and capacity_reservation_group_arn are mutually exclusive, only one should be used'
    ],
    [
      'a capacity reservation id with a preference',
      { capacity_reservation_id: '"cr-0123456789abcdef0"', capacity_reservation_preference: '"open"' },
      'builders[0].capacity_reservation_preference: capacity_reservation_id, capacity_reservation_group_arn and capacity_reservation_preference are mutually exclusive, only one should be set'
    ],
    [
      'an unknown capacity reservation preference',
      { capacity_reservation_preference: '"targeted"' },
      'builders[0].capacity_reservation_preference: must be one of none, open, found "targeted"'
    ]
  ])('refuses %s', (_what, options, message) => {
    expect(refusal(options)).toBe(message);
  });
});
