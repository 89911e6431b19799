// Marks a build's images finished. Every lookup of finished images (reuse, retention, promote: see
// finished-images.ts) wants TAGS.complete, so an image that is still being copied, shared or
// encrypted (or one behind encrypt_boot, or one of a build that later fails and rolls back) is never
// handed to another run: the tag is written last, by the "Record artifact" step, on the build
// region's image. The images that carry it from their create call are left be: the build region's
// image when nothing follows it (CreateImage wrote `true`), and the ami_regions copies (CopyImage
// wrote `with` the build region's image, which makes them finished once this tag is written there).
import { CreateTagsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import { COMPLETE } from '../finished-images.js';
import { TAGS } from '../tags.js';
import type { RegionImage } from './context.js';

export async function markComplete(
  ec2For: (region: string) => EC2Client,
  images: readonly RegionImage[]
): Promise<void> {
  await Promise.all(
    images
      .filter(image => !image.tagged)
      .map(image =>
        ec2For(image.region)
          .send(
            new CreateTagsCommand({
              Resources: [image.id],
              Tags: [{ Key: TAGS.complete, Value: COMPLETE }]
            })
          )
          .catch(error => {
            throw new AwsOperationError({
              operation: 'CreateTags',
              doing: `marking ${image.id} in ${image.region} as a finished build (${TAGS.complete})`,
              resource: image.id,
              cause: error
            });
          })
      )
  );
}
