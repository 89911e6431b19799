// Finds what a build left in a region by the build's tag: every temporary resource is tagged
// at creation, so this finds even a resource whose create call never answered.
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeLaunchTemplatesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import type { JournalEntry } from '../journal.js';
import { TAGS, tagFilter } from '../tags.js';

type Found = Pick<JournalEntry, 'kind' | 'id' | 'region'>;

/**
 * Each kind is looked up on its own: one failing lookup (a denied DescribeInstances, say) is
 * reported through onError and must not hide the key pairs, groups and images the others find.
 */
export async function findTagged(
  ec2: EC2Client,
  region: string,
  buildId: string,
  onError: (operation: string, error: unknown) => void = () => undefined
): Promise<Found[]> {
  const Filters = [tagFilter(TAGS.buildId, [buildId])];
  const look = <T extends object>(operation: string, call: Promise<T>): Promise<Partial<T>> =>
    call.catch(error => {
      onError(operation, error);
      return {};
    });
  const [instances, keys, groups, volumes, images, snapshots, templates] = await Promise.all([
    look(
      'DescribeInstances',
      ec2.send(
        new DescribeInstancesCommand({
          Filters: [
            ...Filters,
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }
          ]
        })
      )
    ),
    look('DescribeKeyPairs', ec2.send(new DescribeKeyPairsCommand({ Filters }))),
    look('DescribeSecurityGroups', ec2.send(new DescribeSecurityGroupsCommand({ Filters }))),
    look('DescribeVolumes', ec2.send(new DescribeVolumesCommand({ Filters }))),
    look('DescribeImages', ec2.send(new DescribeImagesCommand({ Owners: ['self'], Filters }))),
    look('DescribeSnapshots', ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters }))),
    look('DescribeLaunchTemplates', ec2.send(new DescribeLaunchTemplatesCommand({ Filters })))
  ]);
  const found: Found[] = [];
  const add = (kind: Found['kind'], ids: (string | undefined)[]) => {
    for (const id of ids) if (id) found.push({ kind, id, region });
  };
  // An instance holding one of the build's volumes is the build's, even one the instance lookup
  // missed (not visible yet just after launch): its volumes, tagged at launch, give it away.
  const holders = (volumes.Volumes ?? []).flatMap(v => (v.Attachments ?? []).map(a => a.InstanceId));
  const listed = (instances.Reservations ?? []).flatMap(r => (r.Instances ?? []).map(i => i.InstanceId));
  add('instance', [...new Set([...listed, ...holders])]);
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
  add(
    'launch-template',
    (templates.LaunchTemplates ?? []).map(t => t.LaunchTemplateId)
  );
  return found;
}
