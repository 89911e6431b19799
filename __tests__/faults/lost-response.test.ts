// A create call whose answer never arrives: EC2 made the resource, the connection dropped before
// the response. The SDK retries the call; the build must neither lose track of what the first
// attempt made nor make it twice, and whether it then succeeds or fails, nothing may be left
// (what the journal never heard of is found by the build's tag).
import { jest } from '@jest/globals';
import { build, builder, errorsOf, expectNothingLeft, faultSuite } from './fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

const TEMPLATE = {
  builders: [builder('web', { ami_regions: ['us-west-2'] })],
  provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
};

/** What each create call makes, as the simulator lists it. */
const MAKES: Record<string, 'instance' | 'key-pair' | 'security-group' | 'image'> = {
  RunInstances: 'instance',
  CreateKeyPair: 'key-pair',
  CreateSecurityGroup: 'security-group',
  CreateImage: 'image',
  CopyImage: 'image'
};

test.each(Object.keys(MAKES))(
  'the answer to %s is lost: the build recovers or fails cleanly, and nothing is left',
  async action => {
    ctx.sim.fault({ action, kind: 'lost-response' });
    ctx.world.write({ 'web.json': TEMPLATE });
    const run = await build(ctx, { inputs: { template: 'web.json' } });
    const calls = ctx.sim.calls.filter(c => c.action === action);
    expect(calls[0].outcome).toBe('lost-response');
    expect(run.post.exitCode).toBe(0);
    if (run.main.exitCode !== 0) {
      // A failure must say which call, not just "socket hang up".
      expect(errorsOf(run.main)).toMatch(new RegExp(`${action}: `));
    } else {
      expect(Object.keys(JSON.parse(run.main.outputs.amis)).sort()).toEqual(['us-east-1', 'us-west-2']);
    }
    expectNothingLeft(ctx.sim, run);
    // Nothing made twice over and kept: the artifact is one image per region, its snapshots with it.
    if (run.main.exitCode === 0) {
      expect(
        ctx.sim
          .leftovers()
          .map(r => `${r.type} ${r.region}`)
          .sort()
      ).toEqual(['image us-east-1', 'image us-west-2', 'snapshot us-east-1', 'snapshot us-west-2']);
    }
  }
);

test('the answer to RunInstances is lost and the main step is killed before it retries: the post step finds the instance by its tag', async () => {
  // Every retry's answer is lost too, so the build can only learn of the instance from EC2 itself.
  ctx.sim.fault({ action: 'RunInstances', kind: 'lost-response', times: 'always' });
  ctx.world.write({ 'web.json': TEMPLATE });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    signals: [{ signal: 'SIGKILL', whenLog: /^::group::Launch instance/, afterMs: 1500 }]
  });
  expect(ctx.sim.resources().filter(r => r.type === 'instance').length).toBeGreaterThanOrEqual(1);
  expect(run.post.exitCode).toBe(0);
  expect(run.post.log).toMatch(/Removed instance i-/);
  expectNothingLeft(ctx.sim, run);
});

test.each([
  ['its volume (tagged at launch, visible already)', { instance: 6000 }, /Removed instance i-/],
  [
    'the security group it holds',
    { instance: 6000, volume: 6000 },
    /Terminating i-\w+, which still holds sg-/
  ]
])(
  'a lost launch answer, an instance not yet visible, a killed main step: the post step finds it by %s',
  async (_by, consistency, found) => {
    // Neither the journal (no answer came) nor the sweep's instance lookup (not visible yet) knows
    // of the instance: only what it is attached to gives it away.
    ctx.sim.fault({ action: 'RunInstances', kind: 'lost-response', times: 'always' });
    ctx.sim.fault({ consistency });
    ctx.world.write({ 'web.json': TEMPLATE });
    const run = await build(ctx, {
      inputs: { template: 'web.json' },
      signals: [{ signal: 'SIGKILL', whenLog: /^::group::Launch instance/, afterMs: 500 }]
    });
    expect(ctx.sim.resources().filter(r => r.type === 'instance')).toHaveLength(1);
    expect(run.post.exitCode).toBe(0);
    expect(run.post.log).toMatch(found);
    expectNothingLeft(ctx.sim, run);
  }
);

test.each(Object.keys(MAKES))(
  'every answer to %s is lost, retries included: what EC2 made anyway is used or removed, nothing is left',
  async action => {
    ctx.sim.fault({ action, kind: 'lost-response', times: 'always' });
    ctx.world.write({ 'web.json': TEMPLATE });
    const run = await build(ctx, { inputs: { template: 'web.json' } });
    expect(run.post.exitCode).toBe(0);
    if (run.main.exitCode !== 0) expect(errorsOf(run.main)).toMatch(new RegExp(`${action}: `));
    expectNothingLeft(ctx.sim, run);
    // Client tokens and names made every retry the same create: never two instances.
    expect(ctx.sim.resources().filter(r => r.type === 'instance').length).toBeLessThanOrEqual(1);
    // Giving up must not mean waiting minutes for a group that a lost instance still holds.
    expect(run.main.durationMs).toBeLessThan(60_000);
  }
);
