// The image wait against the simulator, on its own clock: when the stop took a while, the image
// is expected to take at least as long, so the first look (that long in) reads the progress of
// the snapshots found by their description, and one look at the image follows, within a second
// of it turning available. When EC2 is quick here, the first look is at the image itself.
import { jest } from '@jest/globals';
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { launchInstance } from '../../src/builder/steps/launch-instance.js';
import { stopInstance } from '../../src/builder/steps/stop-instance.js';
import { createImage } from '../../src/builder/steps/create-image.js';
import { copyImage } from '../../src/builder/steps/copy-image.js';
import { describing } from '../../src/builder/images/wait.js';
import { sleep } from '../../src/aws/retry.js';
import { stepWorld, testBuild, type TestBuild } from './step-world.js';

const world = stepWorld();

jest.setTimeout(60_000);

/** A build that waits as a real one does: no fixed polling, real sleeps. */
function scheduledBuild(extra: Record<string, unknown> = {}): TestBuild {
  const build = testBuild(world, { communicator: 'none', ...extra });
  Object.assign(build.ctx, { polling: {}, sleep });
  return build;
}

/** The calls from CreateImage on, until the cleanup terminated the instance. */
const imageCalls = () => {
  const calls = world.sim.calls;
  return calls.slice(
    calls.findIndex(c => c.action === 'CreateImage'),
    calls.findIndex(c => c.action === 'TerminateInstances')
  );
};

const availableAt = () => world.sim.events.find(e => e.kind === 'image' && e.to === 'available')!.at;

test('after a slow stop, two looks: the snapshots by their description, then the image within a second of it being available', async () => {
  world.sim.fault({ timing: { instanceStoppingMs: 2500, imagePendingMs: 6000, snapshotPendingMs: 3000 } });
  const build = scheduledBuild();
  const report = await build.run([
    findSourceImage(build.ctx),
    launchInstance(build.ctx),
    stopInstance(build.ctx),
    createImage(build.ctx)
  ]);
  expect(report.error).toBeUndefined();
  const calls = imageCalls();
  expect(calls.map(c => c.action)).toEqual(['CreateImage', 'DescribeSnapshots', 'DescribeImages']);
  const imageId = build.state.image!.id;
  expect(calls[1].params).toMatchObject({
    Owner: ['self'],
    Filter: [{ Name: 'description', Value: describing(imageId) }]
  });
  const seenAt = calls[2].at ?? Date.parse(calls[2].time);
  expect(seenAt - availableAt()).toBeGreaterThanOrEqual(0);
  expect(seenAt - availableAt()).toBeLessThanOrEqual(1000);
  expect(build.state.image!.snapshotIds).toHaveLength(1);
});

test('a copy is expected to take as long as the image did: two looks in its region too', async () => {
  world.sim.fault({ timing: { instanceStoppingMs: 2500, imagePendingMs: 5000, snapshotPendingMs: 3000 } });
  const build = scheduledBuild({ ami_regions: ['us-west-2'] });
  const report = await build.run([
    findSourceImage(build.ctx),
    launchInstance(build.ctx),
    stopInstance(build.ctx),
    createImage(build.ctx),
    copyImage(build.ctx)
  ]);
  expect(report.error).toBeUndefined();
  const west = world.sim.calls.filter(c => c.region === 'us-west-2');
  expect(west.map(c => c.action)).toEqual(['CopyImage', 'DescribeSnapshots', 'DescribeImages']);
  const copyId = build.state.images[1]!.id;
  const available = world.sim.events.find(e => e.resource === copyId && e.to === 'available')!.at;
  expect(west[2].at - available).toBeLessThanOrEqual(1000);
});

test('after a quick stop, the first look is at the image, done by then', async () => {
  const build = scheduledBuild();
  const report = await build.run([
    findSourceImage(build.ctx),
    launchInstance(build.ctx),
    stopInstance(build.ctx),
    createImage(build.ctx)
  ]);
  expect(report.error).toBeUndefined();
  expect(imageCalls().map(c => c.action)).toEqual(['CreateImage', 'DescribeImages']);
});

test("the descriptions looked for are the ones EC2 gives an image's snapshots, and not a copy's source", () => {
  const [created, createdFrom, copied] = describing('ami-0abc').map(
    p => new RegExp(`^${p.replace(/[()]/g, '\\$&').replace(/\*/g, '.*')}$`)
  );
  const matches = (d: string) => [created, createdFrom, copied].some(r => r.test(d));
  expect(matches('Created by CreateImage(i-0123) for ami-0abc')).toBe(true);
  expect(matches('Created by CreateImage(i-0123) for ami-0abc from vol-0456')).toBe(true);
  expect(
    matches('Copied for DestinationAmi ami-0abc from SourceAmi ami-0def for SourceSnapshot snap-1')
  ).toBe(true);
  expect(
    matches('Copied for DestinationAmi ami-0def from SourceAmi ami-0abc for SourceSnapshot snap-1')
  ).toBe(false);
  expect(matches('Created by CreateImage(i-0123) for ami-0abcd')).toBe(false);
});
