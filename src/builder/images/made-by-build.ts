// Lost answers: a CreateImage or CopyImage whose every answer was lost (dropped connections,
// 5xx) may well have made the image. The image this build made carries its ami_name and the
// build's id tag, so it is found and used (and removed if the build fails) rather than orphaned.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { TAGS, tagFilter } from '../../tags.js';
import type { BuildContext } from '../context.js';

/** The image named ami_name with this build's id in `region`, other than `except` (the source of a copy). */
export async function imageMadeByBuild(
  ctx: BuildContext,
  region: string,
  except?: string
): Promise<string | undefined> {
  const { Images = [] } = await ctx
    .ec2For(region)
    .send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [
          { Name: 'name', Values: [ctx.plan.builder.amiName] },
          tagFilter(TAGS.buildId, [ctx.buildId])
        ]
      })
    )
    .catch(() => ({ Images: [] }));
  return Images.find(i => i.ImageId !== except)?.ImageId;
}
