// Makes the AMI from the stopped instance. With force_deregister, older images of the same
// name go first (and their snapshots, with force_delete_snapshot). The image and its
// snapshots are tagged as they are created. This step records the image as the build's image
// in the build region (state.image, state.images); later steps only replace or add to it. A
// build that fails or is cancelled after this step deregisters the half-made image and
// deletes its snapshots. When nothing follows the image but the last step (no encryption, copy,
// sharing, attributes, deprecation or protection), CreateImage also tags it complete
// (complete-image.ts): every lookup of finished images wants it available, and it is available only
// once it is made, which is the build's last EC2 work.
import {
  CreateImageCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand
} from '@aws-sdk/client-ec2';
import { errorCode } from '../../aws/errors.js';
import { AwsOperationError } from '../../errors.js';
import { COMPLETE } from '../../finished-images.js';
import { imageDescription, TAGS, toTagList } from '../../tags.js';
import { toEc2Mappings } from '../block-devices.js';
import type { BuildContext, BuildState, InstanceInfo, RegionImage } from '../context.js';
import { imageMadeByBuild } from '../images/made-by-build.js';
import { rollBackImages } from '../images/remove.js';
import { snapshotIdsOf } from '../images/snapshots.js';
import { imageTags, type ImageTags } from '../images/tags.js';
import { waitForImage } from '../images/wait.js';
import { need } from '../need.js';
import type { Step } from '../runner.js';

const TITLE = 'Create image';

export function createImage(
  ctx: BuildContext,
  options: { completeAtBirth?: boolean } = {}
): Step<BuildState> {
  const { journal, log } = ctx;
  const config = ctx.plan.builder;
  let made: RegionImage | undefined;
  return {
    title: TITLE,
    async run(state, signal) {
      if (config.skipCreateAmi) {
        log.info('skip_create_ami is set: no image is made');
        return;
      }
      const instance = need(state, 'instance', TITLE);
      if (config.forceDeregister) await deregisterExisting(ctx);
      const tags = imageTags(ctx, state.buildData);
      if (options.completeAtBirth) tags.image = { ...tags.image, [TAGS.complete]: COMPLETE };
      const imageId = await create(ctx, state, instance, tags);
      journal.created({ kind: 'image', id: imageId, region: config.region, build: ctx.plan.name });
      made = { region: config.region, id: imageId, snapshotIds: [] };
      state.image = { id: imageId, name: config.amiName, snapshotIds: [] };
      log.info(`Creating image ${imageId} (${config.amiName}) from ${instance.id}`);
      // EC2 takes longer to image an instance than to stop it (or, for a spot instance, to launch it).
      const { value: image, elapsedMs } = await waitForImage(ctx, made, signal, {
        priorMs: instance.stopMs ?? instance.upAfterMs
      });
      made.snapshotIds = snapshotIdsOf(image);
      state.image.snapshotIds = [...made.snapshotIds];
      state.image.madeInMs = elapsedMs;
      state.images = [
        { ...made, snapshotIds: [...made.snapshotIds], tagged: options.completeAtBirth || undefined }
      ];
      for (const id of made.snapshotIds) {
        journal.created({ kind: 'snapshot', id, region: config.region, build: ctx.plan.name });
      }
      log.info(
        `Image ${imageId} is available after ${(elapsedMs / 1000).toFixed(1)}s (snapshots ${made.snapshotIds.join(', ')})`
      );
    },
    async cleanup(state, outcome) {
      if (!made || outcome === 'succeeded') return;
      // encrypt_boot replaced it with an encrypted copy and removed it then.
      if (state.image && state.image.id !== made.id) return;
      log.info(`The build did not succeed: removing image ${made.id} and its snapshots`);
      await rollBackImages(ctx, [made]);
    }
  };
}

async function create(
  ctx: BuildContext,
  state: BuildState,
  instance: InstanceInfo,
  tags: ImageTags
): Promise<string> {
  const config = ctx.plan.builder;
  try {
    const { ImageId } = await ctx.ec2.send(
      new CreateImageCommand({
        InstanceId: instance.id,
        Name: config.amiName,
        Description: imageDescription(config.amiDescription.render(state.buildData)) || undefined,
        BlockDeviceMappings: config.amiBlockDeviceMappings.length
          ? toEc2Mappings(config.amiBlockDeviceMappings)
          : undefined,
        TagSpecifications: [
          { ResourceType: 'image', Tags: toTagList(tags.image) },
          { ResourceType: 'snapshot', Tags: toTagList(tags.snapshot) }
        ]
      })
    );
    return ImageId!;
  } catch (error) {
    // A retried CreateImage whose first answer was lost: the image is ours if it carries our build id.
    if (errorCode(error) === 'InvalidAMIName.Duplicate') {
      const ours = await imageMadeByBuild(ctx, config.region);
      if (ours) return ours;
    }
    throw new AwsOperationError({
      operation: 'CreateImage',
      doing: `creating image "${config.amiName}" from ${instance.id}`,
      resource: instance.id,
      cause: error
    });
  }
}

async function deregisterExisting({ plan, ec2, log }: BuildContext): Promise<void> {
  const config = plan.builder;
  const { Images = [] } = await ec2.send(
    new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: [config.amiName] }] })
  );
  for (const image of Images) {
    log.info(`force_deregister: deregistering ${image.ImageId} (${image.Name})`);
    await ec2.send(new DeregisterImageCommand({ ImageId: image.ImageId }));
    if (!config.forceDeleteSnapshot) continue;
    for (const snapshotId of snapshotIdsOf(image)) {
      log.info(`force_delete_snapshot: deleting ${snapshotId}`);
      await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
    }
  }
}
