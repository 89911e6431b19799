// Moving channels and promoting them, against the simulator through the real SDK clients: racing
// builds settle on the newer commit whichever writes last, a rollback walks back through the history
// (and a second one further back), and a value Parameter Store refuses is an error that says why.
import {
  CreateImageCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { moveChannels } from '../../src/channels/move.js';
import type { BuildKey } from '../../src/channels/record.js';
import type { ChannelClients } from '../../src/channels/update.js';
import { promote } from '../../src/promote/promote.js';
import { CANONICAL } from '../../world/ec2/seed.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';
import { ssmClient } from '../helpers/services.js';

let sim: Ec2Simulator;
let clients: ChannelClients;
const lines: string[] = [];
const log = {
  info: (line: string) => lines.push(line),
  warning: (line: string) => lines.push(`warning: ${line}`)
};
const write = { sleep: (ms: number) => new Promise<void>(r => setTimeout(r, ms)) };

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
  clients = { ssm: region => ssmClient(sim, region), ec2: region => ec2Client(sim, region) };
});
afterEach(async () => {
  lines.length = 0;
  await sim.reset();
});
afterAll(() => sim.stop());

/** Public images every region has: values Parameter Store accepts as aws:ec2:image. */
async function publicImages(region: string): Promise<string[]> {
  const { Images = [] } = await ec2Client(sim, region).send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'architecture', Values: ['x86_64'] }]
    })
  );
  return Images.map(i => i.ImageId!).sort();
}

const key = (label: string, hour: number, run: number): BuildKey => ({
  commit: label.repeat(40).slice(0, 40),
  time: new Date(Date.UTC(2026, 0, 1, hour)).toISOString(),
  run,
  workflow: 'build'
});

const value = async (name: string, region = 'us-east-1') =>
  (await ssmClient(sim, region).send(new GetParameterCommand({ Name: name }))).Parameter!.Value;

test.each([
  ['the newer commit writes last', [0, 150]],
  ['the older commit writes last', [150, 0]]
])(
  'two builds racing on one channel settle on the newer commit: %s',
  async (_name, [olderDelay, newerDelay]) => {
    const [older, newer] = await publicImages('us-east-1');
    const start = (ami: string, k: BuildKey, delay: number) =>
      new Promise(r => setTimeout(r, delay)).then(() =>
        moveChannels({ channels: ['/race'], amis: { 'us-east-1': ami }, key: k }, { clients, log, write })
      );
    // Both read the channel before either write is visible: Parameter Store takes a second to accept one.
    sim.fault({ timing: { parameterValidationMs: 1000 } });
    const [a, b] = await Promise.all([
      start(older!, key('a', 9, 1), olderDelay!),
      start(newer!, key('b', 10, 2), newerDelay!)
    ]);
    expect(await value('/race')).toBe(newer);
    expect(b.updates[0]).toMatchObject({ ami: newer, outcome: 'moved' });
    if (olderDelay! > newerDelay!) {
      // The older commit's write landed on top: it put the newer one back itself.
      expect(a.updates[0]).toMatchObject({ ami: newer, outcome: 'held' });
      expect(lines.join('\n')).toMatch(
        /another build wrote it at the same time; put back ami-\w+ of bbbbbbb/
      );
    }
  }
);

test('a parameter of another data type is refused with the reason, and nothing is written', async () => {
  const [image] = await publicImages('us-east-1');
  await ssmClient(sim).send(new PutParameterCommand({ Name: '/text', Value: 'hello', Type: 'String' }));
  const result = await moveChannels(
    { channels: ['/text'], amis: { 'us-east-1': image! }, key: key('a', 9, 1) },
    { clients, log, write }
  );
  expect(result.errors[0]).toMatch(/exists with data type text.*cannot change a parameter's data type/);
  expect(await value('/text')).toBe('hello');
});

test('an image Parameter Store does not accept in the region never becomes a version: an error that says why', async () => {
  const { Instances = [] } = await ec2Client(sim, 'us-west-2').send(
    new RunInstancesCommand({ ImageId: (await publicImages('us-west-2'))[0], MinCount: 1, MaxCount: 1 })
  );
  const { ImageId } = await eventually(() =>
    ec2Client(sim, 'us-west-2')
      .send(new CreateImageCommand({ InstanceId: Instances[0]!.InstanceId!, Name: 'elsewhere' }))
      .catch(() => undefined)
  );
  // An image of us-west-2 written to the channel in us-east-1.
  const result = await moveChannels(
    { channels: ['/wrong-region'], amis: { 'us-east-1': ImageId! }, key: key('a', 9, 1) },
    { clients, log, write: { ...write, timeoutMs: 1500 } }
  );
  expect(result.errors[0]).toMatch(/version 1 never appeared.*does not exist in us-east-1/);
});

test('promote previous walks back, a second promote goes further back instead of undoing the first, and an image that is gone is passed over', async () => {
  const region = 'us-east-1';
  const [a, b, c] = await publicImages(region);
  for (const [ami, k] of [
    [a, key('a', 9, 1)],
    [b, key('b', 10, 2)],
    [c, key('c', 11, 3)]
  ] as const) {
    await moveChannels({ channels: ['/web'], amis: { [region]: ami! }, key: k }, { clients, log, write });
  }
  const back = (target = { kind: 'previous' as const }) =>
    promote(
      { channels: ['/web'], target, regions: [], defaultRegion: region, clientToken: 't' },
      { clients, log, write }
    );
  const first = await back();
  expect(first.updates[0]).toMatchObject({ ami: b, previous: c, outcome: 'moved' });
  const second = await back();
  expect(second.updates[0]).toMatchObject({ ami: a, previous: b, outcome: 'moved' });
  await expect(back()).rejects.toThrow(/holds no earlier image it was not rolled back from/);
  expect(await value('/web')).toBe(a);
  // A slow job of commit c (the one rolled back from) does not move it back.
  const late = await moveChannels(
    { channels: ['/web'], amis: { [region]: c! }, key: key('c', 11, 3) },
    { clients, log, write }
  );
  expect(late.updates[0]).toMatchObject({ outcome: 'held' });
  expect(await value('/web')).toBe(a);
});

test('promote previous passes over an image that no longer exists', async () => {
  const region = 'us-east-1';
  const ec2 = ec2Client(sim, region);
  const [source] = await publicImages(region);
  const { Instances = [] } = await ec2.send(
    new RunInstancesCommand({ ImageId: source, MinCount: 1, MaxCount: 1 })
  );
  const own = (
    await eventually(() =>
      ec2
        .send(new CreateImageCommand({ InstanceId: Instances[0]!.InstanceId!, Name: 'gone' }))
        .catch(() => undefined)
    )
  ).ImageId!;
  await eventually(async () => {
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({ ImageIds: [own] }));
    return Images[0]?.State === 'available' ? true : undefined;
  });
  const [, b, c] = await publicImages(region);
  for (const [ami, k] of [
    [b, key('a', 8, 1)],
    [own, key('b', 9, 2)],
    [c, key('c', 10, 3)]
  ] as const) {
    await moveChannels({ channels: ['/web'], amis: { [region]: ami! }, key: k }, { clients, log, write });
  }
  await ec2.send(new DeregisterImageCommand({ ImageId: own }));
  const result = await promote(
    { channels: ['/web'], target: { kind: 'previous' }, regions: [region], clientToken: 't' },
    { clients, log, write }
  );
  expect(result.updates[0]).toMatchObject({ ami: b, outcome: 'moved' });
  expect(result.updates[0]!.reason).toMatch(
    new RegExp(`passed over ${own} \\(version 2\\) no longer exists`)
  );
});
