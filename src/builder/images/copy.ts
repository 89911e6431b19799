// One CopyImage from the build region and the wait until the copy is available: for
// encrypt_boot (an encrypted copy in the build region) and for each ami_regions region.
import { CopyImageCommand } from '@aws-sdk/client-ec2';
import { isTransient } from '../../aws/errors.js';
import { AwsOperationError } from '../../errors.js';
import { TAGS, toTagList } from '../../tags.js';
import type { BuildContext, RegionImage } from '../context.js';
import { imageMadeByBuild } from './made-by-build.js';
import { snapshotIdsOf } from './snapshots.js';
import type { ImageTags } from './tags.js';
import { waitForImage } from './wait.js';

export interface CopyRequest {
  source: RegionImage;
  region: string;
  tags: ImageTags;
  kmsKeyId?: string;
  /** snapshot_copy_duration_minutes: a time-based copy (region copies only). */
  completionMinutes?: number;
  signal: AbortSignal;
  /** How long the source took to make: a copy is expected to take at least about as long. */
  priorMs?: number;
  /** Gets the copy as soon as EC2 names it, before the wait: the caller's cleanup must know it. */
  made: RegionImage[];
}

export async function copyImageTo(ctx: BuildContext, request: CopyRequest): Promise<RegionImage> {
  const { source, region } = request;
  const b = ctx.plan.builder;
  const { ImageId } = await ctx
    .ec2For(region)
    .send(
      new CopyImageCommand({
        SourceRegion: b.region,
        SourceImageId: source.id,
        Name: b.amiName,
        Description: undefined,
        Encrypted: b.encryptBoot || undefined,
        KmsKeyId: request.kmsKeyId,
        SnapshotCopyCompletionDurationMinutes: request.completionMinutes,
        ClientToken: `${ctx.buildId}-${ctx.plan.name}-${region}`.slice(0, 64),
        TagSpecifications: [
          { ResourceType: 'image', Tags: toTagList(request.tags.image) },
          { ResourceType: 'snapshot', Tags: toTagList(request.tags.snapshot) }
        ]
      })
    )
    .catch(async error => {
      // Not the source itself: for encrypt_boot the copy has the source's name and build id too.
      const copied = isTransient(error) ? await imageMadeByBuild(ctx, region, source.id) : undefined;
      if (copied) return { ImageId: copied };
      throw new AwsOperationError({
        operation: 'CopyImage',
        doing: `copying ${source.id} from ${b.region} to ${region}`,
        resource: source.id,
        cause: error
      });
    });
  const copy: RegionImage = {
    region,
    id: ImageId!,
    snapshotIds: [],
    tagged: TAGS.complete in request.tags.image || undefined
  };
  request.made.push(copy);
  ctx.journal.created({ kind: 'image', id: copy.id, region, build: ctx.plan.name });
  ctx.log.info(`Copying ${source.id} to ${region} as ${copy.id}`);
  const { value, elapsedMs } = await waitForImage(ctx, copy, request.signal, { priorMs: request.priorMs });
  copy.snapshotIds = snapshotIdsOf(value);
  for (const id of copy.snapshotIds)
    ctx.journal.created({ kind: 'snapshot', id, region, build: ctx.plan.name });
  ctx.log.info(`${region}: ${copy.id} is available after ${(elapsedMs / 1000).toFixed(1)}s`);
  return copy;
}
