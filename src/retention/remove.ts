// Removing one old image: deregistered together with its snapshots (DeregisterImage with
// DeleteAssociatedSnapshots, so a run killed between the two cannot strand a snapshot), any snapshot
// EC2 reports as not deleted tried once more on its own; or, with deprecate-older, only deprecated.
import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  EnableImageDeprecationCommand,
  type EC2Client
} from '@aws-sdk/client-ec2';
import { errorCode } from '../aws/errors.js';
import { AwsOperationError, messageOf } from '../errors.js';
import type { FamilyImage } from './family-images.js';

export interface Removal {
  snapshotsDeleted: string[];
  /** Snapshots that stay, with why (another image uses one; a call failed). */
  snapshotsLeft: string[];
}

export async function deregisterWithSnapshots(ec2: EC2Client, image: FamilyImage): Promise<Removal> {
  const { DeleteSnapshotResults = [] } = await ec2
    .send(new DeregisterImageCommand({ ImageId: image.id, DeleteAssociatedSnapshots: true }))
    .catch(error => {
      throw new AwsOperationError({
        operation: 'DeregisterImage',
        doing: `removing ${image.id} (${image.name}) in ${image.region}`,
        resource: image.id,
        cause: error
      });
    });
  const deleted = new Set(
    DeleteSnapshotResults.filter(r => r.ReturnCode === 'success').map(r => r.SnapshotId!)
  );
  const left: string[] = [];
  for (const snapshotId of image.snapshotIds.filter(id => !deleted.has(id))) {
    try {
      await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
      deleted.add(snapshotId);
    } catch (error) {
      if (/NotFound/.test(errorCode(error) ?? '')) continue;
      left.push(`${snapshotId} (${messageOf(error)})`);
    }
  }
  return { snapshotsDeleted: [...deleted], snapshotsLeft: left };
}

/** Deprecates the image a minute from now (EC2 takes no time in the past), so it leaves DescribeImages' default listing. */
export async function deprecate(ec2: EC2Client, image: FamilyImage, now: number): Promise<void> {
  await ec2
    .send(new EnableImageDeprecationCommand({ ImageId: image.id, DeprecateAt: new Date(now + 60_000) }))
    .catch(error => {
      throw new AwsOperationError({
        operation: 'EnableImageDeprecation',
        doing: `deprecating ${image.id} (${image.name}) in ${image.region}`,
        resource: image.id,
        cause: error
      });
    });
}
