// After the image exists: encrypt it (encrypt_boot: an encrypted copy in the build region
// replaces the original, as in Packer), copy it to ami_regions (all copies in flight at
// once), then in every region share it (ami_users / ami_groups, snapshot_users /
// snapshot_groups) and schedule its deprecation (deprecate_at). Copies carry the same tags
// as the original. A failed or cancelled build removes every copy it made.
import {
  CopyImageCommand,
  DescribeImagesCommand,
  EnableImageDeprecationCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  type EC2Client,
  type Image
} from '@aws-sdk/client-ec2';
import { isTransient } from '../../aws/errors.js';
import { unlessAborted } from '../../aws/retry.js';
import { waitFor } from '../../aws/waiter.js';
import { AwsOperationError } from '../../errors.js';
import { renderTags, type BuildContext, type BuildState, type RegionImage } from '../context.js';
import type { Step } from '../runner.js';
import { snapshotsOfImage } from '../image-snapshots.js';
import { teardown } from '../teardown.js';
import { TAGS, tagFilter, toTagList } from '../../tags.js';

export function copyImage(ctx: BuildContext): Step<BuildState> {
  const { log, journal } = ctx;
  const b = ctx.plan.builder;
  const copies: RegionImage[] = [];
  return {
    title: 'Copy and share image',
    async run(state, signal) {
      if (!state.image) return;
      const tags = { ...renderTags(b.tags, state.buildData), ...ctx.traceTags };
      const snapshotTags = { ...tags, ...renderTags(b.snapshotTags, state.buildData) };
      let home: RegionImage = { region: b.region, id: state.image.id, snapshotIds: state.image.snapshotIds };

      if (b.encryptBoot) {
        const encrypted = await copyTo(
          ctx,
          home,
          b.region,
          tags,
          snapshotTags,
          b.regionKmsKeyIds[b.region] ?? b.kmsKeyId,
          signal,
          copies
        );
        log.info(`Encrypted copy ${encrypted.id} replaces ${home.id} (encrypt_boot)`);
        const removed = await teardown(
          { ec2: ctx.ec2For, log: log.info, sleep: ctx.sleep },
          [
            { kind: 'image', id: home.id, region: b.region },
            ...home.snapshotIds.map(id => ({ kind: 'snapshot' as const, id, region: b.region }))
          ],
          e => journal.deleted(e.kind, e.id)
        );
        if (removed.failed.length) throw removed.failed[0].error;
        home = encrypted;
        state.image = { ...state.image, id: encrypted.id, snapshotIds: encrypted.snapshotIds };
      }
      const elsewhere = await Promise.all(
        b.amiRegions.map(region =>
          copyTo(
            ctx,
            home,
            region,
            tags,
            snapshotTags,
            b.encryptBoot ? b.regionKmsKeyIds[region] : undefined,
            signal,
            copies
          )
        )
      );
      state.images = [home, ...elsewhere];
      for (const image of state.images) await share(ctx, image, signal);
    },
    async cleanup(_state, outcome) {
      if (outcome === 'succeeded' || copies.length === 0) return;
      for (const copy of copies.filter(c => !c.snapshotIds.length)) {
        copy.snapshotIds = await snapshotsOfImage(ctx.ec2For(copy.region), copy.id, ctx.buildId);
        for (const id of copy.snapshotIds)
          journal.created({ kind: 'snapshot', id, region: copy.region, build: ctx.plan.name });
      }
      const result = await teardown(
        { ec2: ctx.ec2For, log: log.info, sleep: ctx.sleep },
        copies.flatMap(c => [
          { kind: 'image' as const, id: c.id, region: c.region },
          ...c.snapshotIds.map(id => ({ kind: 'snapshot' as const, id, region: c.region }))
        ]),
        e => journal.deleted(e.kind, e.id)
      );
      for (const failure of result.failed)
        log.warning(`Could not remove ${failure.entry.id}: run ${failure.command}`);
    }
  };
}

