// The simulator, driven by the real @aws-sdk/client-ec2, answers as AWS would.
import { createHash } from 'node:crypto';
import {
  AuthorizeSecurityGroupIngressCommand,
  CopyImageCommand,
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeleteVolumeCommand,
  DeregisterImageCommand,
  DescribeAccountAttributesCommand,
  DescribeAvailabilityZonesCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeTagsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  EnableImageDeprecationCommand,
  GetConsoleOutputCommand,
  ImportKeyPairCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RegisterImageCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  waitUntilImageAvailable,
  waitUntilInstanceRunning,
  waitUntilInstanceStopped,
  waitUntilInstanceTerminated
} from '@aws-sdk/client-ec2';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { CANONICAL } from '../../world/ec2/seed.js';
import { ec2Client } from '../helpers/ec2.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
const wait = { maxWaitTime: 20, minDelay: 1, maxDelay: 1 };

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  ec2 = ec2Client(sim);
});
afterAll(() => sim.stop());

async function expectEc2Error(
  promise: Promise<unknown>,
  code: string,
  status = 400
): Promise<EC2ServiceException> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(EC2ServiceException);
  const e = err as EC2ServiceException;
  expect(e.name).toBe(code);
  expect(e.$metadata.httpStatusCode).toBe(status);
  return e;
}

async function jammy(client = ec2): Promise<string> {
  const { Images } = await client.send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: ['ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*'] }]
    })
  );
  return Images!.sort((a, b) => b.CreationDate!.localeCompare(a.CreationDate!))[0].ImageId!;
}

async function launch(
  extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]> = {},
  client = ec2
) {
  const { Instances } = await client.send(
    new RunInstancesCommand({
      ImageId: await jammy(client),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      ...extra
    })
  );
  return Instances![0];
}

describe('account and network', () => {
  test('lists regions, zones, the default VPC and its subnets', async () => {
    const { Regions } = await ec2.send(new DescribeRegionsCommand({}));
    expect(Regions!.map(r => r.RegionName)).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1']));
    const { AvailabilityZones } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    expect(AvailabilityZones!.map(z => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const { AccountAttributes } = await ec2.send(
      new DescribeAccountAttributesCommand({ AttributeNames: ['default-vpc'] })
    );
    const defaultVpc = AccountAttributes![0].AttributeValues![0].AttributeValue;
    const { Vpcs } = await ec2.send(
      new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })
    );
    expect(Vpcs!.map(v => v.VpcId)).toEqual([defaultVpc]);
    const { Subnets } = await ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] })
    );
    expect(Subnets).toHaveLength(1);
    expect(Subnets![0]).toMatchObject({ VpcId: defaultVpc, MapPublicIpOnLaunch: true, DefaultForAz: true });
  });

  test('resources are per region: the signing region decides', async () => {
    const west = ec2Client(sim, 'us-west-2');
    await west.send(new CreateKeyPairCommand({ KeyName: 'west-only' }));
    const { KeyPairs } = await west.send(new DescribeKeyPairsCommand({}));
    expect(KeyPairs!.map(k => k.KeyName)).toContain('west-only');
    await expectEc2Error(
      ec2.send(new DescribeKeyPairsCommand({ KeyNames: ['west-only'] })),
      'InvalidKeyPair.NotFound'
    );
    await west.send(new DeleteKeyPairCommand({ KeyName: 'west-only' }));
  });

  test('an action EC2 does not have answers InvalidAction', async () => {
    const res = await fetch(sim.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/ec2/aws4_request'
      },
      body: 'Action=LaunchRocket&Version=2016-11-15'
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<Code>InvalidAction<\/Code>/);
  });
});

