// Makes the AMI from the stopped instance. With force_deregister, older images of the same
// name go first (and their snapshots, with force_delete_snapshot). The image and its
// snapshots are tagged as they are created: the template's tags (on both, as Packer does),
// snapshot_tags on the snapshots, and the traceability tags. A build that fails or is
// cancelled after this step deregisters the half-made image and deletes its snapshots.
import {
  CreateImageCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand
} from '@aws-sdk/client-ec2';
import { errorCode } from '../../aws/errors.js';
import { AwsOperationError } from '../../errors.js';
import { renderTags, type BuildContext, type BuildState } from '../context.js';
import type { Step } from '../runner.js';
import { snapshotsOfImage } from '../image-snapshots.js';
import { teardown } from '../teardown.js';
import { waitForImage } from './copy-image.js';
import { toEc2Mappings } from './launch-instance.js';
import { imageDescription, TAGS, tagFilter, toTagList } from '../../tags.js';

export function createImage(ctx: BuildContext): Step<BuildState> {
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  return {
    title: 'Create image',
    async run(state, signal) {
      if (config.skipCreateAmi) {
        log.info('skip_create_ami is set: no image is made');
        return;
      }
      if (config.forceDeregister) await deregisterExisting(ctx);
      const tags = { ...renderTags(config.tags, state.buildData), ...ctx.traceTags };
      const snapshotTags = { ...tags, ...renderTags(config.snapshotTags, state.buildData) };
      const imageId = await create(ctx, state, tags, snapshotTags);
      journal.created({ kind: 'image', id: imageId, region: config.region, build: ctx.plan.name });
      state.image = { id: imageId, name: config.amiName, snapshotIds: [] };
      log.info(`Creating image ${imageId} (${config.amiName}) from ${state.instance!.id}`);
      const { value: image, elapsedMs } = await waitForImage(ctx, ec2, imageId, signal);
      state.image.snapshotIds = (image.BlockDeviceMappings ?? []).flatMap(m =>
        m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []
      );
      for (const id of state.image.snapshotIds) {
        journal.created({ kind: 'snapshot', id, region: config.region, build: ctx.plan.name });
      }
      log.info(
        `Image ${imageId} is available after ${(elapsedMs / 1000).toFixed(1)}s (snapshots ${state.image.snapshotIds.join(', ')})`
      );
    },
    async cleanup(state, outcome) {
      if (!state.image || outcome === 'succeeded') return;
      log.info(`The build did not succeed: removing image ${state.image.id} and its snapshots`);
      if (!state.image.snapshotIds.length) {
        state.image.snapshotIds = await snapshotsOfImage(ec2, state.image.id, ctx.buildId);
        for (const id of state.image.snapshotIds)
          journal.created({ kind: 'snapshot', id, region: config.region, build: ctx.plan.name });
      }
      const entries = [
        { kind: 'image' as const, id: state.image.id, region: config.region },
        ...state.image.snapshotIds.map(id => ({ kind: 'snapshot' as const, id, region: config.region }))
      ];
      const result = await teardown({ ec2: () => ec2, log: log.info, sleep: ctx.sleep }, entries, e =>
        journal.deleted(e.kind, e.id)
      );
      for (const failure of result.failed)
        log.warning(`Could not remove ${failure.entry.id}: run ${failure.command}`);
    }
  };
}

async function create(
  ctx: BuildContext,
  state: BuildState,
  tags: Record<string, string>,
  snapshotTags: Record<string, string>
): Promise<string> {
  const { ec2 } = ctx;
  const config = ctx.plan.builder;
  try {
    const { ImageId } = await ec2.send(
      new CreateImageCommand({
        InstanceId: state.instance!.id,
        Name: config.amiName,
        Description: imageDescription(config.amiDescription.render(state.buildData)) || undefined,
        BlockDeviceMappings: config.amiBlockDeviceMappings.length
          ? toEc2Mappings(config.amiBlockDeviceMappings)
          : undefined,
        TagSpecifications: [
          { ResourceType: 'image', Tags: toTagList(tags) },
          { ResourceType: 'snapshot', Tags: toTagList(snapshotTags) }
        ]
      })
    );
    return ImageId!;
  } catch (error) {
    // A retried CreateImage whose first answer was lost: the image is ours if it carries our build id.
    if (errorCode(error) === 'InvalidAMIName.Duplicate') {
      const { Images } = await ec2.send(
        new DescribeImagesCommand({
          Owners: ['self'],
          Filters: [{ Name: 'name', Values: [config.amiName] }, tagFilter(TAGS.buildId, [ctx.buildId])]
        })
      );
      if (Images?.[0]?.ImageId) return Images[0].ImageId;
    }
    throw new AwsOperationError({
      operation: 'CreateImage',
      doing: `creating image "${config.amiName}" from ${state.instance!.id}`,
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
    for (const mapping of image.BlockDeviceMappings ?? []) {
      if (!mapping.Ebs?.SnapshotId) continue;
      log.info(`force_delete_snapshot: deleting ${mapping.Ebs.SnapshotId}`);
      await ec2.send(new DeleteSnapshotCommand({ SnapshotId: mapping.Ebs.SnapshotId }));
    }
  }
}
