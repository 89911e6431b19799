// End to end, through the committed bundle: channels (SSM parameters a deploy reads) move after a
// successful build in every region of the image, the launch template follows, a promote rolls back in
// seconds without an instance, a cancelled build moves nothing, and of two racing builds the later
// commit wins whichever job finishes last.
import {
  CreateLaunchTemplateCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand
} from '@aws-sdk/client-ec2';
import { GetParameterCommand, GetParameterHistoryCommand } from '@aws-sdk/client-ssm';
import { readFileSync } from 'node:fs';
import { CANONICAL } from '../../world/ec2/seed.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';
import { ssmClient } from '../helpers/services.js';
import { channelRun, commit, promoteRun, type ChannelRunOptions, type Commit } from '../helpers/channels.js';

let sim: Ec2Simulator;
let world: ActionWorld;
const REGIONS = ['us-east-1', 'eu-west-1'];
const CHANNEL = '/images/web/prod';

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
  world.write({
    'web.json': {
      variables: { commit: '' },
      builders: [
        ubuntuBuilder({
          ami_name: 'web-{{user `commit`}}',
          ami_regions: ['eu-west-1'],
          communicator: 'none'
        })
      ],
      provisioners: [
        { type: 'shell-local', inline: ['echo "provisioning {{user `commit`}}"', 'sleep "${PAUSE:-0}"'] }
      ]
    }
  });
});
const actionsCalled = new Set<string>();
afterEach(async () => {
  // Only the action's own calls (its clients identify themselves), not the test's checks.
  for (const call of sim.calls)
    if (call.userAgent?.includes('build-ami')) actionsCalled.add(`${call.service}:${call.action}`);
  await world.cleanup();
});

const channelValue = async (region: string, name = CHANNEL) =>
  (await ssmClient(sim, region).send(new GetParameterCommand({ Name: name }))).Parameter!.Value;
const channelVersions = async (region: string) =>
  (await ssmClient(sim, region).send(new GetParameterHistoryCommand({ Name: CHANNEL }))).Parameters!.length;

async function jammy(region: string): Promise<string> {
  const { Images = [] } = await ec2Client(sim, region).send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: ['*jammy*20240301'] }]
    })
  );
  return Images[0]!.ImageId!;
}

async function defaultVersion(region: string): Promise<{ version: number; image?: string }> {
  const { LaunchTemplateVersions = [] } = await ec2Client(sim, region).send(
    new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'web', Versions: ['$Default'] })
  );
  return {
    version: LaunchTemplateVersions[0]!.VersionNumber!,
    image: LaunchTemplateVersions[0]!.LaunchTemplateData?.ImageId
  };
}

/** The tag the documented policy requires on a launch template the action may change. */
const DEPLOYABLE = [
  { ResourceType: 'launch-template' as const, Tags: [{ Key: 'build-ami:deploy', Value: 'true' }] }
];

const build = (c: Commit, extra: Partial<ChannelRunOptions> = {}) =>
  channelRun(world, sim, { commit: c, inputs: { channel: CHANNEL, 'launch-template': 'web' }, ...extra });

