// The post step's cleanup, against the EC2 simulator over real HTTP: it removes what the saved
// journal lists as created, leaves the build's artifact alone, sweeps by the build's tag only when
// the main step did not finish, and, for what it cannot remove, warns with the command to run by hand.
import {
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
  waitUntilImageAvailable,
  waitUntilInstanceRunning,
  type EC2Client,
  type ResourceType
} from '@aws-sdk/client-ec2';
import { finishCleanup } from '../../src/cleanup/finish.js';
import type { JournalEntry } from '../../src/journal.js';
import type { SavedState } from '../../src/state.js';
import { TAGS } from '../../src/tags.js';
import { CANONICAL } from '../../world/ec2/seed.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';

const BUILD = 'b-finish-1';
let sim: Ec2Simulator;
let clients: Map<string, EC2Client>;
const ec2 = (region: string): EC2Client => {
  if (!clients.has(region)) clients.set(region, ec2Client(sim, region));
  return clients.get(region)!;
};
const wait = { maxWaitTime: 20, minDelay: 1, maxDelay: 1 };

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
beforeEach(async () => {
  await sim.reset();
  clients = new Map();
});
afterAll(() => sim.stop());

const tagged = (...types: ResourceType[]) =>
  types.map(ResourceType => ({ ResourceType, Tags: [{ Key: TAGS.buildId, Value: BUILD }] }));

async function keyPair(name: string, region = 'us-east-1'): Promise<string> {
  await ec2(region).send(new CreateKeyPairCommand({ KeyName: name, TagSpecifications: tagged('key-pair') }));
  return name;
}

async function securityGroup(name: string): Promise<string> {
  const { GroupId } = await ec2('us-east-1').send(
    new CreateSecurityGroupCommand({
      GroupName: name,
      Description: 'temporary',
      TagSpecifications: tagged('security-group')
    })
  );
  return GroupId!;
}

async function instance(groupId?: string): Promise<string> {
  const { Images } = await ec2('us-east-1').send(
    new DescribeImagesCommand({
      Owners: [CANONICAL],
      Filters: [{ Name: 'name', Values: ['ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*'] }]
    })
  );
  const { Instances } = await ec2('us-east-1').send(
    new RunInstancesCommand({
      ImageId: Images![0]!.ImageId,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SecurityGroupIds: groupId ? [groupId] : undefined,
      TagSpecifications: tagged('instance')
    })
  );
  return Instances![0]!.InstanceId!;
}

/** What the simulator still holds that a client made: key pairs by name, the rest by id. */
const live = () => sim.leftovers().map(r => `${r.type} ${r.type === 'key-pair' ? r.name : r.id}`);

function entry(
  kind: JournalEntry['kind'],
  id: string,
  status: JournalEntry['status'] = 'created'
): JournalEntry {
  return { kind, id, region: 'us-east-1', build: 'web', status };
}

function saved(journal: JournalEntry[], overrides: Partial<SavedState> = {}): SavedState {
  return {
    buildId: BUILD,
    journal,
    regions: ['us-east-1'],
    endpoints: {},
    accounts: {},
    mainFinished: true,
    ...overrides
  };
}

async function finish(state: SavedState) {
  const info: string[] = [];
  const warnings: string[] = [];
  const result = await finishCleanup({
    saved: state,
    ec2,
    info: line => info.push(line),
    warning: line => warnings.push(line),
    sleep: ms => new Promise(resolve => setTimeout(resolve, Math.min(ms, 20)))
  });
  return { result, info, warnings };
}

describe('what the journal lists', () => {
  it('removes every resource listed as created, instance first, and says so', async () => {
    const group = await securityGroup('packer_sg');
    const id = await instance(group);
    const key = await keyPair('packer_key');
    const { result, info, warnings } = await finish(
      saved([entry('key-pair', key), entry('security-group', group), entry('instance', id)])
    );
    expect(live()).toEqual([]);
    expect(result.removed.map(r => r.kind)).toEqual(['instance', 'security-group', 'key-pair']);
    expect(result.failed).toEqual([]);
    expect(warnings).toEqual([]);
    expect(info).toEqual(
      expect.arrayContaining([
        `Removed instance ${id} (us-east-1)`,
        `Removed security-group ${group} (us-east-1)`,
        'Removed key-pair packer_key (us-east-1)'
      ])
    );
  });

  it('leaves alone what is listed as deleted, and counts a resource already gone as removed', async () => {
    const kept = await keyPair('deleted-in-journal-but-still-there');
    const { result, warnings } = await finish(
      saved([entry('key-pair', kept, 'deleted'), entry('security-group', 'sg-0123456789abcdef0')])
    );
    expect(live()).toEqual([`key-pair ${kept}`]);
    expect(result.removed.map(r => r.id)).toEqual(['sg-0123456789abcdef0']);
    expect(warnings).toEqual([]);
  });

  it('never touches the kept image and snapshot, even when the sweep finds them by tag', async () => {
    const id = await instance();
    await waitUntilInstanceRunning({ client: ec2('us-east-1'), ...wait }, { InstanceIds: [id] });
    const { ImageId } = await ec2('us-east-1').send(
      new CreateImageCommand({
        InstanceId: id,
        Name: 'web-1',
        TagSpecifications: tagged('image', 'snapshot')
      })
    );
    await waitUntilImageAvailable({ client: ec2('us-east-1'), ...wait }, { ImageIds: [ImageId!] });
    const { Images } = await ec2('us-east-1').send(new DescribeImagesCommand({ ImageIds: [ImageId!] }));
    const snapshot = Images![0]!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;

    const { result } = await finish(
      saved([entry('instance', id), entry('image', ImageId!, 'kept'), entry('snapshot', snapshot, 'kept')], {
        mainFinished: false
      })
    );
    expect(result.swept).toBe(true);
    expect(live().sort()).toEqual([`image ${ImageId}`, `snapshot ${snapshot}`].sort());
    expect(result.removed.map(r => r.id)).toEqual([id]);
  });
});

