// The amazon-ebs options that set attributes of the image rather than make it: enhanced networking
// (set on the stopped instance before imaging, as Packer does), the IMDS version, deregistration
// protection, time-based region copies, organization sharing and product codes. Packer's rules:
// ami_config.go Prepare and step_source_ami_info.go.

import type { OptionsReader } from '../options-reader.js';
import type { ImageAttributes } from '../types.js';

export const IMAGE_ATTRIBUTE_OPTIONS = [
  'ena_support',
  'sriov_support',
  'ami_virtualization_type',
  'imds_support',
  'deregistration_protection',
  'snapshot_copy_duration_minutes',
  'ami_org_arns',
  'ami_ou_arns',
  'ami_product_codes'
] as const;

export function readImageAttributes(options: OptionsReader): ImageAttributes {
  const protection = options.object('deregistration_protection');
  protection?.checkKeys(['enabled', 'with_cooldown'], [], 'deregistration_protection');
  const withCooldown = protection?.bool('with_cooldown') ?? false;
  return {
    enaSupport: options.bool('ena_support'),
    sriovSupport: options.bool('sriov_support') ?? false,
    amiVirtualizationType: options.choice('ami_virtualization_type', ['hvm', 'paravirtual'] as const),
    imdsSupport: readImdsSupport(options),
    // Packer: with_cooldown implies enabled.
    deregistrationProtection: {
      enabled: withCooldown || (protection?.bool('enabled') ?? false),
      withCooldown
    },
    snapshotCopyDurationMinutes: readCopyDuration(options),
    amiOrgArns: readArns(
      options,
      'ami_org_arns',
      /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/
    ),
    amiOuArns: readArns(
      options,
      'ami_ou_arns',
      /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/
    ),
    amiProductCodes: options.stringList('ami_product_codes')
  };
}

/** Packer accepts only "v2.0" (or nothing: the image keeps the legacy IMDS default). */
function readImdsSupport(options: OptionsReader): 'v2.0' | undefined {
  const value = options.string('imds_support');
  if (value === undefined || value === '') return undefined;
  if (value !== 'v2.0') {
    throw options.error(
      'imds_support',
      `the only valid value is "v2.0" (or leave it unset), found ${JSON.stringify(value)}`
    );
  }
  return value;
}

/** EC2's rule for time-based copies (CopyImage SnapshotCopyCompletionDurationMinutes): 15 to 2880, in steps of 15. */
function readCopyDuration(options: OptionsReader): number | undefined {
  const minutes = options.int('snapshot_copy_duration_minutes');
  if (minutes === undefined || minutes === 0) return undefined;
  if (minutes < 15 || minutes > 2880 || minutes % 15 !== 0) {
    throw options.error(
      'snapshot_copy_duration_minutes',
      `must be a multiple of 15 between 15 and 2880 minutes, found ${minutes}`
    );
  }
  return minutes;
}

function readArns(options: OptionsReader, name: string, pattern: RegExp): string[] {
  const arns = options.stringList(name);
  const bad = arns.find(arn => !pattern.test(arn));
  if (bad !== undefined) {
    const example =
      name === 'ami_org_arns'
        ? 'arn:aws:organizations::123456789012:organization/o-abcdefghij'
        : 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij';
    throw options.error(name, `${JSON.stringify(bad)} is not an ARN such as ${example}`);
  }
  return arns;
}