test('two builds of two commits move the channel in both regions, the second reports the first as previous, and the launch template follows; promote previous rolls back in seconds with no instance', async () => {
  for (const region of REGIONS) {
    await ec2Client(sim, region).send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: { ImageId: await jammy(region), InstanceType: 't3.micro' },
        TagSpecifications: DEPLOYABLE
      })
    );
  }
  const first = await build(commit(1));
  expect({ exit: first.exitCode, log: first.exitCode === 0 ? '' : first.log }).toEqual({ exit: 0, log: '' });
  const a = JSON.parse(first.outputs.amis) as Record<string, string>;
  expect(Object.keys(a).sort()).toEqual(['eu-west-1', 'us-east-1']);
  expect(first.outputs).toMatchObject({
    'channel-moved': 'true',
    'previous-ami-id': '',
    'previous-amis': '{}',
    'launch-template-version': '2',
    'launch-template-versions': JSON.stringify({ 'us-east-1': 2, 'eu-west-1': 2 })
  });
  for (const region of REGIONS) expect(await channelValue(region)).toBe(a[region]);

  const second = await build(commit(2));
  expect(second.exitCode).toBe(0);
  const b = JSON.parse(second.outputs.amis) as Record<string, string>;
  expect(second.outputs['previous-ami-id']).toBe(a['us-east-1']);
  expect(JSON.parse(second.outputs['previous-amis'])).toEqual(a);
  expect(JSON.parse(second.outputs.channels)).toEqual(
    expect.arrayContaining(
      REGIONS.map(region =>
        expect.objectContaining({
          channel: CHANNEL,
          region,
          ami: b[region],
          previous: a[region],
          outcome: 'moved'
        })
      )
    )
  );
  for (const region of REGIONS) {
    expect(await channelValue(region)).toBe(b[region]);
    expect(await defaultVersion(region)).toEqual({ version: 3, image: b[region] });
  }
  // The summary and its log say where the channel points now and where it pointed before.
  expect(second.summary).toContain('### Channels');
  expect(second.summary).toContain(b['eu-west-1']);
  expect(second.summary).toContain(a['eu-west-1']);
  expect(second.log).toContain(`Channel ${CHANNEL} in eu-west-1: ${a['eu-west-1']} → ${b['eu-west-1']}`);

  // Rollback: no template, no build, no instance.
  const callsBefore = sim.calls.length;
  const rollback = await promoteRun(world, sim, { channel: CHANNEL, 'launch-template': 'web' });
  expect({ exit: rollback.exitCode, log: rollback.exitCode === 0 ? '' : rollback.log }).toEqual({
    exit: 0,
    log: ''
  });
  const promoteCalls = sim.calls.slice(callsBefore);
  expect(promoteCalls.filter(c => c.action === 'RunInstances')).toEqual([]);
  expect(rollback.durationMs).toBeLessThan(10_000);
  for (const region of REGIONS) {
    expect(await channelValue(region)).toBe(a[region]);
    expect(await defaultVersion(region)).toEqual({ version: 4, image: a[region] });
  }
  expect(rollback.outputs).toMatchObject({
    'ami-id': a['us-east-1'],
    'previous-ami-id': b['us-east-1'],
    'channel-moved': 'true',
    'launch-template-version': '4'
  });
  expect(JSON.parse(rollback.outputs['previous-amis'])).toEqual(b);
  expect(rollback.summary).toMatch(/⏪ `\/images\/web\/prod` promoted to the previous image/);
  expect(rollback.summary).toContain('no instance started');
  const measured = {
    calls: promoteCalls.length,
    byAction: promoteCalls.reduce<Record<string, number>>(
      (counts, c) => ({ ...counts, [c.action]: (counts[c.action] ?? 0) + 1 }),
      {}
    ),
    ms: rollback.durationMs
  };
  console.log(`promote previous, 2 regions, with a launch template: ${JSON.stringify(measured)}`);
  // Reads, one write per region, its check, and the launch template: a few calls per region.
  expect(measured.calls).toBeLessThanOrEqual(24);

  // A cancelled build of a newer commit moves nothing: not the channel, not the launch template.
  const versionsBefore = await Promise.all(REGIONS.map(channelVersions));
  const cancelled = await build(commit(3), {
    env: { PAUSE: '60' },
    cancelLikeRunner: { whenLog: /provisioning c3/ }
  });
  expect(cancelled.exitCode).not.toBe(0);
  expect(cancelled.log).toContain('Channels and retention: nothing done, since');
  for (const [i, region] of REGIONS.entries()) {
    expect(await channelValue(region)).toBe(a[region]);
    expect(await channelVersions(region)).toBe(versionsBefore[i]);
    expect(await defaultVersion(region)).toEqual({ version: 4, image: a[region] });
  }
  expect(sim.callCount('PutParameter', 'ssm')).toBe(6);

  // Forward again by AMI id: the image given in us-east-1, and the copy its build made in eu-west-1.
  const forward = await promoteRun(world, sim, { channel: CHANNEL, 'promote-to': b['us-east-1']! });
  expect(forward.exitCode).toBe(0);
  for (const region of REGIONS) expect(await channelValue(region)).toBe(b[region]);
  expect(JSON.parse(forward.outputs.amis)).toEqual(b);
});

