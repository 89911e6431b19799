// The snapshots of an image. Known from its block devices once it is available; for an image
// whose wait was cut short (a build that failed or was cancelled before then), EC2 is asked
// twice, each best effort: the image's block devices, and the snapshots tagged with the
// build's id that name the image in their description (as CreateImage and CopyImage write).
// Without them, deregistering the image leaves its snapshots behind (they were found leaking).
import {
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  type EC2Client,
  type Image
} from '@aws-sdk/client-ec2';
import { TAGS, tagFilter } from '../../tags.js';

export function snapshotIdsOf(image: Image): string[] {
  return (image.BlockDeviceMappings ?? []).flatMap(m => (m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []));
}

export async function snapshotsOfImage(ec2: EC2Client, imageId: string, buildId: string): Promise<string[]> {
  const [fromImage, fromTags] = await Promise.all([
    ec2
      .send(new DescribeImagesCommand({ ImageIds: [imageId] }))
      .then(({ Images = [] }) => Images.flatMap(snapshotIdsOf))
      .catch(() => [] as string[]),
    ec2
      .send(
        new DescribeSnapshotsCommand({
          OwnerIds: ['self'],
          Filters: [tagFilter(TAGS.buildId, [buildId])]
        })
      )
      .then(({ Snapshots = [] }) =>
        Snapshots.filter(s => s.Description?.includes(imageId)).flatMap(s => s.SnapshotId ?? [])
      )
      .catch(() => [] as string[])
  ]);
  return [...new Set([...fromImage, ...fromTags])];
}
