// Reuse of an image already built: before anything is launched, look for an available image
// of ours carrying this build's fingerprint (and, in "commit" mode, this commit) in the build
// region and in every ami_regions region. Found everywhere: the build is skipped and its
// outputs come from that image, at the cost of one DescribeImages call per region. Only a finished
// build's image counts (TAGS.complete, written by the last step): an image another run is still
// copying or encrypting, or one it will roll back, is never handed out.
import { DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { AwsOperationError } from '../errors.js';
import { unlessAborted } from '../aws/retry.js';
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
  const filters = [
    { Name: 'state', Values: ['available'] },
    tagFilter(TAGS.fingerprint, [options.fingerprint]),
    tagFilter(TAGS.complete, ['true']),
    ...(options.mode === 'commit' ? [tagFilter(TAGS.commit, [options.sha])] : [])
  ];
  const regions = [plan.builder.region, ...plan.builder.amiRegions];
  const found = await Promise.all(
    regions.map(async region => {
      // Named, so a denied or failing lookup says what was being done where (not a bare SDK error).
      // A cancelled run stops waiting at once (the lookup creates nothing); the SDK call is aborted too.
      const { Images = [] } = await unlessAborted(
        ec2For(region).send(new DescribeImagesCommand({ Owners: ['self'], Filters: filters }), {
          abortSignal: options.signal
        }),
        options.signal
      ).catch(error => {
        if (options.signal?.aborted) throw error;
        throw new AwsOperationError({
          operation: 'DescribeImages',
          doing: `looking for an image to reuse in ${region}`,
          cause: error
        });
      });
      // The newest, should there be several (a re-run with reuse: never).
      return [...Images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    })
  );
  if (found.some(image => !image)) return undefined;
  const home = found[0]!;
  return {
    amis: Object.fromEntries(regions.map((region, i) => [region, found[i]!.ImageId!])),
    amiName: home.Name ?? '',
    snapshotIds: found.flatMap(image => snapshotIdsOf(image!)),
    buildId: tagOf(home, TAGS.buildId),
    runUrl: tagOf(home, TAGS.runUrl)
  };
}
