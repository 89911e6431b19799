// deregistration_protection: the finished image cannot be deregistered until the protection is
// turned off (with_cooldown: and 24 hours have passed since), in every region it exists in. Last of
// the image steps, as in Packer, so a failure before it can still roll the image back.
import { EnableImageDeregistrationProtectionCommand } from '@aws-sdk/client-ec2';
import type { BuildContext, BuildState } from '../context.js';
import { modifyImage } from '../images/modify.js';
import type { Step } from '../runner.js';

/** Only for a plan with deregistration_protection enabled. */
export function protectImage(ctx: BuildContext): Step<BuildState> | undefined {
  const { deregistrationProtection, skipCreateAmi } = ctx.plan.builder;
  if (!deregistrationProtection.enabled || skipCreateAmi) return undefined;
  const { withCooldown } = deregistrationProtection;
  return {
    title: 'Protect image',
    async run(state, signal) {
      for (const image of state.images) {
        await modifyImage({
          image,
          operation: 'EnableImageDeregistrationProtection',
          what: 'enabling deregistration protection (deregistration_protection)',
          signal,
          call: ctx.ec2For(image.region).send(
            new EnableImageDeregistrationProtectionCommand({
              ImageId: image.id,
              WithCooldown: withCooldown
            })
          )
        });
        ctx.log.info(
          `${image.region}: ${image.id} is protected from deregistration${withCooldown ? ' (with a 24-hour cooldown)' : ''}`
        );
      }
    }
  };
}
