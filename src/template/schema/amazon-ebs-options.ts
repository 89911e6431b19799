// The amazon-ebs option names: those implemented, and those Packer documents that we do not implement yet
// (from packer-plugin-amazon builder/ebs FlatConfig). A template using the latter fails with
// "<option> is not supported yet" instead of being built without it. To support one, move it here from
// UNSUPPORTED to IMPLEMENTED and read it in amazon-ebs.ts.

import { ACCESS_OPTIONS, UNSUPPORTED_ACCESS_OPTIONS } from './access-options.js';
import { IMAGE_ATTRIBUTE_OPTIONS } from './image-attributes.js';
import { LAUNCH_OPTIONS } from './launch-options.js';
import { SSH_CONNECTION_OPTIONS } from './ssh-connection.js';

export const IMPLEMENTED_AMAZON_EBS_OPTIONS = [
  // Access (shared with the amazon data sources), and one only the builder has
  ...ACCESS_OPTIONS,
  'skip_region_validation',
  // Source image
  'source_ami',
  'source_ami_filter',
  // Instance
  'instance_type',
  'subnet_id',
  'vpc_id',
  'security_group_id',
  'security_group_ids',
  'temporary_security_group_source_cidrs',
  'temporary_security_group_source_public_ip',
  'associate_public_ip_address',
  'availability_zone',
  'iam_instance_profile',
  'user_data',
  'user_data_file',
  'metadata_options',
  'shutdown_behavior',
  'launch_block_device_mappings',
  'run_tags',
  'run_volume_tags',
  'ebs_optimized',
  'tenancy',
  ...LAUNCH_OPTIONS,
  // Network by filter, and spot (network-spot.ts)
  'subnet_filter',
  'vpc_filter',
  'security_group_filter',
  'spot_price',
  'spot_price_auto_product',
  'spot_instance_types',
  'spot_allocation_strategy',
  'spot_tags',
  'fleet_tags',
  // Image
  'ami_regions',
  'ami_users',
  'ami_groups',
  'snapshot_users',
  'snapshot_groups',
  'encrypt_boot',
  'kms_key_id',
  'region_kms_key_ids',
  'deprecate_at',
  'ami_name',
  'ami_description',
  'ami_block_device_mappings',
  'tags',
  'snapshot_tags',
  'force_deregister',
  'force_delete_snapshot',
  'skip_create_ami',
  ...IMAGE_ATTRIBUTE_OPTIONS,
  // Communicator
  'communicator',
  'pause_before_connecting',
  'ssh_username',
  'ssh_port',
  'ssh_timeout',
  'ssh_wait_timeout',
  'ssh_handshake_attempts',
  'ssh_interface',
  'ssh_host',
  'ssh_password',
  'ssh_pty',
  'ssh_keypair_name',
  'ssh_private_key_file',
  'max_retries',
  ...SSH_CONNECTION_OPTIONS,
  'temporary_key_pair_name',
  'temporary_key_pair_type',
  'temporary_key_pair_bits',
  'pause_before_ssm',
  'session_manager_port'
] as const;

export const UNSUPPORTED_AMAZON_EBS_OPTIONS = [
  // Parsed by Packer, not yet carried out by our builder: refused rather than silently ignored.
  ...UNSUPPORTED_ACCESS_OPTIONS.filter(name => name !== 'max_retries'),
  'tag',
  'snapshot_tag',
  'run_tag',
  'run_volume_tag',
  'skip_save_build_region',
  'skip_ami_run_tags',
  'elastic_ip_allocation_id',
  'block_duration_minutes',
  'enable_nitro_enclave',
  'fleet_tag',
  'temporary_iam_instance_profile_policy_document',
  'spot_tag',
  'license_specifications',
  'no_ephemeral',
  'fast_launch',
  'windows_password_timeout',
  'ssh_certificate_file',
  'ssh_disable_agent_forwarding',
  'ssh_file_transfer_method',
  'ssh_read_write_timeout',
  'ssh_remote_tunnels',
  'ssh_local_tunnels',
  'ssh_public_key',
  'ssh_private_key',
  'ssh_bastion_interactive',
  'ssh_bastion_certificate_file',
  'ssh_proxy_host',
  'ssh_proxy_port',
  'ssh_proxy_username',
  'ssh_proxy_password',
  'winrm_username',
  'winrm_password',
  'winrm_host',
  'winrm_no_proxy',
  'winrm_port',
  'winrm_timeout',
  'winrm_use_ssl',
  'winrm_insecure',
  'winrm_use_ntlm',
  // Packer's common PackerConfig (builder/ebs FlatConfig): set by Packer core itself, never built on here.
  'packer_build_name',
  'packer_builder_type',
  'packer_core_version',
  'packer_debug',
  'packer_force',
  'packer_on_error',
  'packer_sensitive_variables',
  'packer_user_variables'
] as const;

/**
 * Options of Packer's other amazon builders that templates put on amazon-ebs. Packer refuses them there
 * too ("unknown configuration key"); the message says why and what to do.
 */
const NOT_FOR_AMAZON_EBS =
  'an option of amazon-ebssurrogate and amazon-chroot, not amazon-ebs (Packer refuses it here too): ' +
  'amazon-ebs makes the image from the instance (CreateImage), which takes no such setting; start from a ' +
  'source image that has it, or register the image with amazon-ebssurrogate';
export const OTHER_AMAZON_BUILDER_OPTIONS: Readonly<Record<string, string>> = {
  boot_mode: `boot_mode is ${NOT_FOR_AMAZON_EBS}`,
  tpm_support: `tpm_support is ${NOT_FOR_AMAZON_EBS}`,
  uefi_data: `uefi_data is ${NOT_FOR_AMAZON_EBS}`
};