test('of two racing builds the later commit wins, whichever job finishes last; a slow job of the commit a promote rolled back from moves nothing', async () => {
  const newer = await channelRun(world, sim, { commit: commit(2), inputs: { channel: CHANNEL } });
  expect(newer.exitCode).toBe(0);
  const n = JSON.parse(newer.outputs.amis) as Record<string, string>;
  // The job of the older commit finishes after it.
  const older = await channelRun(world, sim, { commit: commit(1), inputs: { channel: CHANNEL } });
  expect(older.exitCode).toBe(0);
  expect(older.outputs['channel-moved']).toBe('false');
  expect(older.outputs['previous-ami-id']).toBe('');
  expect(older.log).toMatch(/stays at ami-\w+: a newer commit holds it: c2c2c2c/);
  for (const region of REGIONS) expect(await channelValue(region)).toBe(n[region]);
  const o = JSON.parse(older.outputs.amis) as Record<string, string>;

  // Roll back to the older commit's image by commit, then a re-run of the newer commit's job (same commit,
  // later attempt) does not undo the rollback; a build of a newer commit does move it.
  const rollback = await promoteRun(world, sim, {
    channel: CHANNEL,
    'promote-to': commit(1).sha.slice(0, 9)
  });
  expect(rollback.exitCode).toBe(0);
  for (const region of REGIONS) expect(await channelValue(region)).toBe(o[region]);
  const rerun = await channelRun(world, sim, { commit: commit(2), inputs: { channel: CHANNEL }, attempt: 2 });
  expect(rerun.exitCode).toBe(0);
  expect(rerun.outputs.reused).toBe('true');
  expect(rerun.outputs['channel-moved']).toBe('false');
  expect(rerun.log).toMatch(/it was promoted to ami-\w+; only a build of a commit newer than c2c2c2c/);
  for (const region of REGIONS) expect(await channelValue(region)).toBe(o[region]);
  const fix = await channelRun(world, sim, { commit: commit(3), inputs: { channel: CHANNEL } });
  expect(fix.outputs['channel-moved']).toBe('true');
  expect(JSON.parse(fix.outputs['previous-amis'])).toEqual(o);
});

test('a launch template that resolves the channel is left alone, one missing everywhere fails the step after the channel moved', async () => {
  await ec2Client(sim, 'us-east-1').send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'web',
      LaunchTemplateData: { ImageId: `resolve:ssm:${CHANNEL}` }
    })
  );
  const run = await channelRun(world, sim, {
    commit: commit(1),
    inputs: { channel: CHANNEL, 'launch-template': 'web' }
  });
  expect(run.exitCode).toBe(0);
  expect(run.log).toMatch(
    /Launch template web \(lt-\w+\) in us-east-1: unchanged, its default version 1 resolves \/images\/web\/prod/
  );
  const { LaunchTemplates = [] } = await ec2Client(sim, 'us-east-1').send(
    new DescribeLaunchTemplatesCommand({})
  );
  expect(LaunchTemplates[0]!.LatestVersionNumber).toBe(1);

  const missing = await channelRun(world, sim, {
    commit: commit(2),
    inputs: { channel: CHANNEL, 'launch-template': 'nowhere' }
  });
  expect(missing.exitCode).toBe(1);
  expect(parseWorkflowCommands(missing.log).errors.join('\n')).toMatch(
    /Launch template nowhere is in none of us-east-1, eu-west-1/
  );
  // The outputs of the image are still set, and the channel did move.
  expect(missing.outputs['ami-id']).toMatch(/^ami-/);
  expect(await channelValue('us-east-1')).toBe(missing.outputs['ami-id']);
});

test('every AWS action the runs above called is in the documented IAM policy', () => {
  const policy = JSON.parse(readFileSync('iam-policy.json', 'utf8')) as {
    Statement: { Action: string | string[] }[];
  };
  const allowed = new Set(policy.Statement.flatMap(s => (Array.isArray(s.Action) ? s.Action : [s.Action])));
  expect([...actionsCalled].filter(action => action.startsWith('ssm:'))).not.toEqual([]);
  expect([...actionsCalled].filter(action => !allowed.has(action))).toEqual([]);
});
