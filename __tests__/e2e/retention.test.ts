// End to end, through the committed bundle: retention after a successful build keeps the newest
// builds of the family (found by its tags) plus whatever a channel, a launch template, an instance or
// deregistration protection still needs, removes the rest with their snapshots in every region
// (ami_regions copies included), never touches an image that is not the family's, deletes nothing in
// a dry run, and deprecates instead when asked.
import {
  CopyImageCommand,
  CreateLaunchTemplateCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  EnableImageDeregistrationProtectionCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  type Image
} from '@aws-sdk/client-ec2';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
import { channelRun, commit, type ChannelRunOptions } from '../helpers/channels.js';
import { ec2Client, eventually } from '../helpers/ec2.js';

let sim: Ec2Simulator;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
  const template = (name: string, extra: object) => ({
    variables: { commit: '' },
    builders: [
      ubuntuBuilder({ name, ami_name: `${name}-{{user \`commit\`}}`, communicator: 'none', ...extra })
    ]
  });
  world.write({
    'web.json': template('web', { ami_regions: ['eu-west-1'] }),
    'one-region.json': template('web', {}),
    'api.json': template('api', {})
  });
});
afterEach(() => world.cleanup());

const run = async (n: number, options: Partial<ChannelRunOptions> = {}) => {
  const main = await channelRun(world, sim, { commit: commit(n), ...options });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  return { main, amis: JSON.parse(main.outputs.amis) as Record<string, string> };
};

/** Every image of the account in a region (deregistered ones are gone), by id. */
async function ownImages(region: string): Promise<Map<string, Image>> {
  const { Images = [] } = await ec2Client(sim, region).send(
    new DescribeImagesCommand({ Owners: ['self'], IncludeDeprecated: true })
  );
  return new Map(Images.map(i => [i.ImageId!, i]));
}

const snapshotsOf = (image: Image) => image.BlockDeviceMappings!.map(m => m.Ebs!.SnapshotId!);
const liveSnapshots = () =>
  new Set(
    sim
      .resources()
      .filter(r => r.type === 'snapshot')
      .map(r => r.id)
  );

test('keep: 2 after four builds leaves the two newest and what a channel or a launch template uses, with their snapshots, and removes the rest with theirs in every region; a dry run removes nothing', async () => {
  const keep = { keep: '2' };
  const b1 = (await run(1, { inputs: { ...keep, channel: '/images/web/prod' } })).amis;
  const b2 = (await run(2, { inputs: keep })).amis;
  // A deploy outside the action launches b2 in us-east-1 from a launch template of its own.
  await ec2Client(sim, 'us-east-1').send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'legacy',
      LaunchTemplateData: { ImageId: b2['us-east-1'] }
    })
  );
  const b3 = (await run(3, { inputs: keep })).amis;
  const snapshotsBefore = liveSnapshots();

  const dry = await run(4, { inputs: { ...keep, 'retention-dry-run': 'true' } });
  const b4 = dry.amis;
  expect(dry.main.log).toContain(
    `Retention (dry run): would deregister ${b2['eu-west-1']} in eu-west-1 (web-c2, commit c2c2c2c`
  );
  expect(dry.main.summary).toContain('Dry run: nothing was removed.');
  for (const region of ['us-east-1', 'eu-west-1']) expect((await ownImages(region)).size).toBe(4);
  expect([...snapshotsBefore].every(id => liveSnapshots().has(id))).toBe(true);

  // The same commit again: the image is reused, and this time retention removes.
  const goneImage = (await ownImages('eu-west-1')).get(b2['eu-west-1'])!;
  const real = await run(4, { inputs: keep, attempt: 2 });
  expect(real.main.outputs.reused).toBe('true');

  const east = await ownImages('us-east-1');
  const west = await ownImages('eu-west-1');
  expect(new Set(east.keys())).toEqual(new Set([b1, b2, b3, b4].map(b => b['us-east-1'])));
  expect(new Set(west.keys())).toEqual(new Set([b1, b3, b4].map(b => b['eu-west-1'])));
  // Every image kept has its snapshots; the removed one's went with it; nothing else is left over.
  const kept = [...east.values(), ...west.values()].flatMap(snapshotsOf);
  expect([...liveSnapshots()].sort()).toEqual(kept.sort());
  expect(snapshotsOf(goneImage).some(id => liveSnapshots().has(id))).toBe(false);
  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual([...Array(7).fill('image'), 'parameter', 'parameter', ...Array(7).fill('snapshot')]);

  const log = real.main.log;
  expect(log).toMatch(
    new RegExp(
      `Retention: deregistered ${b2['eu-west-1']} in eu-west-1 \\(web-c2, commit c2c2c2c, [\\d.]+ (hours|days) old\\) and deleted snap-\\w+: beyond the newest 2 \\(3rd newest\\)`
    )
  );
  expect(log).toContain(`Retention: kept ${b1['eu-west-1']} in eu-west-1`);
  expect(log).toMatch(
    new RegExp(`kept ${b1['us-east-1']} in us-east-1 .*: in use: channel /images/web/prod`)
  );
  expect(log).toMatch(
    new RegExp(
      `kept ${b2['us-east-1']} in us-east-1 .*: in use: launch template legacy \\(lt-\\w+\\) version 1`
    )
  );
  expect(real.main.summary).toContain('### Retention: `web.json:web`');
  expect(real.main.summary).toMatch(/🗑️ removed with `snap-\w+`/);
});