describe('the sweep by tag', () => {
  it.each<[string, Partial<SavedState>, boolean]>([
    ['the main step did not finish: swept', { mainFinished: false }, true],
    ['the main step finished: not swept (its journal is the whole truth)', { mainFinished: true }, false],
    ['no build id was saved: nothing to search by', { mainFinished: false, buildId: undefined }, false]
  ])('%s', async (_name, overrides, swept) => {
    // Created, but the answer never arrived: only its tag knows it.
    await keyPair('answer-lost');
    const { result, info } = await finish(saved([], overrides));
    expect(result.swept).toBe(swept);
    expect(live()).toEqual(swept ? [] : ['key-pair answer-lost']);
    if (!swept) expect(info).toEqual(['Nothing left to clean up.']);
  });

  it('searches every region the build may touch, copies included', async () => {
    await keyPair('in-the-copy-region', 'eu-west-1');
    const { result } = await finish(saved([], { mainFinished: false, regions: ['us-east-1', 'eu-west-1'] }));
    expect(result.removed).toEqual([{ kind: 'key-pair', id: 'in-the-copy-region', region: 'eu-west-1' }]);
    expect(live()).toEqual([]);
  });

  it('leaves resources of other builds alone', async () => {
    await ec2('us-east-1').send(
      new CreateKeyPairCommand({
        KeyName: 'other-build',
        TagSpecifications: [{ ResourceType: 'key-pair', Tags: [{ Key: TAGS.buildId, Value: 'b-other' }] }]
      })
    );
    await finish(saved([], { mainFinished: false }));
    expect(live()).toEqual(['key-pair other-build']);
  });

  it('warns when one kind cannot be looked up, and still removes what the others find', async () => {
    await keyPair('found-anyway');
    sim.fault({ action: 'DescribeInstances', code: 'UnauthorizedOperation', status: 403, times: 'always' });
    const { result, warnings } = await finish(saved([], { mainFinished: false }));
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^Could not look for leftovers of build ${BUILD} in us-east-1 \\(DescribeInstances\\): `)
      )
    ]);
    expect(result.removed.map(r => r.id)).toEqual(['found-anyway']);
    expect(live()).toEqual([]);
  });
});

describe('what it cannot remove', () => {
  it('warns with the command to remove it by hand, removes the rest and does not throw', async () => {
    const key = await keyPair('stuck-key');
    const group = await securityGroup('packer_sg');
    sim.fault({ action: 'DeleteKeyPair', code: 'UnauthorizedOperation', status: 403, times: 'always' });
    const { result, warnings } = await finish(
      saved([entry('key-pair', key), entry('security-group', group)])
    );
    expect(live()).toEqual([`key-pair ${key}`]);
    expect(result.removed.map(r => r.id)).toEqual([group]);
    expect(result.failed.map(f => f.command)).toEqual([
      'aws ec2 delete-key-pair --region us-east-1 --key-name stuck-key'
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Could not remove key-pair stuck-key in us-east-1: .*DeleteKeyPair/);
    expect(warnings[0]).toMatch(
      / Remove it by hand: aws ec2 delete-key-pair --region us-east-1 --key-name stuck-key$/
    );
  });
});

it('with nothing left, says so and makes no EC2 call', async () => {
  const { result, info } = await finish(saved([entry('key-pair', 'gone', 'deleted')]));
  expect(result).toEqual({ removed: [], failed: [], swept: false });
  expect(info).toEqual(['Nothing left to clean up.']);
  expect(sim.callCount()).toBe(0);
});
