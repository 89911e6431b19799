// Finds what a build left in a region by the build's tag: every temporary resource is tagged
// at creation, so this finds even a resource whose create call never answered.
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { BUILD_ID_TAG } from '../builder/context.js';
import type { JournalEntry } from '../journal.js';

type Found = Pick<JournalEntry, 'kind' | 'id' | 'region'>;

export async function findTagged(ec2: EC2Client, region: string, buildId: string): Promise<Found[]> {
  const Filters = [{ Name: `tag:${BUILD_ID_TAG}`, Values: [buildId] }];
  const [instances, keys, groups, volumes, images, snapshots] = await Promise.all([
    ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          ...Filters,
          { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
        ]
      })
    ),
    ec2.send(new DescribeKeyPairsCommand({ Filters })),
    ec2.send(new DescribeSecurityGroupsCommand({ Filters })),
    ec2.send(new DescribeVolumesCommand({ Filters })),
    ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters })),
    ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters }))
  ]);
  const found: Found[] = [];
  const add = (kind: Found['kind'], ids: (string | undefined)[]) => {
    for (const id of ids) if (id) found.push({ kind, id, region });
  };
  add(
    'instance',
    (instances.Reservations ?? []).flatMap(r => (r.Instances ?? []).map(i => i.InstanceId))
  );
  add(
    'key-pair',
    (keys.KeyPairs ?? []).map(k => k.KeyName)
  );
  add(
    'security-group',
    (groups.SecurityGroups ?? []).map(g => g.GroupId)
  );
  add(
    'volume',
    (volumes.Volumes ?? []).map(v => v.VolumeId)
  );
  add(
    'image',
    (images.Images ?? []).map(i => i.ImageId)
  );
  add(
    'snapshot',
    (snapshots.Snapshots ?? []).map(s => s.SnapshotId)
  );
  return found;
}