describe('images', () => {
  test('source_ami_filter-style queries: owners, wildcards, newest by creation date', async () => {
    const { Images } = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['099720109477'],
        Filters: [
          { Name: 'name', Values: ['ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*'] },
          { Name: 'root-device-type', Values: ['ebs'] },
          { Name: 'virtualization-type', Values: ['hvm'] }
        ]
      })
    );
    expect(Images!.map(i => i.Name).sort()).toEqual([
      'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240111',
      'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301'
    ]);
    const amazon = await ec2.send(
      new DescribeImagesCommand({
        Owners: ['amazon'],
        Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }]
      })
    );
    expect(amazon.Images).toHaveLength(1);
    expect(amazon.Images![0].ImageOwnerAlias).toBe('amazon');
  });

  test('an unknown image id and an unknown filter are AWS errors', async () => {
    await expectEc2Error(
      ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] })),
      'InvalidAMIID.NotFound'
    );
    await expectEc2Error(
      ec2.send(new DescribeImagesCommand({ Filters: [{ Name: 'colour', Values: ['blue'] }] })),
      'InvalidParameterValue'
    );
  });

  test('create, tag, share, describe attributes, deprecate, copy, deregister', async () => {
    const instance = await launch();
    await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [instance.InstanceId!] });
    const { ImageId } = await ec2.send(
      new CreateImageCommand({
        InstanceId: instance.InstanceId,
        Name: 'web 1.0 (test)',
        Description: 'first',
        TagSpecifications: [
          { ResourceType: 'image', Tags: [{ Key: 'commit', Value: 'abc123' }] },
          { ResourceType: 'snapshot', Tags: [{ Key: 'commit', Value: 'abc123' }] }
        ]
      })
    );
    const pending = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    expect(pending.Images![0].State).toBe('pending');
    await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [ImageId!] });
    const { Images } = await ec2.send(
      new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'tag:commit', Values: ['abc*'] }] })
    );
    expect(Images!.map(i => i.ImageId)).toEqual([ImageId]);
    const snapshotId = Images![0].BlockDeviceMappings![0].Ebs!.SnapshotId!;
    const { Snapshots } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }));
    expect(Snapshots![0]).toMatchObject({ State: 'completed', Tags: [{ Key: 'commit', Value: 'abc123' }] });

    await expectEc2Error(
      ec2.send(new CreateImageCommand({ InstanceId: instance.InstanceId, Name: 'web 1.0 (test)' })),
      'InvalidAMIName.Duplicate'
    );
    await expectEc2Error(
      ec2.send(new CreateImageCommand({ InstanceId: instance.InstanceId, Name: 'bad*name' })),
      'InvalidAMIName.Malformed'
    );

    await ec2.send(
      new ModifyImageAttributeCommand({ ImageId, LaunchPermission: { Add: [{ UserId: '210987654321' }] } })
    );
    await ec2.send(new ModifyImageAttributeCommand({ ImageId, Description: { Value: 'second' } }));
    const perms = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId, Attribute: 'launchPermission' })
    );
    expect(perms.LaunchPermissions).toEqual([{ UserId: '210987654321' }]);
    const description = await ec2.send(
      new DescribeImageAttributeCommand({ ImageId, Attribute: 'description' })
    );
    expect(description.Description?.Value).toBe('second');
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: snapshotId,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        UserIds: ['210987654321']
      })
    );
    const deprecateAt = new Date(Date.now() + 86_400_000);
    await ec2.send(new EnableImageDeprecationCommand({ ImageId, DeprecateAt: deprecateAt }));
    const deprecated = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    expect(new Date(deprecated.Images![0].DeprecationTime!).getTime()).toBe(deprecateAt.getTime());

    const west = ec2Client(sim, 'us-west-2');
    const copy = await west.send(
      new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: ImageId, Name: 'web 1.0 (test)' })
    );
    await waitUntilImageAvailable({ client: west, ...wait }, { ImageIds: [copy.ImageId!] });
    const copied = await west.send(new DescribeImagesCommand({ ImageIds: [copy.ImageId!] }));
    expect(copied.Images![0]).toMatchObject({
      Name: 'web 1.0 (test)',
      State: 'available',
      OwnerId: '123456789012'
    });
    await expectEc2Error(
      ec2.send(new DescribeImagesCommand({ ImageIds: [copy.ImageId!] })),
      'InvalidAMIID.NotFound'
    );

    await expectEc2Error(
      ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId })),
      'InvalidSnapshot.InUse'
    );
    await ec2.send(new DeregisterImageCommand({ ImageId }));
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
    await expectEc2Error(
      ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] })),
      'InvalidAMIID.NotFound'
    );
    const westImage = copied.Images![0];
    await west.send(new DeregisterImageCommand({ ImageId: westImage.ImageId }));
    await west.send(
      new DeleteSnapshotCommand({ SnapshotId: westImage.BlockDeviceMappings![0].Ebs!.SnapshotId })
    );
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }));
  });

  test('RegisterImage makes an available image whose root device is the given snapshot', async () => {
    const instance = await launch();
    await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [instance.InstanceId!] });
    const { ImageId } = await ec2.send(
      new CreateImageCommand({ InstanceId: instance.InstanceId, Name: 'to-register' })
    );
    await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [ImageId!] });
    const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    const snapshotId = Images![0].BlockDeviceMappings![0].Ebs!.SnapshotId;
    const registered = await ec2.send(
      new RegisterImageCommand({
        Name: 'registered',
        RootDeviceName: '/dev/sda1',
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { SnapshotId: snapshotId } }],
        Architecture: 'x86_64',
        VirtualizationType: 'hvm'
      })
    );
    expect(registered.ImageId).toMatch(/^ami-[0-9a-f]+$/);
    expect(registered.ImageId).not.toBe(ImageId);
    await waitUntilImageAvailable({ client: ec2, ...wait }, { ImageIds: [registered.ImageId!] });
    const described = await ec2.send(new DescribeImagesCommand({ ImageIds: [registered.ImageId!] }));
    expect(described.Images).toHaveLength(1);
    expect(described.Images![0]).toMatchObject({
      Name: 'registered',
      State: 'available',
      RootDeviceName: '/dev/sda1',
      Architecture: 'x86_64',
      VirtualizationType: 'hvm',
      BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { SnapshotId: snapshotId } }]
    });
    await expectEc2Error(
      ec2.send(
        new RegisterImageCommand({
          Name: 'no-root-snapshot',
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [{ DeviceName: '/dev/sdb', Ebs: { SnapshotId: snapshotId } }]
        })
      ),
      'InvalidBlockDeviceMapping'
    );
    for (const id of [ImageId!, registered.ImageId!])
      await ec2.send(new DeregisterImageCommand({ ImageId: id }));
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }));
  });
});

