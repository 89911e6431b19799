// Each kind of fault the simulator injects, as the AWS SDK sees it: an error on the Nth
// call, throttling, a bare HTTP 503, a lost response, a slow answer, eventual consistency, slow
// transitions.
// The same faults are reachable over HTTP at POST /_sim/faults.
import {
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DescribeKeyPairsCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  EC2ServiceException
} from '@aws-sdk/client-ec2';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';

let sim: Ec2Simulator;

beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
afterEach(() => sim.reset());
afterAll(() => sim.stop());

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: Error & { $metadata?: { httpStatusCode?: number } }) => e
  );

test('the Nth call of an action fails with the given code, then calls succeed again', async () => {
  const ec2 = ec2Client(sim);
  sim.fault({ action: 'DescribeRegions', code: 'InternalError', nth: 2, times: 1 });
  await ec2.send(new DescribeRegionsCommand({}));
  const err = await caught(ec2.send(new DescribeRegionsCommand({})));
  expect(err).toBeInstanceOf(EC2ServiceException);
  expect(err).toMatchObject({ name: 'InternalError', $metadata: { httpStatusCode: 500 } });
  await ec2.send(new DescribeRegionsCommand({}));
  expect(sim.calls.map(c => c.outcome)).toEqual(['ok', 'InternalError', 'ok']);
});

test('an always-failing fault keeps failing; the SDK retries transient ones', async () => {
  sim.fault({ action: 'DescribeRegions', code: 'UnauthorizedOperation', times: 'always' });
  const err = await caught(ec2Client(sim, 'us-east-1', 3).send(new DescribeRegionsCommand({})));
  expect(err).toMatchObject({
    name: 'UnauthorizedOperation',
    $metadata: { httpStatusCode: 403, attempts: 1 }
  });
  sim.clearFaults();
  sim.fault({ action: 'DescribeKeyPairs', code: 'RequestLimitExceeded', times: 2 });
  const res = await ec2Client(sim, 'us-east-1', 3).send(new DescribeKeyPairsCommand({}));
  expect(res.$metadata.attempts).toBe(3);
});

test('throttling a fraction of calls answers RequestLimitExceeded with HTTP 503', async () => {
  sim.fault({ throttle: 0.5, seed: 7 });
  const ec2 = ec2Client(sim);
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, () =>
      caught(ec2.send(new DescribeRegionsCommand({}))).then(e => e?.name ?? 'ok')
    )
  );
  const throttled = outcomes.filter(o => o === 'RequestLimitExceeded').length;
  expect(throttled).toBeGreaterThan(8);
  expect(throttled).toBeLessThan(32);
  expect(sim.calls.filter(c => c.outcome === 'RequestLimitExceeded').every(c => c.status === 503)).toBe(true);
});

test('a bare HTTP 503 without an EC2 body reaches the SDK as a 503', async () => {
  sim.fault({ action: 'DescribeRegions', kind: 'http', status: 503 });
  const err = await caught(ec2Client(sim).send(new DescribeRegionsCommand({})));
  expect(err?.$metadata?.httpStatusCode).toBe(503);
});

test('a slow answer: the call succeeds, only late', async () => {
  sim.fault({ action: 'DescribeRegions', kind: 'slow', delayMs: 300 });
  const started = Date.now();
  const { Regions } = await ec2Client(sim).send(new DescribeRegionsCommand({}));
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  expect(Regions?.length).toBeGreaterThan(0);
});

test('a lost response: the key pair exists although the client never heard back', async () => {
  sim.fault({ action: 'CreateKeyPair', kind: 'lost-response' });
  const ec2 = ec2Client(sim);
  const err = await caught(ec2.send(new CreateKeyPairCommand({ KeyName: 'ghost' })));
  expect(err).toBeDefined();
  expect(err).not.toBeInstanceOf(EC2ServiceException);
  const { KeyPairs } = await ec2.send(new DescribeKeyPairsCommand({ KeyNames: ['ghost'] }));
  expect(KeyPairs).toHaveLength(1);
  expect(sim.calls[0].outcome).toBe('lost-response');
});

test('eventual consistency: a new group is NotFound for a while, then found', async () => {
  sim.fault({ consistency: { 'security-group': 400 } });
  const ec2 = ec2Client(sim);
  const { GroupId } = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'late', Description: 'x' }));
  const err = await caught(ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] })));
  expect(err).toMatchObject({ name: 'InvalidGroup.NotFound' });
  await new Promise(r => setTimeout(r, 450));
  const { SecurityGroups } = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [GroupId!] }));
  expect(SecurityGroups![0].GroupId).toBe(GroupId);
});

test('faults, the call log, state and leftovers over HTTP', async () => {
  const post = (path: string, body?: unknown) =>
    fetch(sim.endpoint + path, {
      method: 'POST',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  expect(
    (await post('/_sim/faults', { action: 'CreateKeyPair', code: 'InternalError', nth: 1, times: 1 })).status
  ).toBe(200);
  expect((await post('/_sim/faults', { timing: { instancePendingMs: 5000 } })).status).toBe(200);
  const ec2 = ec2Client(sim);
  await expect(ec2.send(new CreateKeyPairCommand({ KeyName: 'k' }))).rejects.toMatchObject({
    name: 'InternalError'
  });
  await ec2.send(new CreateKeyPairCommand({ KeyName: 'k' }));
  const calls = (await (await fetch(sim.endpoint + '/_sim/calls')).json()) as {
    action: string;
    outcome: string;
    region: string;
  }[];
  expect(calls.map(c => [c.action, c.outcome, c.region])).toEqual([
    ['CreateKeyPair', 'InternalError', 'us-east-1'],
    ['CreateKeyPair', 'ok', 'us-east-1']
  ]);
  const state = (await (await fetch(sim.endpoint + '/_sim/state')).json()) as {
    timing: { instancePendingMs: number };
    resources: { type: string; name?: string }[];
  };
  expect(state.timing.instancePendingMs).toBe(5000);
  expect(state.resources.filter(r => r.type === 'key-pair').map(r => r.name)).toEqual(['k']);
  const leftovers = (await (await fetch(sim.endpoint + '/_sim/leftovers')).json()) as { type: string }[];
  expect(leftovers.map(r => r.type)).toEqual(['key-pair']);
  expect((await post('/_sim/reset')).status).toBe(200);
  expect(sim.leftovers()).toEqual([]);
  expect(sim.calls).toEqual([]);
});
