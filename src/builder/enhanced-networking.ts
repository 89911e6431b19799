// ena_support / sriov_support need an HVM image: checked as soon as the source image is known,
// before anything is created (Packer's step_source_ami_info.go). ami_virtualization_type, when
// given, answers for the image instead of the source image's own type.
import type { Image } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import type { AmazonEbsConfig } from '../template/types.js';

export function wantsEnhancedNetworking(config: AmazonEbsConfig): boolean {
  return config.enaSupport === true || config.sriovSupport;
}

export function checkEnhancedNetworking(config: AmazonEbsConfig, source: Image): void {
  if (!wantsEnhancedNetworking(config)) return;
  const option = config.enaSupport === true ? 'ena_support' : 'sriov_support';
  if (config.amiVirtualizationType === 'hvm') return;
  if (config.amiVirtualizationType !== undefined) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `cannot enable enhanced networking (${option}): ami_virtualization_type is ${config.amiVirtualizationType}, not hvm`
    });
  }
  if (source.VirtualizationType !== 'hvm') {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      resource: source.ImageId,
      doing: `cannot enable enhanced networking (${option}): source AMI ${source.ImageId} is ${source.VirtualizationType ?? 'of unknown virtualization type'}, not hvm`
    });
  }
}