describe('key pairs and security groups', () => {
  test('creates rsa and ed25519 key pairs with real key material', async () => {
    const rsa = await ec2.send(new CreateKeyPairCommand({ KeyName: 'rsa-key' }));
    expect(rsa.KeyMaterial).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(rsa.KeyFingerprint).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    const ed = await ec2.send(
      new CreateKeyPairCommand({
        KeyName: 'ed-key',
        KeyType: 'ed25519',
        TagSpecifications: [{ ResourceType: 'key-pair', Tags: [{ Key: 'build', Value: 'b1' }] }]
      })
    );
    expect(ed.KeyMaterial).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
    await expectEc2Error(
      ec2.send(new CreateKeyPairCommand({ KeyName: 'ed-key' })),
      'InvalidKeyPair.Duplicate'
    );
    const { KeyPairs } = await ec2.send(
      new DescribeKeyPairsCommand({ Filters: [{ Name: 'tag:build', Values: ['b1'] }] })
    );
    expect(KeyPairs!.map(k => [k.KeyName, k.KeyType])).toEqual([['ed-key', 'ed25519']]);
    const imported = await ec2.send(
      new ImportKeyPairCommand({
        KeyName: 'imported',
        PublicKeyMaterial: Buffer.from(
          'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKw7b5zAMUTdDYfsfwhBdlaMua3wBcqJSkxrFy0Xo0rT me'
        )
      })
    );
    // AWS's fingerprint of an imported ed25519 key: base64 SHA-256 of the key blob, without padding.
    const blob = Buffer.from(
      'AAAAC3NzaC1lZDI1NTE5AAAAIKw7b5zAMUTdDYfsfwhBdlaMua3wBcqJSkxrFy0Xo0rT',
      'base64'
    );
    expect(imported.KeyFingerprint).toBe(
      createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')
    );
    for (const KeyName of ['rsa-key', 'ed-key', 'imported'])
      await ec2.send(new DeleteKeyPairCommand({ KeyName }));
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'never-existed' }));
  });

  test('a group in use by a live instance cannot be deleted until it terminates', async () => {
    const { GroupId } = await ec2.send(
      new CreateSecurityGroupCommand({ GroupName: 'packer_tmp', Description: 'temp' })
    );
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.7/32' }] }
        ]
      })
    );
    const { SecurityGroups } = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] }));
    expect(SecurityGroups![0].IpPermissions![0]).toMatchObject({
      FromPort: 22,
      IpRanges: [{ CidrIp: '203.0.113.7/32' }]
    });
    const instance = await launch({ SecurityGroupIds: [GroupId!] });
    await expectEc2Error(ec2.send(new DeleteSecurityGroupCommand({ GroupId })), 'DependencyViolation');
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }));
    await waitUntilInstanceTerminated({ client: ec2, ...wait }, { InstanceIds: [instance.InstanceId!] });
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId }));
    await expectEc2Error(
      ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] })),
      'InvalidGroup.NotFound'
    );
  });
});

