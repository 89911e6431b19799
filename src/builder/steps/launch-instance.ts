// Launches the build instance and waits until it runs. The launch carries its tags
// (TagSpecifications) so it is findable by the build's tag from its first moment, and a
// ClientToken so a retried launch whose answer was lost cannot start a second instance.
import {
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  RunInstancesCommand,
  type BlockDeviceMapping as Ec2BlockDeviceMapping,
  type Instance,
  type RunInstancesCommandInput,
  type _InstanceType,
  type VolumeType
} from '@aws-sdk/client-ec2';
import { createHash } from 'node:crypto';
import { isTransient } from '../../aws/errors.js';
import { waitForInstance } from '../wait-instance.js';
import { AwsOperationError } from '../../errors.js';
import type { AmazonEbsConfig, BlockDeviceMapping } from '../../template/types.js';
import { renderTags, type BuildContext, type BuildState, type InstanceInfo } from '../context.js';
import type { Step } from '../runner.js';
import { teardown, terminateInstance } from '../teardown.js';
import { TAGS, tagFilter, toTagList } from '../../tags.js';

export function toEc2Mappings(mappings: readonly BlockDeviceMapping[]): Ec2BlockDeviceMapping[] {
  return mappings.map(m => ({
    DeviceName: m.deviceName,
    NoDevice: m.noDevice ? '' : undefined,
    VirtualName: m.virtualName,
    Ebs:
      m.noDevice || m.virtualName
        ? undefined
        : {
            VolumeSize: m.volumeSize,
            VolumeType: m.volumeType as VolumeType | undefined,
            DeleteOnTermination: m.deleteOnTermination,
            Encrypted: m.encrypted,
            Iops: m.iops,
            Throughput: m.throughput,
            SnapshotId: m.snapshotId,
            KmsKeyId: m.kmsKeyId
          }
  }));
}

