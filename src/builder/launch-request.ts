// The RunInstances request of a build: instance type, network, key, profile, placement,
// metadata options and block devices from the template; tags on the instance and its volumes
// from the first moment (TagSpecifications), and a client token made from the build id so a
// retried launch whose answer was lost cannot start a second instance.
import type {
  CapacityReservationSpecification,
  Placement,
  RunInstancesCommandInput,
  _InstanceType
} from '@aws-sdk/client-ec2';
import { createHash } from 'node:crypto';
import { toTagList } from '../tags.js';
import { toEc2Mappings } from './block-devices.js';
import type { AmazonEbsConfig, CapacityReservation } from '../template/types.js';
import { renderTags, type BuildContext, type BuildState } from './context.js';

/** The request for an instance of `imageId` (the source image); user_data_file is read here, once per launch. */
export async function launchRequest(
  ctx: BuildContext,
  state: BuildState,
  imageId: string | undefined
): Promise<RunInstancesCommandInput> {
  const config = ctx.plan.builder;
  const userData = config.userDataFile ? await ctx.readFile(config.userDataFile) : config.userData;
  const instanceTags = {
    Name: 'Packer Builder',
    ...renderTags(config.runTags, state.buildData),
    ...ctx.temporaryTags
  };
  const volumeTags = { ...renderTags(config.runVolumeTags, state.buildData), ...ctx.temporaryTags };
  const subnetId = state.network?.subnetId ?? config.subnetId;
  const network =
    config.associatePublicIpAddress === undefined
      ? { SubnetId: subnetId, SecurityGroupIds: state.securityGroupIds }
      : {
          NetworkInterfaces: [
            {
              DeviceIndex: 0,
              AssociatePublicIpAddress: config.associatePublicIpAddress,
              SubnetId: subnetId,
              Groups: state.securityGroupIds,
              DeleteOnTermination: true
            }
          ]
        };
  return {
    ImageId: imageId,
    InstanceType: config.instanceType as _InstanceType,
    MinCount: 1,
    MaxCount: 1,
    KeyName: state.keyPair?.name,
    ClientToken: clientToken(ctx),
    UserData: userData === undefined ? undefined : Buffer.from(userData).toString('base64'),
    EbsOptimized: config.ebsOptimized || undefined,
    IamInstanceProfile: config.iamInstanceProfile ? profile(config.iamInstanceProfile) : undefined,
    Placement: placement(config),
    CreditSpecification: config.enableUnlimitedCredits ? { CpuCredits: 'unlimited' } : undefined,
    CapacityReservationSpecification: capacityReservation(config.capacityReservation),
    InstanceInitiatedShutdownBehavior: config.shutdownBehavior,
    MetadataOptions: {
      HttpEndpoint: config.metadataOptions.httpEndpoint,
      HttpTokens: config.metadataOptions.httpTokens,
      HttpPutResponseHopLimit: config.metadataOptions.httpPutResponseHopLimit,
      InstanceMetadataTags: config.metadataOptions.instanceMetadataTags
    },
    BlockDeviceMappings: config.launchBlockDeviceMappings.length
      ? toEc2Mappings(config.launchBlockDeviceMappings)
      : undefined,
    TagSpecifications: [
      { ResourceType: 'instance', Tags: toTagList(instanceTags) },
      { ResourceType: 'volume', Tags: toTagList(volumeTags) }
    ],
    ...network
  };
}

/** The same for every attempt of one build's launch, different for every build. */
export function clientToken(ctx: Pick<BuildContext, 'buildId' | 'plan'>): string {
  return createHash('sha256').update(`${ctx.buildId}/${ctx.plan.name}`).digest('hex').slice(0, 40);
}

const profile = (p: string) => (p.startsWith('arn:') ? { Arn: p } : { Name: p });

/** availability_zone and placement { tenancy, host_id, host_resource_group_arn }; nothing when none is set. */
function placement(config: AmazonEbsConfig): Placement | undefined {
  const { availabilityZone, tenancy, hostId, hostResourceGroupArn } = config;
  if (!availabilityZone && !tenancy && !hostId && !hostResourceGroupArn) return undefined;
  return {
    AvailabilityZone: availabilityZone,
    Tenancy: tenancy,
    HostId: hostId,
    HostResourceGroupArn: hostResourceGroupArn
  };
}

function capacityReservation(
  reservation: CapacityReservation | undefined
): CapacityReservationSpecification | undefined {
  if (reservation === undefined) return undefined;
  if (reservation.kind === 'preference') return { CapacityReservationPreference: reservation.preference };
  return {
    CapacityReservationTarget: {
      CapacityReservationId: reservation.id,
      CapacityReservationResourceGroupArn: reservation.groupArn
    }
  };
}
