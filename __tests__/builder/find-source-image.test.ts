// The first lookups against the simulator: ami_name must be free before anything is created, and
// that lookup goes out with the source image's, not after it.
import { CopyImageCommand, DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { createKeyPair } from '../../src/builder/steps/create-key-pair.js';
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { messageOf } from '../../src/errors.js';
import { ec2Client } from '../helpers/ec2.js';
import { stepWorld, testBuild } from './step-world.js';

const world = stepWorld();

/** An image of this account named `name` in us-east-1 (a copy of the seeded Ubuntu image). */
async function takeName(name: string): Promise<string> {
  const ec2 = ec2Client(world.sim);
  const { Images } = await ec2.send(new DescribeImagesCommand({ Owners: ['099720109477'] }));
  const { ImageId } = await ec2.send(
    new CopyImageCommand({ Name: name, SourceImageId: Images![0].ImageId!, SourceRegion: 'us-east-1' })
  );
  return ImageId!;
}

const creates = () => world.sim.calls.filter(c => /^(Create|Run|Import)/.test(c.action)).map(c => c.action);

test('an ami_name already used in the region stops the build before anything is created', async () => {
  const taken = await takeName('steps-web');
  world.sim.calls.length = 0;
  const build = testBuild(world, { ami_name: 'steps-web' });
  const report = await build.run([findSourceImage(build.ctx), createKeyPair(build.ctx)]);
  expect(report.outcome).toBe('failed');
  expect(messageOf(report.error)).toContain(
    `ami_name "steps-web" is already used by ${taken} in us-east-1: choose another name (add {{timestamp}}), or set "force_deregister": true to replace it`
  );
  expect(creates()).toEqual([]);
});

test('the taken name is what is said when the source image is missing too', async () => {
  await takeName('steps-web');
  const build = testBuild(world, {
    ami_name: 'steps-web',
    source_ami_filter: { filters: { name: 'no-such-image-*' }, owners: ['self'] }
  });
  const report = await build.run([findSourceImage(build.ctx)]);
  expect(messageOf(report.error)).toContain('ami_name "steps-web" is already used by');
});

test('with force_deregister the name is not looked up: one DescribeImages, for the source', async () => {
  await takeName('steps-web');
  world.sim.calls.length = 0;
  const build = testBuild(world, { ami_name: 'steps-web', force_deregister: true });
  const report = await build.run([findSourceImage(build.ctx)]);
  expect(report.outcome).toBe('succeeded');
  expect(world.sim.calls.map(c => c.action)).toEqual(['DescribeImages']);
});

test('the name check and the source lookup are in flight together', async () => {
  const build = testBuild(world, { ami_name: 'steps-free' });
  // Each answer held back half a second: one after the other, the second would arrive that much later.
  world.sim.fault({ action: 'DescribeImages', kind: 'slow', delayMs: 500, times: 2 });
  world.sim.calls.length = 0;
  const report = await build.run([findSourceImage(build.ctx)]);
  expect(report.outcome).toBe('succeeded');
  const [first, second] = world.sim.calls;
  expect([first?.action, second?.action]).toEqual(['DescribeImages', 'DescribeImages']);
  expect(second!.at - first!.at).toBeLessThan(250);
  expect(build.state.sourceImage?.Name).toMatch(/^ubuntu\/images\//);
});
