// Every EC2 call a full build makes, failed on purpose. One clean build is recorded first; then,
// for each call in it, the build runs again with that call failing once (throttled, an internal
// error, a bare 503: the build must shrug it off) and with that action denied for good (the build
// must fail naming the operation, and the post step must leave nothing behind). A denied cleanup
// call cannot be worked around: there the post step must print the exact command to finish by hand.
import { jest } from '@jest/globals';
import { startEc2Simulator } from '../../world/ec2/simulator.js';
import type { FaultSpec } from '../../world/ec2/faults.js';
import { actionWorld } from '../helpers/action.js';
import {
  artifactIds,
  build,
  builder,
  errorsOf,
  expectExits,
  expectNothingLeft,
  faultSuite,
  leaks,
  manualCommands,
  numberedCalls,
  type BuildRun,
  type FaultContext
} from './fault-world.js';

jest.setTimeout(180_000);

/** Two builders in parallel, one copying its image to a second region; a shell and a file provisioner. */
const TEMPLATE = {
  'files/motd': 'built by build-ami\n',
  'web.json': {
    builders: [builder('east', { ami_regions: ['us-west-2'] }), builder('west', { region: 'eu-west-1' })],
    provisioners: [
      { type: 'shell', inline: ['echo provisioning on $(hostname)', 'sudo mkdir -p /opt/app'] },
      { type: 'file', source: 'files/motd', destination: '/tmp/motd' }
    ]
  }
};

async function fullBuild(ctx: FaultContext): Promise<BuildRun> {
  ctx.world.write(TEMPLATE);
  return build(ctx, { inputs: { template: 'web.json' } });
}

// The clean run, on a simulator of its own, before the cases are planned from its call log.
const recorded = await (async () => {
  const sim = await startEc2Simulator({});
  const world = actionWorld();
  try {
    const run = await fullBuild({ sim, world });
    return { run, calls: numberedCalls(sim.calls), left: sim.leftovers() };
  } finally {
    await world.cleanup();
    await sim.stop();
  }
})();

/** Calls that remove what the build made: denying them leaves something only a person can remove. */
const CLEANUP_ACTIONS = new Set([
  'TerminateInstances',
  'DeleteSecurityGroup',
  'DeleteKeyPair',
  'DeregisterImage',
  'DeleteSnapshot',
  'DeleteVolume'
]);
/** Polled many times over; the first call of each is failed, the rest are skipped to bound the time. */
const POLLED = new Set(['DescribeImages', 'DescribeInstances']);

const transientCases = recorded.calls
  .filter(c => c.nth === 1 || !POLLED.has(c.action))
  .map((c, i) => {
    // [label, fault, how the simulator logs the failed call]
    const faults: [string, FaultSpec, string][] = [
      ['RequestLimitExceeded', { code: 'RequestLimitExceeded' }, 'RequestLimitExceeded'],
      ['InternalError', { code: 'InternalError' }, 'InternalError'],
      ['bare HTTP 503', { kind: 'http', status: 503 }, 'http-503']
    ];
    const [label, fault, outcome] = faults[i % faults.length];
    return {
      action: c.action,
      nth: c.nth,
      label,
      outcome,
      fault: { ...fault, action: c.action, nth: c.nth }
    };
  });
const actions = [...new Set(recorded.calls.map(c => c.action))];
/**
 * GetConsoleOutput only pins the SSH host key: without it the build goes on unpinned.
 * ModifyInstanceAttribute only moves the instance off its temporary group so the group can go
 * without waiting for the termination: without it the build waits, as Packer does. Each has its own case.
 */
const OPTIONAL_ACTIONS = new Set(['GetConsoleOutput', 'ModifyInstanceAttribute']);
const buildActions = actions.filter(a => !CLEANUP_ACTIONS.has(a) && !OPTIONAL_ACTIONS.has(a));
const cleanupActions = actions.filter(a => CLEANUP_ACTIONS.has(a));

const ctx = faultSuite();

test('the clean build succeeds and leaves only its three images and their snapshots', () => {
  expect({ exit: recorded.run.main.exitCode, post: recorded.run.post.exitCode }).toEqual({
    exit: 0,
    post: 0
  });
  expect(recorded.left.map(r => r.type).sort()).toEqual([
    'image',
    'image',
    'image',
    'snapshot',
    'snapshot',
    'snapshot'
  ]);
  // The cases below cover at least these; a new kind of call shows up here first.
  expect(actions).toEqual(
    expect.arrayContaining([
      'DescribeImages',
      'CreateKeyPair',
      'CreateSecurityGroup',
      'AuthorizeSecurityGroupIngress',
      'RunInstances',
      'DescribeInstances',
      'GetConsoleOutput',
      'StopInstances',
      'CreateImage',
      'CopyImage',
      'TerminateInstances',
      'DeleteSecurityGroup',
      'DeleteKeyPair'
    ])
  );
});

test.each(transientCases)(
  'a one-time failure of $action call $nth ($label) is retried: the build succeeds',
  async ({ action, nth, outcome, fault }) => {
    ctx.sim.fault(fault);
    const run = await fullBuild(ctx);
    expectExits(run, 0);
    // The fault did fire, on that very call.
    expect(ctx.sim.calls.filter(c => c.action === action)[nth - 1]?.outcome).toBe(outcome);
    expect(Object.keys(JSON.parse(run.main.outputs.amis)).sort()).toEqual([
      'eu-west-1',
      'us-east-1',
      'us-west-2'
    ]);
    expectNothingLeft(ctx.sim, run);
  }
);

