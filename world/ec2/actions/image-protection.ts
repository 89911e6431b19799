// Deregistration protection of an image: while it is on, DeregisterImage is refused (images.ts).
// EC2's optional 24-hour cooldown after disabling is recorded (DescribeImages shows
// enabled-with-cooldown) but not enforced: disabling takes effect at once here.
import type { Handler } from './context.js';
import { checkDryRun } from './context.js';
import { Ec2Error } from '../errors.js';

export const enableImageDeregistrationProtection: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const image = world.get(region, 'image', params.required('ImageId'));
  if (image.ownerId !== account) throw new Ec2Error('AuthFailure', `Not authorized for image:${image.id}`);
  image.deregistrationProtection = params.bool('WithCooldown')
    ? 'enabled-with-cooldown'
    : 'enabled-without-cooldown';
  return { return: image.deregistrationProtection };
};

export const disableImageDeregistrationProtection: Handler = ({ world, region, params, account }) => {
  checkDryRun(params);
  const image = world.get(region, 'image', params.required('ImageId'));
  if (image.ownerId !== account) throw new Ec2Error('AuthFailure', `Not authorized for image:${image.id}`);
  image.deregistrationProtection = undefined;
  return { return: 'disabled' };
};
