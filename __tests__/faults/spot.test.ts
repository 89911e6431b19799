// A spot build's own calls, failed on purpose: CreateFleet, and the temporary launch template's
// creation and deletion. The build fails naming the operation (or, for a refused deletion,
// succeeds and the post step gives the command), and nothing is left behind unnamed.
import { jest } from '@jest/globals';
import {
  build,
  builder,
  errorsOf,
  expectExits,
  expectNothingLeft,
  faultSuite,
  manualCommands,
  type BuildRun,
  type FaultContext
} from './fault-world.js';

jest.setTimeout(180_000);

const ctx = faultSuite();

async function spotBuild(c: FaultContext): Promise<BuildRun> {
  c.world.write({
    'web.json': {
      builders: [
        builder('spot', {
          instance_type: undefined,
          spot_price: 'auto',
          spot_instance_types: ['t3.micro', 't3a.micro'],
          spot_tags: { Purpose: 'spot' }
        })
      ],
      provisioners: [{ type: 'shell', inline: ['echo on spot'] }]
    }
  });
  return build(c, { inputs: { template: 'web.json' } });
}

const denied = (action: string) =>
  ctx.sim.calls.filter(c => c.action === action && c.outcome === 'UnauthorizedOperation');

test.each([
  ['CreateFleet', /spot instance \(t3\.micro, t3a\.micro\)/],
  ['CreateLaunchTemplate', /launch template for the spot instance/]
])('%s denied for good: the build fails naming the operation, and nothing is left', async (action, named) => {
  ctx.sim.fault({ action, code: 'UnauthorizedOperation', times: 'always' });
  const run = await spotBuild(ctx);
  expect(denied(action).length).toBeGreaterThanOrEqual(1);
  expectExits(run, 1);
  expect(errorsOf(run.main)).toMatch(new RegExp(`${action}: .*UnauthorizedOperation`));
  expect(errorsOf(run.main)).toMatch(named);
  expectNothingLeft(ctx.sim, run);
});

test.each(['CreateFleet', 'CreateLaunchTemplate', 'DeleteLaunchTemplate'])(
  'a one-time throttle of %s is retried: the spot build succeeds and leaves nothing',
  async action => {
    ctx.sim.fault({ action, code: 'RequestLimitExceeded' });
    const run = await spotBuild(ctx);
    expectExits(run, 0);
    expect(ctx.sim.calls.filter(c => c.action === action)[0]?.outcome).toBe('RequestLimitExceeded');
    expectNothingLeft(ctx.sim, run);
  }
);

test('DeleteLaunchTemplate denied for good: the build succeeds, and the post step gives the exact command', async () => {
  ctx.sim.fault({ action: 'DeleteLaunchTemplate', code: 'UnauthorizedOperation', times: 'always' });
  const run = await spotBuild(ctx);
  expectExits(run, 0);
  expect(run.main.log).toMatch(/::warning::.*DeleteLaunchTemplate: .*UnauthorizedOperation/);
  expect(run.post.log).toMatch(
    /aws ec2 delete-launch-template --region us-east-1 --launch-template-id lt-[0-9a-f]+/
  );
  expectNothingLeft(
    ctx.sim,
    run,
    manualCommands(run.post.log).map(c => c.id)
  );
});
