// Teardown against the simulator: resources go in an order EC2 accepts (instances, then images
// before their snapshots, then groups and key pairs), a resource already gone counts as
// removed, and what cannot be removed comes back with the command to remove it by hand.
import {
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2';
import { sleep } from '../../src/aws/retry.js';
import { teardown, teardownContext, type TeardownContext } from '../../src/cleanup/teardown.js';
import type { JournalEntry } from '../../src/journal.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';

let sim: Ec2Simulator;
beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
afterEach(() => sim.reset());
afterAll(() => sim.stop());

type Ref = Pick<JournalEntry, 'kind' | 'id' | 'region'>;

function context(lines: string[] = []): TeardownContext {
  const ec2 = ec2Client(sim);
  return {
    ...teardownContext({
      ec2For: () => ec2,
      log: { info: l => lines.push(l) },
      sleep,
      polling: { delayMs: 50 }
    }),
    notFoundGraceMs: 300
  };
}

/** A live instance in a group of its own, an image made from it, and a key pair. */
async function someResources(): Promise<Ref[]> {
  const ec2 = ec2Client(sim);
  const { Images = [] } = await ec2.send(new DescribeImagesCommand({ Owners: ['099720109477'] }));
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'tg', Description: 'temporary' })
  );
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'tk' }));
  const { Instances } = await ec2.send(
    new RunInstancesCommand({
      ImageId: Images[0]!.ImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      KeyName: 'tk',
      SecurityGroupIds: [GroupId!]
    })
  );
  const instanceId = Instances![0]!.InstanceId!;
  await eventually(async () => {
    const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }));
    return Reservations[0]?.Instances?.[0]?.State?.Name === 'running' ? true : undefined;
  });
  const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: instanceId, Name: 'half-made' }));
  const snapshots = await eventually(async () => {
    const { Images: made = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    const ids = (made[0]?.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ?? []);
    return ids.length ? ids : undefined;
  });
  const region = 'us-east-1';
  // Listed in the worst order: teardown must not depend on it.
  return [
    { kind: 'key-pair', id: 'tk', region },
    { kind: 'security-group', id: GroupId!, region },
    ...snapshots.map(id => ({ kind: 'snapshot' as const, id, region })),
    { kind: 'image', id: ImageId!, region },
    { kind: 'instance', id: instanceId, region }
  ];
}

test('removes instances first, then images before their snapshots, then groups and key pairs', async () => {
  const entries = await someResources();
  const start = sim.calls.length;
  const removed: Ref[] = [];
  const result = await teardown(context(), entries, e => removed.push(e));
  expect(result.failed).toEqual([]);
  expect(new Set(result.removed)).toEqual(new Set(entries));
  expect(removed.map(e => e.kind)).toEqual([
    'instance',
    'image',
    ...entries.filter(e => e.kind === 'snapshot').map(() => 'snapshot'),
    'security-group',
    'key-pair'
  ]);
  const deletes = sim.calls
    .slice(start)
    .map(c => c.action)
    .filter(a => /^(Terminate|Deregister|Delete)/.test(a));
  expect([...new Set(deletes)]).toEqual([
    'TerminateInstances',
    'DeregisterImage',
    'DeleteSnapshot',
    'DeleteSecurityGroup',
    'DeleteKeyPair'
  ]);
  expect(sim.leftovers()).toEqual([]);
});

test('a resource already gone counts as removed', async () => {
  const region = 'us-east-1';
  const gone: Ref[] = [
    { kind: 'instance', id: 'i-0123456789abcdef0', region },
    { kind: 'image', id: 'ami-0123456789abcdef0', region },
    { kind: 'snapshot', id: 'snap-0123456789abcdef0', region },
    { kind: 'volume', id: 'vol-0123456789abcdef0', region },
    { kind: 'security-group', id: 'sg-0123456789abcdef0', region },
    { kind: 'key-pair', id: 'never-made', region }
  ];
  const result = await teardown(context(), gone);
  expect(result.failed).toEqual([]);
  expect(result.removed).toHaveLength(gone.length);
});

test('what cannot be removed comes back with the command to remove it by hand; the rest still goes', async () => {
  const entries = await someResources();
  sim.fault({ action: 'DeleteSecurityGroup', code: 'UnauthorizedOperation', message: 'not allowed' });
  const result = await teardown(context(), entries);
  const group = entries.find(e => e.kind === 'security-group')!;
  expect(result.failed.map(f => [f.entry.id, f.command])).toEqual([
    [group.id, `aws ec2 delete-security-group --region us-east-1 --group-id ${group.id}`]
  ]);
  expect(String(result.failed[0]!.error)).toContain('DeleteSecurityGroup');
  expect(sim.leftovers().map(r => r.id)).toEqual([group.id]);
});

test('every teardown context carries how to sleep and poll', () => {
  const ec2 = ec2Client(sim);
  const polling = { delayMs: 50 };
  const ctx = teardownContext({ ec2For: () => ec2, log: { info: () => undefined }, sleep, polling });
  expect(ctx.sleep).toBe(sleep);
  expect(ctx.polling).toBe(polling);
  expect(ctx.ec2('us-east-1')).toBe(ec2);
});
