// Resolves the source image: source_ami, or source_ami_filter (filters + owners; most_recent
// picks the newest by creation date, otherwise more than one match is an error, as in Packer; the
// search is aws/find-image.ts, which the amazon-ami data source shares).
// Also checks, before anything is created, that ami_name is free (unless force_deregister).
import { DescribeImagesCommand, type DescribeImagesCommandOutput, type Image } from '@aws-sdk/client-ec2';
import { findImageByFilter } from '../../aws/find-image.js';
import { unlessAborted } from '../../aws/retry.js';
import { AwsOperationError } from '../../errors.js';
import { checkEnhancedNetworking } from '../enhanced-networking.js';
import type { Step } from '../runner.js';
import type { BuildContext, BuildState } from '../context.js';

export function findSourceImage(ctx: BuildContext): Step<BuildState> {
  const { ec2, log } = ctx;
  const b = ctx.plan.builder;
  return {
    title: 'Find source image',
    async run(state, signal) {
      // Lookups create nothing: a cancelled run stops waiting for them (the SDK may be backing off).
      const lookup = {
        ...ctx,
        ec2: { send: (command: DescribeImagesCommand) => unlessAborted(ec2.send(command), signal) }
      };
      // The name check and the source lookup go out together (one round trip, not two); the name's
      // problem is the one said when both fail, as when they ran one after the other.
      const [named, found] = await Promise.allSettled([
        b.skipCreateAmi || b.forceDeregister ? undefined : checkNameFree(lookup),
        b.sourceAmi ? byId(lookup, b.sourceAmi) : byFilter(lookup)
      ]);
      if (named.status === 'rejected') throw named.reason;
      if (found.status === 'rejected') throw found.reason;
      const image = found.value;
      log.info(
        `Source image: ${image.ImageId} (${image.Name ?? 'no name'}, created ${image.CreationDate ?? 'unknown'})`
      );
      checkEnhancedNetworking(b, image);
      state.sourceImage = image;
      state.buildData = {
        SourceAMI: image.ImageId ?? '',
        SourceAMIName: image.Name ?? '',
        SourceAMIOwner: image.OwnerId ?? '',
        SourceAMIOwnerName: image.ImageOwnerAlias ?? '',
        SourceAMICreationDate: image.CreationDate ?? '',
        SourceAMITags: Object.fromEntries((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? ''])),
        BuildRegion: b.region
      };
    }
  };
}

type Lookup = Pick<BuildContext, 'plan'> & {
  ec2: { send(command: DescribeImagesCommand): Promise<DescribeImagesCommandOutput> };
};

/** ami_name must not name an image of this account in the region already (Packer's pre-validation). */
async function checkNameFree({ ec2, plan }: Lookup): Promise<void> {
  const { amiName, region } = plan.builder;
  const { Images } = await ec2.send(
    new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: [amiName] }] })
  );
  if (Images?.length) {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `ami_name "${amiName}" is already used by ${Images[0].ImageId} in ${region}: choose another name (add {{timestamp}}), or set "force_deregister": true to replace it`
    });
  }
}

async function byId({ ec2, plan }: Lookup, id: string): Promise<Image> {
  const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [id] })).catch(error => {
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `source_ami ${id} was not found in ${plan.builder.region}`,
      cause: error
    });
  });
  if (!Images?.length)
    throw new AwsOperationError({
      operation: 'DescribeImages',
      doing: `source_ami ${id} was not found in ${plan.builder.region}`
    });
  return Images[0];
}

function byFilter({ ec2, plan }: Lookup): Promise<Image> {
  return findImageByFilter(command => ec2.send(command), plan.builder.sourceAmiFilter!, {
    what: 'source_ami_filter',
    region: plan.builder.region
  });
}
