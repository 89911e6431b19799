// The amazon-ebs builder's options, typed and validated as Packer's Prepare does (access_config.go,
// ami_config.go, run_config.go, block_device.go), before anything talks to AWS.

import { AMAZON_TAG_DATA } from '../build-data.js';
import { Deferred } from '../deferred.js';
import { cleanResourceName } from '../functions.js';
import type { OptionsReader } from '../options-reader.js';
import type { AmazonEbsConfig, MetadataOptions, SourceAmiFilter } from '../types.js';
import {
  IMPLEMENTED_AMAZON_EBS_OPTIONS,
  OTHER_AMAZON_BUILDER_OPTIONS,
  UNSUPPORTED_AMAZON_EBS_OPTIONS
} from './amazon-ebs-options.js';
import { readCredentials, readPolling } from './access-options.js';
import { readBlockDevices } from './block-devices.js';
import { IMAGE_FILTER_OPTIONS, readImageFilter } from './image-filter.js';
import { readCommunicator } from './communicator.js';
import { readNetworkAndSpot } from './network-spot.js';
import { checkTagLimits } from './tag-limits.js';
import { readImageAttributes } from './image-attributes.js';
import { readLaunchOptions } from './launch-options.js';
import { readRegions } from './regions.js';

export function readAmazonEbs(options: OptionsReader): AmazonEbsConfig {
  options.checkKeys(
    IMPLEMENTED_AMAZON_EBS_OPTIONS,
    UNSUPPORTED_AMAZON_EBS_OPTIONS,
    'amazon-ebs',
    OTHER_AMAZON_BUILDER_OPTIONS
  );
  const { region, amiRegions } = readRegions(options);
  const networkAndSpot = readNetworkAndSpot(options);
  const config: AmazonEbsConfig = {
    type: 'amazon-ebs',
    region,
    credentials: readCredentials(options),
    customEndpointEc2: options.string('custom_endpoint_ec2'),
    // Accepted for compatibility with templates written for Packer; the action does not need them.
    skipRegionValidation: options.bool('skip_region_validation') ?? false,
    skipCredentialValidation: options.bool('skip_credential_validation') ?? false,
    skipMetadataApiCheck: options.bool('skip_metadata_api_check') ?? false,
    polling: readPolling(options),
    // Packer's AccessConfig: retries after the first attempt of each call (throttling, 5xx).
    maxRetries: options.int('max_retries', { min: 0 }),
    ...readSource(options),
    ...networkAndSpot,
    subnetId: options.string('subnet_id'),
    vpcId: options.string('vpc_id'),
    securityGroupIds: readSecurityGroups(options),
    ...readTemporarySecurityGroup(options),
    associatePublicIpAddress: options.bool('associate_public_ip_address'),
    availabilityZone: options.string('availability_zone'),
    iamInstanceProfile: options.string('iam_instance_profile'),
    ...readUserData(options),
    metadataOptions: readMetadataOptions(options),
    shutdownBehavior: options.choice('shutdown_behavior', ['stop', 'terminate'] as const) ?? 'stop',
    launchBlockDeviceMappings: readBlockDevices(options, 'launch_block_device_mappings'),
    runTags: options.deferredMap('run_tags', AMAZON_TAG_DATA),
    runVolumeTags: options.deferredMap('run_volume_tags', AMAZON_TAG_DATA),
    ebsOptimized: options.bool('ebs_optimized') ?? false,
    ...readLaunchOptions(options, networkAndSpot),
    communicator: readCommunicator(options),
    amiName: readAmiName(options),
    amiDescription: options.deferred('ami_description', AMAZON_TAG_DATA) ?? Deferred.of(''),
    amiBlockDeviceMappings: readBlockDevices(options, 'ami_block_device_mappings'),
    // Packer copies to each region once and never to the build region itself.
    amiRegions: [...new Set(amiRegions)].filter(other => other !== region),
    amiUsers: options.stringList('ami_users'),
    amiGroups: options.stringList('ami_groups'),
    snapshotUsers: options.stringList('snapshot_users'),
    snapshotGroups: options.stringList('snapshot_groups'),
    tags: options.deferredMap('tags', AMAZON_TAG_DATA),
    snapshotTags: options.deferredMap('snapshot_tags', AMAZON_TAG_DATA),
    forceDeregister: options.bool('force_deregister') ?? false,
    forceDeleteSnapshot: options.bool('force_delete_snapshot') ?? false,
    encryptBoot: options.bool('encrypt_boot'),
    kmsKeyId: options.string('kms_key_id'),
    regionKmsKeyIds: options.stringMap('region_kms_key_ids'),
    skipCreateAmi: options.bool('skip_create_ami') ?? false,
    deprecateAt: readDeprecateAt(options),
    ...readImageAttributes(options)
  };
  validateEncryption(options, config);
  checkTagLimits(options, config);
  return config;
}