function launchRequest(
  ctx: BuildContext,
  state: BuildState,
  userData: string | undefined
): RunInstancesCommandInput {
  const config = ctx.plan.builder;
  const instanceTags = {
    Name: 'Packer Builder',
    ...renderTags(config.runTags, state.buildData),
    ...ctx.temporaryTags
  };
  const volumeTags = { ...renderTags(config.runVolumeTags, state.buildData), ...ctx.temporaryTags };
  const network =
    config.associatePublicIpAddress === undefined
      ? { SubnetId: config.subnetId, SecurityGroupIds: state.securityGroupIds }
      : {
          NetworkInterfaces: [
            {
              DeviceIndex: 0,
              AssociatePublicIpAddress: config.associatePublicIpAddress,
              SubnetId: config.subnetId,
              Groups: state.securityGroupIds,
              DeleteOnTermination: true
            }
          ]
        };
  return {
    ImageId: state.sourceImage!.ImageId,
    InstanceType: config.instanceType as _InstanceType,
    MinCount: 1,
    MaxCount: 1,
    KeyName: state.keyPair?.name,
    ClientToken: createHash('sha256').update(`${ctx.buildId}/${ctx.plan.name}`).digest('hex').slice(0, 40),
    UserData: userData === undefined ? undefined : Buffer.from(userData).toString('base64'),
    EbsOptimized: config.ebsOptimized || undefined,
    IamInstanceProfile: config.iamInstanceProfile ? profile(config.iamInstanceProfile) : undefined,
    Placement:
      config.availabilityZone || config.tenancy
        ? { AvailabilityZone: config.availabilityZone, Tenancy: config.tenancy }
        : undefined,
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

/** The instance a RunInstances with this client token launched, if EC2 knows of one. */
async function launchedWith({ ec2 }: BuildContext, clientToken: string): Promise<Instance | undefined> {
  const { Reservations = [] } = await ec2
    .send(new DescribeInstancesCommand({ Filters: [{ Name: 'client-token', Values: [clientToken] }] }))
    .catch(() => ({ Reservations: [] }));
  return Reservations.flatMap(r => r.Instances ?? []).find(i => i.State?.Name !== 'terminated');
}

const profile = (p: string) => (p.startsWith('arn:') ? { Arn: p } : { Name: p });

export function sshAddress(config: AmazonEbsConfig, instance: Instance): string {
  const ssh = config.communicator.type === 'ssh' ? config.communicator : undefined;
  if (ssh?.host) return ssh.host;
  const byInterface: Record<string, string | undefined> = {
    public_ip: instance.PublicIpAddress,
    private_ip: instance.PrivateIpAddress,
    public_dns: instance.PublicDnsName,
    private_dns: instance.PrivateDnsName
  };
  const address = ssh?.interface
    ? byInterface[ssh.interface]
    : (instance.PublicIpAddress ?? instance.PrivateIpAddress);
  if (!address) {
    throw new AwsOperationError({
      operation: 'DescribeInstances',
      doing: `instance ${instance.InstanceId} has no ${ssh?.interface ?? 'address'} to connect to; check ssh_interface, associate_public_ip_address and the subnet`
    });
  }
  return address;
}

export function launchInstance(ctx: BuildContext): Step<BuildState> {
  const { ec2, journal, log } = ctx;
  const config = ctx.plan.builder;
  return {
    title: 'Launch instance',
    async run(state, signal) {
      const userData = config.userDataFile ? await ctx.readFile(config.userDataFile) : config.userData;
      const request = launchRequest(ctx, state, userData);
      const { Instances } = await ec2.send(new RunInstancesCommand(request)).catch(async error => {
        // Every answer lost (dropped connections, 5xx) while EC2 may well have launched it: look
        // for the launch by its client token, so it is used (and removed) rather than orphaned.
        const launched = isTransient(error) ? await launchedWith(ctx, request.ClientToken!) : undefined;
        if (launched) return { Instances: [launched] };
        throw new AwsOperationError({
          operation: 'RunInstances',
          doing: `launching a ${config.instanceType} from ${state.sourceImage!.ImageId}`,
          cause: error
        });
      });
      const id = Instances![0].InstanceId!;
      journal.created({ kind: 'instance', id, region: config.region, build: ctx.plan.name });
      state.instance = { id, host: '' };
      log.info(`Launched instance ${id} (${config.instanceType}); waiting for it to run`);
      const { value, elapsedMs } = await waitForInstance({
        ec2,
        id,
        target: 'running',
        via: ['pending'],
        polling: ctx.polling,
        log: log.info,
        signal,
        sleep: ctx.sleep
      });
      const running = value!;
      const info: InstanceInfo = {
        id,
        host: config.communicator.type === 'ssh' ? sshAddress(config, running) : '',
        publicIp: running.PublicIpAddress,
        privateIp: running.PrivateIpAddress,
        availabilityZone: running.Placement?.AvailabilityZone
      };
      state.instance = info;
      log.info(
        `Instance ${id} is running after ${(elapsedMs / 1000).toFixed(1)}s (${info.host || 'no SSH'})`
      );
    },
    async cleanup(state) {
      if (!state.instance) return;
      const teardownCtx = { ec2: () => ec2, log: log.info, sleep: ctx.sleep, polling: ctx.polling };
      log.info(`Terminating instance ${state.instance.id}`);
      await terminateInstance(teardownCtx, config.region, state.instance.id);
      journal.deleted('instance', state.instance.id);
      // Volumes the user kept past termination (delete_on_termination false) are ours to remove.
      if (config.launchBlockDeviceMappings.some(m => m.deleteOnTermination === false)) {
        const { Volumes = [] } = await ec2.send(
          new DescribeVolumesCommand({
            Filters: [tagFilter(TAGS.buildId, [ctx.buildId]), { Name: 'status', Values: ['available'] }]
          })
        );
        await teardown(
          teardownCtx,
          Volumes.map(v => ({ kind: 'volume' as const, id: v.VolumeId!, region: config.region }))
        );
      }
      log.info(`Terminated instance ${state.instance.id}`);
    }
  };
}
