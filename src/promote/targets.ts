// The image promote points a channel at, in one region: the previous one (from the channel's own
// history), the one a commit built (found by the build's tags), or a given AMI and its copies (same
// build id, same family). Each is an available image of the account, checked before anything is written.
import { DescribeImagesCommand, type EC2Client, type Image } from '@aws-sdk/client-ec2';
import { errorCode } from '../aws/errors.js';
import { AwsOperationError } from '../errors.js';
import { completeOrCopyFilter, onlyFinished } from '../finished-images.js';
import type { ChannelState } from '../channels/parameter.js';
import { TAGS, tagFilter, tagOf } from '../tags.js';

export interface Target {
  image: Image;
  /** How it was chosen, for the log: "version 3, the value before ami-0bad (rolled back from)". */
  how: string;
}

/** The image if it exists in this region and is available, else undefined. */
export async function availableImage(
  ec2: EC2Client,
  imageId: string,
  region: string
): Promise<Image | undefined> {
  try {
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }));
    return Images.find(i => i.ImageId === imageId && i.State === 'available');
  } catch (error) {
    if (/NotFound|Malformed/.test(errorCode(error) ?? '')) return undefined;
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `looking up ${imageId} in ${region}`,
      resource: imageId,
      cause: error
    });
  }
}

/**
 * The image the channel pointed to before its current one: walking its history back, past the value it
 * holds now, past images a promote rolled away from (so a second rollback goes further back instead of
 * undoing the first), and past images that no longer exist.
 */
export async function previousTarget(ec2: EC2Client, state: ChannelState): Promise<Target> {
  const current = state.current;
  if (!current) throw noTarget(state, 'it does not exist');
  const rolledAway = new Set<string>();
  const passed: string[] = [];
  for (const version of [...state.versions].reverse()) {
    if (version.record?.by === 'promote' && version.record.from) rolledAway.add(version.record.from);
    if (version === current || version.value === current.value || rolledAway.has(version.value)) continue;
    const image = await availableImage(ec2, version.value, state.region);
    if (!image) {
      passed.push(`${version.value} (version ${version.version}) no longer exists`);
      continue;
    }
    return {
      image,
      how: `version ${version.version}, before ${current.value}${passed.length ? `; passed over ${passed.join(', ')}` : ''}`
    };
  }
  throw noTarget(
    state,
    `its history (${state.versions.length} version${state.versions.length === 1 ? '' : 's'}) holds no earlier image${passed.length ? ` that still exists (${passed.join(', ')})` : ''}${rolledAway.size ? ` it was not rolled back from (${[...rolledAway].join(', ')})` : ''}`
  );
}

const noTarget = (state: ChannelState, why: string) =>
  new AwsOperationError({
    operation: 'GetParameterHistory',
    doing: `finding the image before the current one of ${state.name} in ${state.region}: ${why}`
  });

/** The family of the image a channel points to now (its build-ami:family tag), to narrow a search by commit. */
export async function familyOfCurrent(ec2: EC2Client, state: ChannelState): Promise<string | undefined> {
  if (!state.current) return undefined;
  const image = await availableImage(ec2, state.current.value, state.region);
  return image ? tagOf(image, TAGS.family) : undefined;
}

export async function commitTarget(
  ec2For: (region: string) => EC2Client,
  query: { sha: string; repository?: string; family?: string; region: string }
): Promise<Target> {
  const filters = [
    { Name: 'state', Values: ['available'] },
    tagFilter(TAGS.commit, [query.sha.length === 40 ? query.sha : `${query.sha}*`]),
    completeOrCopyFilter(),
    ...(query.repository ? [tagFilter(TAGS.repository, [query.repository])] : []),
    ...(query.family ? [tagFilter(TAGS.family, [query.family])] : [])
  ];
  const listed = await ec2For(query.region)
    .send(new DescribeImagesCommand({ Owners: ['self'], Filters: filters, IncludeDeprecated: true }))
    .catch(error => {
      throw new AwsOperationError({
        operation: 'DescribeImages',
        doing: `looking for the image commit ${query.sha} built in ${query.region}`,
        cause: error
      });
    });
  // A copy only once the image it was copied from is a finished build's.
  const Images = await onlyFinished(ec2For, listed.Images ?? [], image => ({
    region: query.region,
    id: image.ImageId ?? '',
    complete: tagOf(image, TAGS.complete)
  }));
  const doing = `finding the image commit ${query.sha} built in ${query.region}${query.family ? ` (family ${query.family})` : ''}`;
  if (!Images.length) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `${doing}: no finished image of ${query.repository ?? 'this repository'} carries ${TAGS.commit}=${query.sha}`
    });
  }
  const commits = [...new Set(Images.map(i => tagOf(i, TAGS.commit)))];
  if (commits.length > 1) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `${doing}: ${query.sha} matches several commits (${commits.join(', ')}); give more of the SHA`
    });
  }
  const families = [...new Set(Images.map(i => tagOf(i, TAGS.family) ?? '(none)'))];
  if (families.length > 1) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `${doing}: the commit built several images (families ${families.join(', ')}) and the channel's current image names none; promote by ami-id`
    });
  }
  const newest = [...Images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0]!;
  return { image: newest, how: `built from commit ${commits[0]!.slice(0, 7)}` };
}

/** The given image where it is, and its copies (same build id and family) in the other regions. */
export async function amiTargets(
  ec2For: (region: string) => EC2Client,
  amiId: string,
  regions: readonly string[]
): Promise<Record<string, Target>> {
  const found = await Promise.all(
    regions.map(async region => [region, await availableImage(ec2For(region), amiId, region)] as const)
  );
  const home = found.find(([, image]) => image);
  if (!home) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `finding ${amiId}: it is not an available image in ${regions.join(', ')}`
    });
  }
  const [homeRegion, image] = home as [string, Image];
  const buildId = tagOf(image, TAGS.buildId);
  const family = tagOf(image, TAGS.family);
  const targets: Record<string, Target> = { [homeRegion]: { image, how: 'given' } };
  for (const region of regions.filter(r => r !== homeRegion)) {
    if (!buildId) {
      throw new AwsOperationError({
        operation: 'DescribeImages',
        doing: `finding the copy of ${amiId} in ${region}: ${amiId} carries no ${TAGS.buildId} tag to find its copies by; promote it with regions: ${homeRegion}`
      });
    }
    const { Images = [] } = await ec2For(region)
      .send(
        new DescribeImagesCommand({
          Owners: ['self'],
          IncludeDeprecated: true,
          Filters: [
            { Name: 'state', Values: ['available'] },
            tagFilter(TAGS.buildId, [buildId]),
            completeOrCopyFilter(),
            ...(family ? [tagFilter(TAGS.family, [family])] : [])
          ]
        })
      )
      .catch(error => {
        throw new AwsOperationError({
          operation: 'DescribeImages',
          doing: `finding the copy of ${amiId} in ${region}`,
          cause: error
        });
      });
    const mine = Images.filter(i => !family || tagOf(i, TAGS.family) === family);
    // A copy only once the image it was copied from is a finished build's.
    const finished = await onlyFinished(ec2For, mine, i => ({
      region,
      id: i.ImageId ?? '',
      complete: tagOf(i, TAGS.complete)
    }));
    const copy = finished.sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
    if (!copy) {
      throw new AwsOperationError({
        operation: 'DescribeImages',
        doing: `finding the copy of ${amiId} in ${region}: the build that made it (${TAGS.buildId}=${buildId}) left no finished image there`
      });
    }
    targets[region] = { image: copy, how: `the copy of ${amiId} made by the same build` };
  }
  return targets;
}