function readSource(options: OptionsReader): { sourceAmi?: string; sourceAmiFilter?: SourceAmiFilter } {
  const sourceAmi = options.string('source_ami');
  const filter = options.object('source_ami_filter');
  if (sourceAmi !== undefined && filter !== undefined) {
    throw options.error('source_ami_filter', 'give source_ami or source_ami_filter, not both');
  }
  if (filter === undefined) {
    if (sourceAmi === undefined) throw options.objectError('source_ami or source_ami_filter is required');
    return { sourceAmi };
  }
  filter.checkKeys(IMAGE_FILTER_OPTIONS, [], 'source_ami_filter');
  return { sourceAmiFilter: readImageFilter(filter) };
}

function readSecurityGroups(options: OptionsReader): string[] {
  const single = options.string('security_group_id');
  const several = options.stringList('security_group_ids');
  if (single !== undefined && several.length > 0) {
    throw options.error('security_group_ids', 'give security_group_id or security_group_ids, not both');
  }
  return single === undefined ? several : [single];
}

function readTemporarySecurityGroup(
  options: OptionsReader
): Pick<AmazonEbsConfig, 'temporarySecurityGroupSourceCidrs' | 'temporarySecurityGroupSourcePublicIp'> {
  const publicIp = options.bool('temporary_security_group_source_public_ip') ?? false;
  const cidrs = options.stringList('temporary_security_group_source_cidrs');
  cidrs.forEach(cidr => {
    if (!isCidr(cidr)) {
      throw options.error(
        'temporary_security_group_source_cidrs',
        `${JSON.stringify(cidr)} is not a CIDR block`
      );
    }
  });
  // No CIDRs given: the builder admits only the runner's own address (our secure default; Packer
  // opens 0.0.0.0/0), falling back to 0.0.0.0/0 with a warning if that address cannot be found.
  return { temporarySecurityGroupSourceCidrs: cidrs, temporarySecurityGroupSourcePublicIp: publicIp };
}

function readUserData(options: OptionsReader): Pick<AmazonEbsConfig, 'userData' | 'userDataFile'> {
  const userData = options.string('user_data');
  if (userData !== undefined && options.has('user_data_file')) {
    throw options.error('user_data_file', 'give user_data or user_data_file, not both');
  }
  return { userData, userDataFile: options.localPath('user_data_file', { mustExist: true, reads: true }) };
}

function readMetadataOptions(options: OptionsReader): MetadataOptions {
  const block = options.object('metadata_options');
  block?.checkKeys(
    ['http_endpoint', 'http_tokens', 'http_put_response_hop_limit', 'instance_metadata_tags'],
    [],
    'metadata_options'
  );
  return {
    httpEndpoint: block?.choice('http_endpoint', ['enabled', 'disabled'] as const) ?? 'enabled',
    httpTokens: block?.choice('http_tokens', ['optional', 'required'] as const) ?? 'required',
    httpPutResponseHopLimit: block?.int('http_put_response_hop_limit', { min: 1, max: 64 }) ?? 1,
    instanceMetadataTags:
      block?.choice('instance_metadata_tags', ['enabled', 'disabled'] as const) ?? 'disabled'
  };
}