test('retention never touches an image an instance runs from, one protected from deregistration, one the build did not tag, nor another family’s or repository’s; deprecate-older deprecates', async () => {
  const ec2 = ec2Client(sim, 'us-east-1');
  const single = { template: 'one-region.json' };
  const other = (await run(0, { inputs: { template: 'api.json' } })).amis['us-east-1']!;
  const built: string[] = [];
  for (const n of [1, 2, 3, 4, 5]) built.push((await run(n, { inputs: single })).amis['us-east-1']!);
  const [i1, i2, i3, i4, i5] = built as [string, string, string, string, string];

  // i1 runs an instance, i2 a stopped one, i3 is protected from deregistration.
  await ec2.send(
    new RunInstancesCommand({ ImageId: i1, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' })
  );
  const { Instances = [] } = await ec2.send(
    new RunInstancesCommand({ ImageId: i2, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' })
  );
  await eventually(async () =>
    ec2.send(new StopInstancesCommand({ InstanceIds: [Instances[0]!.InstanceId!] })).catch(() => undefined)
  );
  await ec2.send(new EnableImageDeregistrationProtectionCommand({ ImageId: i3 }));
  // An image named like ours but without our tags, and one with our tags from another repository.
  const untagged = (
    await ec2.send(
      new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: i4, Name: 'web-c4-by-hand' })
    )
  ).ImageId!;
  const foreign = (
    await ec2.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: i4,
        Name: 'web-c4-fork',
        CopyImageTags: true
      })
    )
  ).ImageId!;
  await ec2.send(
    new CreateTagsCommand({
      Resources: [foreign],
      Tags: [{ Key: 'build-ami:repository', Value: 'someone/else' }]
    })
  );
  await eventually(async () => {
    const images = await ownImages('us-east-1');
    return images.get(untagged)?.State === 'available' && images.get(foreign)?.State === 'available'
      ? true
      : undefined;
  });

  const i6 = (await run(6, { inputs: { ...single, keep: '1' } })).amis['us-east-1']!;
  const left = await ownImages('us-east-1');
  expect(new Set(left.keys())).toEqual(new Set([other, i1, i2, i3, i6, untagged, foreign]));
  expect(left.has(i4) || left.has(i5)).toBe(false);

  // deprecate-older: the next build deprecates i6 instead of removing it.
  const i7 = (await run(7, { inputs: { ...single, keep: '1', 'deprecate-older': 'true' } })).amis[
    'us-east-1'
  ]!;
  const after = await ownImages('us-east-1');
  expect(after.get(i6)?.DeprecationTime).toEqual(expect.any(String));
  expect(after.get(i7)?.DeprecationTime).toBeUndefined();
  expect(after.get(i1)?.DeprecationTime).toBeUndefined();
});

