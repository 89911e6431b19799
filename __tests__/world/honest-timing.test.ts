// The simulator takes its time as EC2 does, and says so: a terminating instance holds its
// security group until it is gone unless it was moved to another group, snapshots report
// progress that advances with time, RunInstances answers before the public address is
// assigned, and every state transition is in sim.events.
import {
  CreateImageCommand,
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  ModifyInstanceAttributeCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';

let sim: Ec2Simulator;
let ec2: EC2Client;

beforeAll(async () => {
  sim = await startEc2Simulator({
    ssh: false,
    timing: {
      instancePendingMs: 200,
      instanceStoppingMs: 200,
      instanceShuttingDownMs: 1500,
      imagePendingMs: 2000,
      snapshotPendingMs: 500
    }
  });
  ec2 = ec2Client(sim);
});
afterAll(() => sim.stop());
beforeEach(() => sim.reset());

async function jammy(): Promise<string> {
  const { Images } = await ec2.send(
    new DescribeImagesCommand({
      Owners: ['099720109477'],
      Filters: [{ Name: 'name', Values: ['ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*'] }]
    })
  );
  return Images![0].ImageId!;
}

async function launchInNewGroup() {
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'tmp', Description: 'tmp' })
  );
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: await jammy(),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SecurityGroupIds: [GroupId!]
    })
  );
  return { groupId: GroupId!, instance: Instances![0] };
}

const stateOf = async (id: string) => {
  const { Reservations } = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
  return Reservations![0].Instances![0];
};

test('RunInstances answers with the private address; the public one shows while the instance is pending', async () => {
  const { instance } = await launchInNewGroup();
  expect(instance.PrivateIpAddress).toBeTruthy();
  expect(instance.PublicIpAddress).toBeUndefined();
  const seen = await stateOf(instance.InstanceId!);
  expect(seen.State?.Name).toBe('pending');
  expect(seen.PublicIpAddress).toBeTruthy();
});

test('a terminating instance holds its security group (DependencyViolation) until it is terminated', async () => {
  const { groupId, instance } = await launchInNewGroup();
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }));
  await expect(ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }))).rejects.toMatchObject({
    name: 'DependencyViolation'
  });
  await eventually(async () =>
    (await stateOf(instance.InstanceId!)).State?.Name === 'terminated' ? true : undefined
  );
  await ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }));
});

test('an instance moved to the default group frees its group at once, and cannot be moved once shutting down', async () => {
  const { groupId, instance } = await launchInNewGroup();
  const { SecurityGroups } = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [instance.VpcId!] },
        { Name: 'group-name', Values: ['default'] }
      ]
    })
  );
  const defaultGroup = SecurityGroups![0].GroupId!;
  await ec2.send(
    new ModifyInstanceAttributeCommand({ InstanceId: instance.InstanceId, Groups: [defaultGroup] })
  );
  expect((await stateOf(instance.InstanceId!)).SecurityGroups?.map(g => g.GroupId)).toEqual([defaultGroup]);
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId!] }));
  await ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }));
  expect((await stateOf(instance.InstanceId!)).State?.Name).toBe('shutting-down');
  await expect(
    ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: instance.InstanceId, Groups: [defaultGroup] }))
  ).rejects.toMatchObject({ name: 'IncorrectInstanceState' });
});

test("an image's snapshots report progress advancing with time, reaching 100% as the image turns available", async () => {
  const { instance } = await launchInNewGroup();
  const id = instance.InstanceId!;
  await eventually(async () => ((await stateOf(id)).State?.Name === 'running' ? true : undefined));
  await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
  await eventually(async () => ((await stateOf(id)).State?.Name === 'stopped' ? true : undefined));
  const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: id, Name: 'progress' }));
  const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
  const snapshotId = Images![0].BlockDeviceMappings!.find(m => m.Ebs?.SnapshotId)!.Ebs!.SnapshotId!;
  const progress = async () => {
    const { Snapshots } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }));
    return Number.parseInt(Snapshots![0].Progress!, 10);
  };
  await new Promise(r => setTimeout(r, 1000));
  const half = await progress();
  // The image takes 2 s: about half way after 1 s, though the snapshot alone would take 0.5 s.
  expect(half).toBeGreaterThanOrEqual(35);
  expect(half).toBeLessThanOrEqual(70);
  await eventually(async () => {
    const { Images: now } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    return now![0].State === 'available' ? true : undefined;
  });
  expect(await progress()).toBe(100);
  const imageEvents = sim.events.filter(e => e.resource === ImageId);
  expect(imageEvents.map(e => `${e.from}->${e.to}`)).toEqual(['none->pending', 'pending->available']);
  const snapshotDone = sim.events.find(e => e.resource === snapshotId && e.to === 'completed')!;
  expect(Math.abs(snapshotDone.at - imageEvents[1].at)).toBeLessThan(50);
});

test('sim.events records every instance transition with its time, and calls carry theirs', async () => {
  const { instance } = await launchInNewGroup();
  const id = instance.InstanceId!;
  await eventually(async () => ((await stateOf(id)).State?.Name === 'running' ? true : undefined));
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
  await eventually(async () => ((await stateOf(id)).State?.Name === 'terminated' ? true : undefined));
  const mine = sim.events.filter(e => e.resource === id);
  expect(mine.map(e => e.to)).toEqual(['pending', 'running', 'shutting-down', 'terminated']);
  expect(mine.every(e => e.kind === 'instance')).toBe(true);
  const running = mine[1];
  const firstSeen = sim.calls.find(c => c.action === 'DescribeInstances' && c.at >= running.at);
  expect(firstSeen).toBeDefined();
  await sim.reset();
  expect(sim.events).toEqual([]);
});
