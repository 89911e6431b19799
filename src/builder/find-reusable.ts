// Reuse of an image already built: before anything is launched, look for an available image
// of ours carrying this build's fingerprint (and, in "commit" mode, this commit) in the build
// region and in every ami_regions region. Found everywhere: the build is skipped and its
// outputs come from that image, at the cost of one DescribeImages call per region. Only a finished
// build's image counts (finished-images.ts): the build region's image must be tagged complete, and
// each copy must be tagged complete `with` that very image, so an image another run is still
// copying or encrypting, or one it will roll back, is never handed out.
import { DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import { unlessAborted } from '../aws/retry.js';
import { COMPLETE, completeOrCopyFilter, completeWith } from '../finished-images.js';
import type { AmazonEbsBuildPlan } from '../template/types.js';
import { TAGS, tagFilter, tagOf } from '../tags.js';
import { snapshotIdsOf } from './images/snapshots.js';

export type ReuseMode = 'commit' | 'fingerprint' | 'never';

export interface Reusable {
  amis: Record<string, string>;
  amiName: string;
  snapshotIds: string[];
  /** Where the reused image came from, from its own tags. */
  buildId?: string;
  runUrl?: string;
}

export async function findReusable(
  plan: AmazonEbsBuildPlan,
  ec2For: (region: string) => EC2Client,
  options: { mode: ReuseMode; fingerprint: string; sha: string; signal?: AbortSignal }
): Promise<Reusable | undefined> {
  if (options.mode === 'never') return undefined;
  const filters = (complete: ReturnType<typeof tagFilter>) => [
    { Name: 'state', Values: ['available'] },
    tagFilter(TAGS.fingerprint, [options.fingerprint]),
    complete,
    ...(options.mode === 'commit' ? [tagFilter(TAGS.commit, [options.sha])] : [])
  ];
  const home = plan.builder.region;
  const regions = [home, ...plan.builder.amiRegions];
  const listed = await Promise.all(
    regions.map(async region => {
      // Named, so a denied or failing lookup says what was being done where (not a bare SDK error).
      // A cancelled run stops waiting at once (the lookup creates nothing); the SDK call is aborted too.
      const { Images = [] } = await unlessAborted(
        ec2For(region).send(
          new DescribeImagesCommand({
            Owners: ['self'],
            Filters: filters(region === home ? tagFilter(TAGS.complete, [COMPLETE]) : completeOrCopyFilter())
          }),
          { abortSignal: options.signal }
        ),
        options.signal
      ).catch(error => {
        if (options.signal?.aborted) throw error;
        throw new AwsOperationError({
          operation: 'DescribeImages',
          doing: `looking for an image to reuse in ${region}`,
          cause: error
        });
      });
      // The newest first, should there be several (a re-run with reuse: never).
      return [...Images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''));
    })
  );
  // The newest finished image in the build region, and in every other region a copy of it (or, made by
  // an earlier version of the action, an image tagged complete itself).
  const source = listed[0]![0];
  if (!source) return undefined;
  const found = listed.map((images, i) =>
    i === 0
      ? source
      : (images.find(image => tagOf(image, TAGS.complete) === completeWith(home, source.ImageId!)) ??
        images.find(image => tagOf(image, TAGS.complete) === COMPLETE))
  );
  if (found.some(image => !image)) return undefined;
  return {
    amis: Object.fromEntries(regions.map((region, i) => [region, found[i]!.ImageId!])),
    amiName: source.Name ?? '',
    snapshotIds: found.flatMap(image => snapshotIdsOf(image!)),
    buildId: tagOf(source, TAGS.buildId),
    runUrl: tagOf(source, TAGS.runUrl)
  };
}
