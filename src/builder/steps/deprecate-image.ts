// deprecate_at: the image is scheduled for deprecation in every region it exists in.
import { EnableImageDeprecationCommand } from '@aws-sdk/client-ec2';
import type { BuildContext, BuildState } from '../context.js';
import { modifyImage } from '../images/modify.js';
import type { Step } from '../runner.js';

/** Only for a plan with deprecate_at. */
export function deprecateImage(ctx: BuildContext): Step<BuildState> | undefined {
  const { deprecateAt, skipCreateAmi } = ctx.plan.builder;
  if (!deprecateAt || skipCreateAmi) return undefined;
  return {
    title: 'Deprecate image',
    async run(state, signal) {
      for (const image of state.images) {
        await modifyImage({
          image,
          operation: 'EnableImageDeprecation',
          what: 'scheduling deprecation (deprecate_at)',
          signal,
          call: ctx
            .ec2For(image.region)
            .send(
              new EnableImageDeprecationCommand({ ImageId: image.id, DeprecateAt: new Date(deprecateAt) })
            )
        });
        ctx.log.info(`${image.region}: ${image.id} deprecates at ${deprecateAt}`);
      }
    }
  };
}
