// The launch step against the simulator: the instance it launched is terminated whatever
// happens (asked for and not waited for once it is off the temporary group; the post step
// confirms it), and a launch whose answer was lost is found by its client token, not launched twice.
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { createKeyPair } from '../../src/builder/steps/create-key-pair.js';
import { createSecurityGroup } from '../../src/builder/steps/create-security-group.js';
import { launchInstance } from '../../src/builder/steps/launch-instance.js';
import type { TestBuild } from './step-world.js';
import { left, leftAfterPost, probe, stepWorld, testBuild } from './step-world.js';

const world = stepWorld();

const upToLaunch = (build: TestBuild) => [
  findSourceImage(build.ctx),
  createKeyPair(build.ctx),
  createSecurityGroup(build.ctx),
  launchInstance(build.ctx)
];

const instances = () => world.sim.resources().filter(r => r.type === 'instance');

test('terminates the instance it launched', async () => {
  const build = testBuild(world);
  let during: (string | undefined)[] = [];
  const report = await build.run([
    ...upToLaunch(build),
    probe(() => void (during = instances().map(i => i.state)))
  ]);
  expect(report.outcome).toBe('succeeded');
  // Its SSH address is known while it is pending: the launch step does not wait for it to run.
  expect(during).toEqual(['pending']);
  const id = build.state.instance!.id;
  // Moved off the temporary group, so the group went at once; the termination was not waited for.
  expect(left(world.sim)).toEqual(['instance', 'volume']);
  expect(instances().map(i => i.state)).toEqual(['shutting-down']);
  expect(build.journal.all().find(e => e.id === id)?.status).toBe('terminating');
  expect(build.lines).toContain(`Instance ${id} is shutting down; the post step confirms its termination`);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
  expect(instances().map(i => i.state)).toEqual(['terminated']);
});

test('terminates the instance it launched when a later step fails', async () => {
  const build = testBuild(world);
  const report = await build.run([
    ...upToLaunch(build),
    probe(() => {
      throw new Error('SSH never answered');
    })
  ]);
  expect(report.outcome).toBe('failed');
  expect(instances().map(i => i.state)).toEqual(['shutting-down']);
  expect(left(world.sim)).toEqual(['instance', 'volume']);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
});

test('waits for the termination when the instance cannot leave its temporary group', async () => {
  world.sim.fault({ action: 'ModifyInstanceAttribute', kind: 'error', code: 'UnauthorizedOperation' });
  const build = testBuild(world);
  const report = await build.run([...upToLaunch(build)]);
  expect(report.outcome).toBe('succeeded');
  expect(instances().map(i => i.state)).toEqual(['terminated']);
  expect(left(world.sim)).toEqual([]);
  expect(build.lines).toContain(`Terminated instance ${build.state.instance!.id}`);
});

test('finds a launch whose answer was lost by its client token', async () => {
  world.sim.fault({ action: 'RunInstances', kind: 'lost-response' });
  const build = testBuild(world);
  let during: string[] = [];
  const report = await build.run([
    ...upToLaunch(build),
    probe(() => void (during = instances().map(i => i.id)))
  ]);
  expect(report.outcome).toBe('succeeded');
  // One launch took effect, and it is the one the build uses (and then removes).
  expect(during).toEqual([build.state.instance!.id]);
  expect(world.sim.callCount('RunInstances')).toBe(1);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
});

test('the instance gets the SSH address the template asks for', async () => {
  const build = testBuild(world, { ssh_interface: 'private_ip' });
  await build.run([...upToLaunch(build)]);
  expect(build.state.instance!.host).toBe(build.state.instance!.privateIp);
  expect(build.state.instance!.host).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});
