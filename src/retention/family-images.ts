// A family's images in one region: the account's own images carrying the family's tags (the
// template and build name, and the repository) and tagged complete: either kind of complete tag, so the
// caller keeps only finished builds' (onlyFinished, finished-images.ts). Nothing is ever found by its name: an image the action
// did not tag as one of this family's is never a candidate, whatever it is called.
import { DescribeImagesCommand, type EC2Client, type Image } from '@aws-sdk/client-ec2';
import { snapshotIdsOf } from '../builder/images/snapshots.js';
import { AwsOperationError } from '../errors.js';
import { completeOrCopyFilter } from '../finished-images.js';
import { TAGS, tagFilter, tagOf } from '../tags.js';

export interface FamilyImage {
  region: string;
  id: string;
  name: string;
  buildId?: string;
  commit?: string;
  created: Date;
  /** EnableImageDeprecation has been set on it (past or future). */
  deprecated: boolean;
  /** DescribeImages' DeregistrationProtection, when it is anything but disabled. */
  protection?: string;
  snapshotIds: string[];
  /** Its build-ami:complete tag: `true`, or a copy's `with <region>/<ami>`. */
  complete?: string;
}

export interface Family {
  /** familyOf(template, build name). */
  name: string;
  repository?: string;
}

function familyImage(region: string, image: Image): FamilyImage {
  const protection = image.DeregistrationProtection;
  return {
    region,
    id: image.ImageId!,
    name: image.Name ?? '',
    buildId: tagOf(image, TAGS.buildId),
    commit: tagOf(image, TAGS.commit),
    created: new Date(image.CreationDate ?? 0),
    deprecated: !!image.DeprecationTime,
    protection: protection && protection !== 'disabled' ? protection : undefined,
    snapshotIds: snapshotIdsOf(image),
    complete: tagOf(image, TAGS.complete)
  };
}

export async function familyImages(ec2: EC2Client, region: string, family: Family): Promise<FamilyImage[]> {
  const filters = [
    { Name: 'state', Values: ['available'] },
    tagFilter(TAGS.family, [family.name]),
    completeOrCopyFilter(),
    ...(family.repository ? [tagFilter(TAGS.repository, [family.repository])] : [])
  ];
  const images: FamilyImage[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await ec2.send(
        new DescribeImagesCommand({
          Owners: ['self'],
          IncludeDeprecated: true,
          Filters: filters,
          NextToken: token
        })
      );
      // Checked again here: only what carries the family's tags is ever a candidate, whatever a filter did.
      for (const image of page.Images ?? []) {
        if (tagOf(image, TAGS.family) !== family.name) continue;
        if (family.repository && tagOf(image, TAGS.repository) !== family.repository) continue;
        images.push(familyImage(region, image));
      }
      token = page.NextToken;
    } while (token);
  } catch (error) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `listing the images of ${family.name} in ${region}`,
      cause: error
    });
  }
  return images;
}
