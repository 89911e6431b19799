// A busy, slow-to-agree EC2: a third of all calls throttled, and new resources invisible for a
// while after they are made. Neither may fail a build, leave anything behind, or turn a build
// into a flood of calls.
import { jest } from '@jest/globals';
import type { CallRecord } from '../../world/ec2/server.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from './fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

/** Two builders in parallel, one copying its image to a second region; a shell and a file provisioner. */
const FILES = {
  'files/motd': 'built by build-ami\n',
  'web.json': {
    builders: [builder('east', { ami_regions: ['us-west-2'] }), builder('west', { region: 'eu-west-1' })],
    provisioners: [
      { type: 'shell', inline: ['echo provisioned'] },
      { type: 'file', source: 'files/motd', destination: '/tmp/motd' }
    ]
  }
};

/** The action's own calls, main and post step, throttled ones included. */
const actionCalls = (calls: readonly CallRecord[]) => calls.filter(c => c.userAgent?.includes('build-ami'));

let unthrottled = 0;

test('the unthrottled build, for comparison', async () => {
  ctx.world.write(FILES);
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  unthrottled = actionCalls(ctx.sim.calls).length;
  expect(unthrottled).toBeGreaterThan(20);
  expectNothingLeft(ctx.sim, run);
});

test.each([1, 2, 3])(
  '30%% of calls throttled (seed %i): the build succeeds with at most twice the calls',
  async seed => {
    ctx.sim.fault({ throttle: 0.3, seed });
    ctx.world.write(FILES);
    const run = await build(ctx, { inputs: { template: 'web.json' } });
    expectExits(run, 0);
    const calls = actionCalls(ctx.sim.calls);
    expect(calls.filter(c => c.outcome === 'RequestLimitExceeded').length).toBeGreaterThan(5);
    expect(unthrottled).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(2 * unthrottled);
    expect(Object.keys(JSON.parse(run.main.outputs.amis)).sort()).toEqual([
      'eu-west-1',
      'us-east-1',
      'us-west-2'
    ]);
    expectNothingLeft(ctx.sim, run);
  }
);

test('new instances, images and security groups stay invisible for 2 s: the build still succeeds', async () => {
  ctx.sim.fault({ consistency: { instance: 2000, image: 2000, 'security-group': 2000 } });
  ctx.world.write(FILES);
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  // The lag was really there: some calls met a resource not visible yet.
  expect(ctx.sim.calls.filter(c => /NotFound$/.test(c.outcome)).length).toBeGreaterThan(0);
  expectNothingLeft(ctx.sim, run);
});

test('eventual consistency and a kill mid-build: the post step still finds and removes everything', async () => {
  ctx.sim.fault({ consistency: { instance: 2000, image: 2000, 'security-group': 2000, volume: 2000 } });
  ctx.world.write(FILES);
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    signals: [{ signal: 'SIGKILL', whenLog: /Launched instance i-/ }]
  });
  expect(run.main.signal).toBe('SIGKILL');
  expect(run.post.exitCode).toBe(0);
  expectNothingLeft(ctx.sim, run);
});