describe('instances', () => {
  test('run with tags, metadata options, block devices and user data; stop, start, terminate', async () => {
    const { KeyMaterial } = await ec2.send(new CreateKeyPairCommand({ KeyName: 'lifecycle' }));
    expect(KeyMaterial).toBeTruthy();
    const instance = await launch({
      KeyName: 'lifecycle',
      ClientToken: 'token-1',
      UserData: Buffer.from('#!/bin/sh\necho hi').toString('base64'),
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
      IamInstanceProfile: { Name: 'builder' },
      BlockDeviceMappings: [
        { DeviceName: '/dev/sda1', Ebs: { VolumeSize: 20, VolumeType: 'gp3', DeleteOnTermination: true } }
      ],
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'builder' }] },
        { ResourceType: 'volume', Tags: [{ Key: 'build', Value: 'b2' }] }
      ]
    });
    expect(instance.State).toEqual({ Code: 0, Name: 'pending' });
    expect(instance.MetadataOptions?.HttpTokens).toBe('required');
    expect(instance.Tags).toEqual([{ Key: 'Name', Value: 'builder' }]);
    const again = await launch({ KeyName: 'lifecycle', ClientToken: 'token-1' });
    expect(again.InstanceId).toBe(instance.InstanceId);
    const id = instance.InstanceId!;

    await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [id] });
    const { InstanceStatuses } = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }));
    expect(InstanceStatuses![0].InstanceState?.Name).toBe('running');
    const { Volumes } = await ec2.send(
      new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [id] }] })
    );
    expect(Volumes!.map(v => [v.Size, v.VolumeType, v.State, v.Tags])).toEqual([
      [20, 'gp3', 'in-use', [{ Key: 'build', Value: 'b2' }]]
    ]);
    await expectEc2Error(
      ec2.send(new DeleteVolumeCommand({ VolumeId: Volumes![0].VolumeId })),
      'VolumeInUse'
    );

    const stopping = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(stopping.StoppingInstances![0]).toMatchObject({
      PreviousState: { Name: 'running' },
      CurrentState: { Name: 'stopping' }
    });
    await waitUntilInstanceStopped({ client: ec2, ...wait }, { InstanceIds: [id] });
    const stopped = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(stopped.Reservations![0].Instances![0].StateReason?.Code).toBe('Client.UserInitiatedShutdown');
    await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }));
    await waitUntilInstanceRunning({ client: ec2, ...wait }, { InstanceIds: [id] });

    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await expectEc2Error(ec2.send(new StopInstancesCommand({ InstanceIds: [id] })), 'IncorrectInstanceState');
    await waitUntilInstanceTerminated({ client: ec2, ...wait }, { InstanceIds: [id] });
    const gone = await ec2.send(
      new DescribeVolumesCommand({ Filters: [{ Name: 'tag:build', Values: ['b2'] }] })
    );
    expect(gone.Volumes).toEqual([]);
    const terminated = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'instance-state-name', Values: ['terminated'] },
          { Name: 'tag:Name', Values: ['builder'] }
        ]
      })
    );
    expect(terminated.Reservations![0].Instances![0].InstanceId).toBe(id);
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'lifecycle' }));
  });

  test('wrong inputs give the errors AWS gives', async () => {
    await expectEc2Error(launch({ KeyName: 'nope' }), 'InvalidKeyPair.NotFound');
    await expectEc2Error(launch({ InstanceType: 't4g.micro' }), 'InvalidParameterValue');
    await expectEc2Error(launch({ SecurityGroupIds: ['sg-0123456789abcdef0'] }), 'InvalidGroup.NotFound');
    await expectEc2Error(launch({ SubnetId: 'subnet-0123456789abcdef0' }), 'InvalidSubnetID.NotFound');
    await expectEc2Error(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'] })),
      'InvalidInstanceID.NotFound'
    );
    await expectEc2Error(
      ec2.send(new GetConsoleOutputCommand({ InstanceId: 'i-0123456789abcdef0' })),
      'InvalidInstanceID.NotFound'
    );
  });
});

describe('tags', () => {
  test('create, describe and delete tags on any resource', async () => {
    const { KeyPairId } = await ec2.send(new CreateKeyPairCommand({ KeyName: 'tagged' }));
    await ec2.send(
      new CreateTagsCommand({
        Resources: [KeyPairId!],
        Tags: [
          { Key: 'team', Value: 'web' },
          { Key: 'env', Value: 'ci' }
        ]
      })
    );
    const { Tags } = await ec2.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [KeyPairId!] }] })
    );
    expect(Tags!.map(t => [t.Key, t.Value, t.ResourceType]).sort()).toEqual([
      ['env', 'ci', 'key-pair'],
      ['team', 'web', 'key-pair']
    ]);
    await ec2.send(new DeleteTagsCommand({ Resources: [KeyPairId!], Tags: [{ Key: 'env' }] }));
    const after = await ec2.send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [KeyPairId!] }] })
    );
    expect(after.Tags!.map(t => t.Key)).toEqual(['team']);
    await expectEc2Error(
      ec2.send(
        new CreateTagsCommand({ Resources: ['i-0123456789abcdef0'], Tags: [{ Key: 'a', Value: 'b' }] })
      ),
      'InvalidInstanceID.NotFound'
    );
    await expectEc2Error(
      ec2.send(
        new CreateTagsCommand({ Resources: [KeyPairId!], Tags: [{ Key: 'aws:reserved', Value: 'x' }] })
      ),
      'InvalidParameterValue'
    );
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'tagged' }));
  });
});

test('after every test above cleaned up, nothing is left over but terminated instances', () => {
  expect(sim.leftovers()).toEqual([]);
});