test('a copy whose source is not a finished build’s (a build still copying, or one that failed) is neither counted nor removed', async () => {
  await run(1);
  const b2 = (await run(2)).amis;
  const east = ec2Client(sim, 'us-east-1');
  const west = ec2Client(sim, 'eu-west-1');
  // Another build of the family, after b2: its build region image is not tagged complete (yet), its copy
  // is, `with` that image, as CopyImage tags it.
  const familyTags = [
    ...(await ownImages('us-east-1'))
      .get(b2['us-east-1']!)!
      .Tags!.filter(t => !['build-ami:complete', 'build-ami:build-id', 'build-ami:commit'].includes(t.Key!)),
    { Key: 'build-ami:build-id', Value: 'another-build' },
    { Key: 'build-ami:commit', Value: 'c9'.repeat(20) }
  ];
  const unfinished = (
    await east.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: b2['us-east-1'],
        Name: 'web-unfinished',
        TagSpecifications: [{ ResourceType: 'image', Tags: familyTags }]
      })
    )
  ).ImageId!;
  await eventually(async () =>
    (await ownImages('us-east-1')).get(unfinished)?.State === 'available' ? true : undefined
  );
  const copy = (
    await west.send(
      new CopyImageCommand({
        SourceRegion: 'us-east-1',
        SourceImageId: unfinished,
        Name: 'web-unfinished',
        TagSpecifications: [
          {
            ResourceType: 'image',
            Tags: [...familyTags, { Key: 'build-ami:complete', Value: `with us-east-1/${unfinished}` }]
          }
        ]
      })
    )
  ).ImageId!;
  await eventually(async () =>
    (await ownImages('eu-west-1')).get(copy)?.State === 'available' ? true : undefined
  );

  const b3 = (await run(3, { inputs: { keep: '2' } })).amis;
  // Had the copy counted, it would be the 2nd newest in eu-west-1 and b2's copy would have gone too.
  expect(new Set((await ownImages('eu-west-1')).keys())).toEqual(
    new Set([b2['eu-west-1'], b3['eu-west-1'], copy])
  );
  expect(new Set((await ownImages('us-east-1')).keys())).toEqual(
    new Set([b2['us-east-1'], b3['us-east-1'], unfinished])
  );
});

test('retention trouble is a warning: the build that just succeeded still succeeds, and nothing is removed that could not be checked', async () => {
  const single = { template: 'one-region.json' };
  const i1 = (await run(1, { inputs: single })).amis['us-east-1']!;

  sim.fault({ action: 'DeregisterImage', code: 'UnauthorizedOperation', times: 'always' });
  const denied = await run(2, { inputs: { ...single, keep: '1' } });
  expect(parseWorkflowCommands(denied.main.log).warnings.join('\n')).toMatch(
    new RegExp(`Retention: could not remove ${i1} in us-east-1 .*UnauthorizedOperation`)
  );
  expect(denied.main.summary).toContain('⚠️ not removed');
  sim.clearFaults();

  // What uses the images cannot be listed: nothing is removed in that region.
  sim.fault({ service: 'ssm', action: 'DescribeParameters', code: 'AccessDeniedException', times: 'always' });
  const blind = await run(3, { inputs: { ...single, keep: '1' } });
  expect(parseWorkflowCommands(blind.main.log).warnings.join('\n')).toMatch(
    /Retention: nothing removed in us-east-1, since what uses its images could not be checked: DescribeParameters/
  );
  const left = await ownImages('us-east-1');
  expect(left.has(i1) && left.has(denied.amis['us-east-1']!)).toBe(true);
});
