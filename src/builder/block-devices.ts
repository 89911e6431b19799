// The template's block device mappings as EC2 takes them: for the launch
// (launch_block_device_mappings) and for the image (ami_block_device_mappings) alike.
import type { BlockDeviceMapping as Ec2BlockDeviceMapping, VolumeType } from '@aws-sdk/client-ec2';
import type { BlockDeviceMapping } from '../template/types.js';

export function toEc2Mappings(mappings: readonly BlockDeviceMapping[]): Ec2BlockDeviceMapping[] {
  return mappings.map(m => ({
    DeviceName: m.deviceName,
    NoDevice: m.noDevice ? '' : undefined,
    VirtualName: m.virtualName,
    Ebs:
      m.noDevice || m.virtualName
        ? undefined
        : {
            VolumeSize: m.volumeSize,
            VolumeType: m.volumeType as VolumeType | undefined,
            DeleteOnTermination: m.deleteOnTermination,
            Encrypted: m.encrypted,
            Iops: m.iops,
            Throughput: m.throughput,
            SnapshotId: m.snapshotId,
            KmsKeyId: m.kmsKeyId
          }
  }));
}
