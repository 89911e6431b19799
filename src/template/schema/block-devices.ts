// launch_block_device_mappings and ami_block_device_mappings entries, validated as Packer's
// builder/common/block_device.go does.

import type { OptionsReader } from '../options-reader.js';
import type { BlockDeviceMapping } from '../types.js';

const BLOCK_DEVICE_OPTIONS = [
  'device_name',
  'delete_on_termination',
  'encrypted',
  'iops',
  'kms_key_id',
  'no_device',
  'snapshot_id',
  'throughput',
  'virtual_name',
  'volume_type',
  'volume_size'
];

/** Provisioned IOPS per GiB, at most. */
const IOPS_RATIO: Readonly<Record<string, number>> = { io1: 50, io2: 500 };

export function readBlockDevices(options: OptionsReader, name: string): BlockDeviceMapping[] {
  return options.objectList(name).map(readBlockDevice);
}

function readBlockDevice(device: OptionsReader): BlockDeviceMapping {
  device.checkKeys(BLOCK_DEVICE_OPTIONS, [], 'a block device mapping');
  const deviceName = device.requiredString('device_name', 'is required for every block device mapping');
  const mapping: BlockDeviceMapping = {
    deviceName,
    deleteOnTermination: device.bool('delete_on_termination') ?? false,
    encrypted: device.bool('encrypted'),
    iops: device.int('iops', { min: 0 }),
    kmsKeyId: device.string('kms_key_id'),
    noDevice: device.bool('no_device') ?? false,
    snapshotId: device.string('snapshot_id'),
    throughput: device.int('throughput', { min: 0 }),
    virtualName: device.string('virtual_name'),
    volumeType: device.string('volume_type'),
    volumeSize: device.int('volume_size', { min: 0 })
  };
  validate(device, mapping);
  return mapping;
}

function validate(device: OptionsReader, mapping: BlockDeviceMapping): void {
  const { deviceName, volumeType, volumeSize, iops, throughput } = mapping;
  if (mapping.kmsKeyId !== undefined && mapping.encrypted === false) {
    throw device.error(
      'kms_key_id',
      `device ${deviceName} must also have "encrypted": true when kms_key_id is set`
    );
  }
  const ratio = volumeType === undefined ? undefined : IOPS_RATIO[volumeType];
  if (ratio !== undefined && volumeSize !== undefined && volumeSize > 0 && iops !== undefined) {
    if (iops / volumeSize > ratio) {
      throw device.error('iops', `the most IOPS per GiB for ${volumeType} volumes is ${ratio}:1`);
    }
    if (iops < 100 || iops > 64000)
      throw device.error('iops', `must be between 100 and 64000 for ${volumeType}`);
  }
  if (volumeType === 'gp3') {
    if (throughput !== undefined && (throughput < 125 || throughput > 1000)) {
      throw device.error('throughput', 'must be between 125 and 1000 for gp3 volumes');
    }
    if (iops !== undefined && (iops < 3000 || iops > 16000)) {
      throw device.error('iops', 'must be between 3000 and 16000 for gp3 volumes');
    }
  } else if (throughput !== undefined) {
    throw device.error(
      'throughput',
      `is only valid for gp3 volumes, not ${volumeType ?? 'the default type'}`
    );
  }
}
