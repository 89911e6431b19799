// ami_users / ami_groups and snapshot_users / snapshot_groups: the image and its snapshots are
// shared in every region they exist in (launch and create-volume permissions).
import { ModifyImageAttributeCommand, ModifySnapshotAttributeCommand } from '@aws-sdk/client-ec2';
import type { BuildContext, BuildState } from '../context.js';
import { modifyImage } from '../images/modify.js';
import type { Step } from '../runner.js';

/** Only for a plan that shares the image or its snapshots with someone. */
export function shareImage(ctx: BuildContext): Step<BuildState> | undefined {
  const b = ctx.plan.builder;
  const shareImages = b.amiUsers.length > 0 || b.amiGroups.length > 0;
  const shareSnapshots = b.snapshotUsers.length > 0 || b.snapshotGroups.length > 0;
  if ((!shareImages && !shareSnapshots) || b.skipCreateAmi) return undefined;
  return {
    title: 'Share image',
    async run(state, signal) {
      for (const image of state.images) {
        const ec2 = ctx.ec2For(image.region);
        if (shareImages) {
          await modifyImage({
            image,
            operation: 'ModifyImageAttribute',
            what: 'sharing (ami_users/ami_groups)',
            signal,
            call: ec2.send(
              new ModifyImageAttributeCommand({
                ImageId: image.id,
                LaunchPermission: {
                  Add: [
                    ...b.amiUsers.map(UserId => ({ UserId })),
                    ...b.amiGroups.map(Group => ({ Group: Group as 'all' }))
                  ]
                }
              })
            )
          });
          ctx.log.info(
            `${image.region}: ${image.id} shared with ${[...b.amiUsers, ...b.amiGroups].join(', ')}`
          );
        }
        if (!shareSnapshots) continue;
        for (const snapshotId of image.snapshotIds) {
          await modifyImage({
            image,
            operation: 'ModifySnapshotAttribute',
            what: `sharing snapshot ${snapshotId} (snapshot_users/snapshot_groups)`,
            signal,
            call: ec2.send(
              new ModifySnapshotAttributeCommand({
                SnapshotId: snapshotId,
                Attribute: 'createVolumePermission',
                CreateVolumePermission: {
                  Add: [
                    ...b.snapshotUsers.map(UserId => ({ UserId })),
                    ...b.snapshotGroups.map(Group => ({ Group: Group as 'all' }))
                  ]
                }
              })
            )
          });
        }
      }
    }
  };
}