async function copyTo(
  ctx: BuildContext,
  source: RegionImage,
  region: string,
  tags: Record<string, string>,
  snapshotTags: Record<string, string>,
  kmsKeyId: string | undefined,
  signal: AbortSignal,
  copies: RegionImage[]
): Promise<RegionImage> {
  const b = ctx.plan.builder;
  const ec2 = ctx.ec2For(region);
  const { ImageId } = await ec2
    .send(
      new CopyImageCommand({
        SourceRegion: b.region,
        SourceImageId: source.id,
        Name: b.amiName,
        Description: undefined,
        Encrypted: b.encryptBoot || undefined,
        KmsKeyId: kmsKeyId,
        ClientToken: `${ctx.buildId}-${ctx.plan.name}-${region}`.slice(0, 64),
        TagSpecifications: [
          { ResourceType: 'image', Tags: toTagList(tags) },
          { ResourceType: 'snapshot', Tags: toTagList(snapshotTags) }
        ]
      })
    )
    .catch(async error => {
      // Every answer lost while EC2 may have started the copy: find it by name and build id, so it
      // is used (and removed if the build fails) rather than orphaned.
      const copied = isTransient(error) ? await copyMadeBy(ctx, ec2, source.id) : undefined;
      if (copied) return { ImageId: copied };
      throw new AwsOperationError({
        operation: 'CopyImage',
        doing: `copying ${source.id} from ${b.region} to ${region}`,
        cause: error
      });
    });
  const copy: RegionImage = { region, id: ImageId!, snapshotIds: [] };
  copies.push(copy);
  ctx.journal.created({ kind: 'image', id: copy.id, region, build: ctx.plan.name });
  ctx.log.info(`Copying ${source.id} to ${region} as ${copy.id}`);
  const { value, elapsedMs } = await waitForImage(ctx, ec2, copy.id, signal);
  copy.snapshotIds = (value.BlockDeviceMappings ?? []).flatMap(m =>
    m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []
  );
  for (const id of copy.snapshotIds)
    ctx.journal.created({ kind: 'snapshot', id, region, build: ctx.plan.name });
  ctx.log.info(`${region}: ${copy.id} is available after ${(elapsedMs / 1000).toFixed(1)}s`);
  return copy;
}

/** The copy of `sourceId` this build made (same name and build id; not the source itself, for encrypt_boot). */
async function copyMadeBy(ctx: BuildContext, ec2: EC2Client, sourceId: string): Promise<string | undefined> {
  const { Images = [] } = await ec2
    .send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [
          { Name: 'name', Values: [ctx.plan.builder.amiName] },
          tagFilter(TAGS.buildId, [ctx.buildId])
        ]
      })
    )
    .catch(() => ({ Images: [] }));
  return Images.find(i => i.ImageId !== sourceId)?.ImageId;
}

export function waitForImage(ctx: BuildContext, ec2: EC2Client, imageId: string, signal: AbortSignal) {
  return waitFor<Image>({
    what: `image ${imageId} to be available`,
    operation: 'DescribeImages',
    timeoutMs: 1_800_000,
    polling: ctx.polling,
    log: ctx.log.info,
    signal,
    sleep: ctx.sleep,
    probe: async () => {
      const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }));
      const found = Images?.[0];
      const name = found?.State ?? 'unknown';
      if (name === 'available') return { done: true, value: found! };
      if (name === 'pending') return { done: false, state: name };
      return { done: false, failed: true, state: name, reason: found?.StateReason?.Message };
    }
  });
}

async function share(ctx: BuildContext, image: RegionImage, signal: AbortSignal): Promise<void> {
  const b = ctx.plan.builder;
  const ec2 = ctx.ec2For(image.region);
  // Sharing creates nothing: a cancelled run stops waiting for it (the SDK may be backing off).
  const send = <T>(call: Promise<T>) => unlessAborted(call, signal);
  const fail = (operation: string, what: string) => (error: unknown) => {
    throw new AwsOperationError({
      operation: operation,
      doing: `${what} of ${image.id} in ${image.region}`,
      cause: error
    });
  };
  if (b.amiUsers.length || b.amiGroups.length) {
    await send(
      ec2.send(
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
    ).catch(fail('ModifyImageAttribute', 'sharing (ami_users/ami_groups)'));
    ctx.log.info(`${image.region}: ${image.id} shared with ${[...b.amiUsers, ...b.amiGroups].join(', ')}`);
  }
  if (b.snapshotUsers.length || b.snapshotGroups.length) {
    for (const snapshotId of image.snapshotIds) {
      await send(
        ec2.send(
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
      ).catch(
        fail('ModifySnapshotAttribute', `sharing snapshot ${snapshotId} (snapshot_users/snapshot_groups)`)
      );
    }
  }
  if (b.deprecateAt) {
    await send(
      ec2.send(new EnableImageDeprecationCommand({ ImageId: image.id, DeprecateAt: new Date(b.deprecateAt) }))
    ).catch(fail('EnableImageDeprecation', 'scheduling deprecation (deprecate_at)'));
    ctx.log.info(`${image.region}: ${image.id} deprecates at ${b.deprecateAt}`);
  }
}