/** ami_name renders now (no build data) and must be a valid EC2 image name. */
function readAmiName(options: OptionsReader): string {
  const name = options.requiredString('ami_name');
  if (name.length < 3 || name.length > 128) {
    throw options.error(
      'ami_name',
      `must be 3 to 128 characters long, found ${name.length}: ${JSON.stringify(name)}`
    );
  }
  if (cleanResourceName(name) !== name) {
    throw options.error(
      'ami_name',
      `${JSON.stringify(name)} may only contain letters, digits and ()[] ./-'@_ ` +
        '(the clean_resource_name function replaces the others)'
    );
  }
  return name;
}

function readDeprecateAt(options: OptionsReader): string | undefined {
  const text = options.string('deprecate_at');
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw options.error(
      'deprecate_at',
      `expected a UTC time such as 2030-01-31T00:00:00Z, found ${JSON.stringify(text)}`
    );
  }
  return text;
}

/** Packer's rules linking encrypt_boot, kms_key_id, region_kms_key_ids, ami_regions and sharing. */
function validateEncryption(options: OptionsReader, config: AmazonEbsConfig): void {
  const regionKeys = Object.entries(config.regionKmsKeyIds);
  for (const [region] of regionKeys) {
    if (!config.amiRegions.includes(region) && region !== config.region) {
      throw options.error(
        'region_kms_key_ids',
        `region ${region} is in region_kms_key_ids but not in ami_regions`
      );
    }
  }
  if (regionKeys.length > 0) {
    for (const region of config.amiRegions) {
      if (!(region in config.regionKmsKeyIds)) {
        throw options.error(
          'ami_regions',
          `region ${region} is in ami_regions but not in region_kms_key_ids`
        );
      }
    }
  }
  const keys = [config.kmsKeyId, ...regionKeys.map(([, key]) => key)].filter(
    key => key !== undefined && key !== ''
  );
  if (keys.length > 0 && config.encryptBoot !== true) {
    throw options.error(
      config.kmsKeyId !== undefined ? 'kms_key_id' : 'region_kms_key_ids',
      'encrypt_boot must be true when kms_key_id or region_kms_key_ids is set'
    );
  }
  for (const key of keys) {
    if (!isKmsKey(key!)) {
      throw options.error(
        config.kmsKeyId === key ? 'kms_key_id' : 'region_kms_key_ids',
        `${key} is not a valid KMS key id`
      );
    }
  }
  const shared = config.amiUsers.length > 0 || config.snapshotUsers.length > 0;
  if (shared && config.encryptBoot === true) {
    if (config.kmsKeyId === undefined && regionKeys.length === 0) {
      throw options.error(
        'encrypt_boot',
        'an image encrypted with the default KMS key cannot be shared with other accounts'
      );
    }
    if (regionKeys.some(([, key]) => key === '')) {
      throw options.error('region_kms_key_ids', 'an image encrypted with a default KMS key cannot be shared');
    }
  }
}

function isKmsKey(key: string): boolean {
  const id = '[a-f0-9]+[a-f0-9-]+';
  const mrk = 'mrk-[a-f0-9]+[a-f0-9-]+';
  const alias = 'alias/[a-zA-Z0-9:/_-]+';
  const arn = 'arn:aws(-us-gov)?:kms:([a-z]{2}-(gov-)?[a-z]+-\\d{1})?:(\\d{12}):';
  return [
    `^${id}$`,
    `^${mrk}$`,
    `^${alias}$`,
    `^${arn}key/${id}$`,
    `^${arn}key/${mrk}$`,
    `^${arn}${alias}$`
  ].some(pattern => new RegExp(pattern).test(key));
}

function isCidr(text: string): boolean {
  const [address, bits, extra] = text.split('/');
  if (address === undefined || bits === undefined || extra !== undefined || !/^\d{1,3}$/.test(bits))
    return false;
  if (address.includes(':')) return Number(bits) <= 128 && /^[0-9a-fA-F:.]+$/.test(address);
  const octets = address.split('.');
  return (
    octets.length === 4 &&
    octets.every(octet => /^\d{1,3}$/.test(octet) && Number(octet) <= 255) &&
    Number(bits) <= 32
  );
}
