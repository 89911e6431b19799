// The snapshots of an image whose wait was cut short. A build learns its image's snapshots when
// the image becomes available; a build that fails or is cancelled before then must still find
// them, or deregistering the image leaves them behind (they were found leaking that way). EC2
// is asked twice, each best effort: the image's block devices, and the snapshots tagged with
// the build's id that name the image in their description (as CreateImage and CopyImage write).
import { DescribeImagesCommand, DescribeSnapshotsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { TAGS, tagFilter } from '../tags.js';

export async function snapshotsOfImage(ec2: EC2Client, imageId: string, buildId: string): Promise<string[]> {
  const [fromImage, fromTags] = await Promise.all([
    ec2
      .send(new DescribeImagesCommand({ ImageIds: [imageId] }))
      .then(({ Images = [] }) =>
        Images.flatMap(i => i.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ?? [])
      )
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
