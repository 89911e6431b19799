// Which images are a finished build's, by their build-ami:complete tag. The build region's image gets
// `true` once the build is done (the last step writes it, or CreateImage does when nothing follows the
// image). A copy in an ami_regions region gets `with <region>/<ami>` from the moment CopyImage makes it
// (no call after the copy): it is finished when it is available and the image it names (the one it was
// copied from, in the build region) carries `true`. So a copy of a build that is still copying,
// sharing or encrypting, or of one that failed, is never trusted: its source is not complete. An image
// whose tag says anything else is never a finished build's. Images of earlier versions carry `true`
// everywhere.
import { DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { AwsOperationError } from './errors.js';
import { TAGS, tagFilter } from './tags.js';

export const COMPLETE = 'true';

/** The complete tag of a copy of `imageId` (in `region`): finished when that image is. */
export const completeWith = (region: string, imageId: string) => `with ${region}/${imageId}`;

/** The image a copy's complete tag names, if the tag is a copy's. */
export function completeSource(value: string | undefined): { region: string; id: string } | undefined {
  const match = /^with ([a-z0-9-]+)\/(ami-[0-9a-f]+)$/.exec(value ?? '');
  return match ? { region: match[1]!, id: match[2]! } : undefined;
}

/** The Describe filter that lets both kinds through: what it finds goes through onlyFinished. */
export const completeOrCopyFilter = () => tagFilter(TAGS.complete, [COMPLETE, 'with *']);

export interface ImageRef {
  region: string;
  id: string;
  /** Its build-ami:complete tag. */
  complete?: string;
}

const key = (region: string, id: string) => `${region}/${id}`;

/**
 * The items that are a finished build's: those tagged `true`, and the copies whose source is (among
 * the items, or else looked up: one DescribeImages per source region, of available images of the
 * account tagged `true`). A failed look-up throws: the caller trusts nothing then.
 */
export async function onlyFinished<T>(
  ec2For: (region: string) => EC2Client,
  items: readonly T[],
  ref: (item: T) => ImageRef
): Promise<T[]> {
  const refs = items.map(ref);
  const finished = new Set(refs.filter(r => r.complete === COMPLETE).map(r => key(r.region, r.id)));
  const wanted = new Map<string, Set<string>>();
  for (const source of refs.map(r => completeSource(r.complete))) {
    if (!source || finished.has(key(source.region, source.id))) continue;
    wanted.set(source.region, (wanted.get(source.region) ?? new Set()).add(source.id));
  }
  await Promise.all(
    [...wanted.entries()].map(async ([region, ids]) => {
      const { Images = [] } = await ec2For(region)
        .send(
          new DescribeImagesCommand({
            Owners: ['self'],
            IncludeDeprecated: true,
            Filters: [
              { Name: 'image-id', Values: [...ids] },
              { Name: 'state', Values: ['available'] },
              tagFilter(TAGS.complete, [COMPLETE])
            ]
          })
        )
        .catch(error => {
          throw new AwsOperationError({
            operation: 'DescribeImages',
            doing: `checking that the images copies were made from (${[...ids].join(', ')}) in ${region} are finished builds'`,
            cause: error
          });
        });
      for (const image of Images) if (image.ImageId) finished.add(key(region, image.ImageId));
    })
  );
  return items.filter((_, i) => {
    const r = refs[i]!;
    if (r.complete === COMPLETE) return true;
    const source = completeSource(r.complete);
    return !!source && finished.has(key(source.region, source.id));
  });
}
