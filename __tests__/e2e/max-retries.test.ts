// End to end: max_retries, as Packer's AccessConfig has it, bounds how often the bundle retries a
// throttled call. The same throttling (DescribeImages refused twice) is ridden out with the default
// retries, and fails the build after max_retries + 1 attempts when max_retries is 1, before any
// instance exists.
import { MAIN, NODE24, POST, ubuntuBuilder } from '../helpers/action.js';
import { useSimulatorWorld } from '../helpers/simulator-world.js';

const env = useSimulatorWorld();

function template(extra: Record<string, unknown>) {
  return JSON.stringify({ builders: [ubuntuBuilder({ ami_name: 'retries-{{timestamp}}', ...extra })] });
}

async function buildWithThrottledLookups(extra: Record<string, unknown>) {
  const { sim, world } = env;
  sim.fault({ action: 'DescribeImages', code: 'RequestLimitExceeded', times: 2 });
  world.write({ 'web.json': template(extra) });
  const run = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim)
  });
  const lookups = sim.calls.filter(c => c.action === 'DescribeImages');
  return { ...run, lookups };
}

test('without max_retries, two throttled lookups are retried and the image is built', async () => {
  const { main, lookups } = await buildWithThrottledLookups({});
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.outputs['ami-id']).toMatch(/^ami-/);
  expect(lookups.slice(0, 3).map(c => c.outcome)).toEqual([
    expect.stringMatching(/RequestLimitExceeded/),
    expect.stringMatching(/RequestLimitExceeded/),
    'ok'
  ]);
});

test('max_retries 1: the second throttled answer fails the build, nothing launched or left', async () => {
  const { main, post, lookups } = await buildWithThrottledLookups({ max_retries: 1 });
  expect(main.exitCode).not.toBe(0);
  expect(main.log).toMatch(/RequestLimitExceeded/);
  expect(lookups.map(c => c.outcome)).toEqual([
    expect.stringMatching(/RequestLimitExceeded/),
    expect.stringMatching(/RequestLimitExceeded/)
  ]);
  expect(env.sim.calls.filter(c => c.action === 'RunInstances')).toEqual([]);
  expect(post.exitCode).toBe(0);
  expect(env.sim.leftovers()).toEqual([]);
});