/** Calls that fail because of the fault (and not, say, because the resource was already gone). */
const denied = (action: string) =>
  ctx.sim.calls.filter(c => c.action === action && c.outcome === 'UnauthorizedOperation');

test.each(buildActions)(
  '%s denied for good: the build fails naming the operation, and the post step leaves nothing',
  async action => {
    ctx.sim.fault({ action, code: 'UnauthorizedOperation', times: 'always' });
    const run = await fullBuild(ctx);
    expect(denied(action).length).toBeGreaterThanOrEqual(1);
    expectExits(run, 1);
    expect(errorsOf(run.main)).toMatch(new RegExp(`${action}: .*UnauthorizedOperation`));
    expect(errorsOf(run.main)).toMatch(RESOURCE_NAMED[action]);
    expectNothingLeft(ctx.sim, run);
  }
);

test('GetConsoleOutput denied for good: the builds go on without pinning the host key, and say so', async () => {
  ctx.sim.fault({ action: 'GetConsoleOutput', code: 'UnauthorizedOperation', times: 'always' });
  const run = await fullBuild(ctx);
  expect(denied('GetConsoleOutput').length).toBeGreaterThanOrEqual(2);
  expectExits(run, 0);
  expect(run.main.log).toMatch(
    /::warning::east: GetConsoleOutput for i-\w+ failed \(UnauthorizedOperation: .*\): the SSH host key cannot be checked/
  );
  expectNothingLeft(ctx.sim, run);
});

test('ModifyInstanceAttribute denied for good: the builds wait for the termination instead, and nothing is left', async () => {
  ctx.sim.fault({ action: 'ModifyInstanceAttribute', code: 'UnauthorizedOperation', times: 'always' });
  const run = await fullBuild(ctx);
  expect(denied('ModifyInstanceAttribute').length).toBeGreaterThanOrEqual(2);
  expectExits(run, 0);
  expect(run.main.log).toMatch(
    /east: Could not move i-\w+ out of its temporary security group \(UnauthorizedOperation: .*\): waiting for it to terminate instead/
  );
  expect(run.main.log).toMatch(/east: Terminated instance i-\w+/);
  expectNothingLeft(ctx.sim, run);
});

/** How each operation's error names the resource it was working on. */
const RESOURCE_NAMED: Record<string, RegExp> = {
  DescribeImages: /us-east-1|eu-west-1|us-west-2/,
  DescribeSecurityGroups: /account the credentials reach in (us-east-1|eu-west-1)/,
  CreateTags: /ami-[0-9a-f]+ in (us-east-1|eu-west-1|us-west-2)/,
  CreateKeyPair: /key pair packer_[0-9a-f-]+/,
  CreateSecurityGroup: /security group build-ami_/,
  AuthorizeSecurityGroupIngress: /sg-[0-9a-f]+/,
  RunInstances: /ami-[0-9a-f]+/,
  DescribeInstances: /i-[0-9a-f]+/,
  StopInstances: /i-[0-9a-f]+/,
  CreateImage: /i-[0-9a-f]+/,
  CopyImage: /ami-[0-9a-f]+ from us-east-1 to us-west-2/
};

const MANUAL_COMMAND: Record<string, RegExp> = {
  TerminateInstances: /aws ec2 terminate-instances --region (us-east-1|eu-west-1) --instance-ids i-[0-9a-f]+/,
  DeleteSecurityGroup: /aws ec2 delete-security-group --region (us-east-1|eu-west-1) --group-id sg-[0-9a-f]+/,
  DeleteKeyPair: /aws ec2 delete-key-pair --region (us-east-1|eu-west-1) --key-name packer_[0-9a-f-]+/
};

test.each(cleanupActions)(
  '%s denied for good: the builds still succeed, and the post step gives the exact command for what is left',
  async action => {
    ctx.sim.fault({ action, code: 'UnauthorizedOperation', times: 'always' });
    const run = await fullBuild(ctx);
    expect(denied(action).length).toBeGreaterThanOrEqual(1);
    // The image was made; only the teardown was refused, which warns and never fails the job.
    expectExits(run, 0);
    expect(run.main.log).toMatch(
      new RegExp(`::warning::.*Cleanup after .*${action}: .*UnauthorizedOperation`)
    );
    expect(run.post.log).toMatch(MANUAL_COMMAND[action]);
    // Whatever is left is exactly what the post step told the user to remove.
    const commands = manualCommands(run.post.log).map(c => c.id);
    expect(leaks(ctx.sim, new Set(artifactIds(run.main))).length).toBeGreaterThan(0);
    expectNothingLeft(ctx.sim, run, commands);
    // ... and no more: a build cannot take long to give up on what it may not delete.
    expect(run.main.durationMs + run.post.durationMs).toBeLessThan(60_000);
  }
);

test('a failed build whose half-made image may not be deregistered: the post step names the command', async () => {
  ctx.sim.fault({ action: 'CopyImage', code: 'UnauthorizedOperation', times: 'always' });
  ctx.sim.fault({ action: 'DeregisterImage', code: 'UnauthorizedOperation', times: 'always' });
  const run = await fullBuild(ctx);
  expect(run.main.exitCode).toBe(1);
  expect(errorsOf(run.main)).toMatch(/east: .*CopyImage: /);
  expect(run.post.exitCode).toBe(0);
  expect(run.post.log).toMatch(/aws ec2 deregister-image --region us-east-1 --image-id ami-[0-9a-f]+/);
  const commands = manualCommands(run.post.log).map(c => c.id);
  expectNothingLeft(ctx.sim, run, commands);
});
