// What each step needs from the ones before it is named: a step run out of order fails with a
// StepOrderError saying what is missing, not "cannot read properties of undefined". And the
// steps a plan does not ask for are not in its list at all, so the timeline shows only steps
// that did something.
import { amazonEbsSteps } from '../../src/builder/build.js';
import { connectSsh } from '../../src/builder/steps/connect-ssh.js';
import { copyImage } from '../../src/builder/steps/copy-image.js';
import { createImage } from '../../src/builder/steps/create-image.js';
import { launchInstance } from '../../src/builder/steps/launch-instance.js';
import { stopInstance } from '../../src/builder/steps/stop-instance.js';
import { StepOrderError } from '../../src/errors.js';
import { stepWorld, testBuild } from './step-world.js';

const world = stepWorld();

test.each([
  ['Launch instance', launchInstance, 'source image'],
  ['Connect over SSH', connectSsh, 'instance'],
  ['Stop instance', stopInstance, 'instance'],
  ['Create image', createImage, 'instance']
])('a step run out of order names what is missing: %s', async (title, step, missing) => {
  const build = testBuild(world);
  const report = await build.run([step(build.ctx)]);
  expect(report.outcome).toBe('failed');
  expect(report.error).toBeInstanceOf(StepOrderError);
  expect((report.error as StepOrderError).message).toContain(`${title}: needs the ${missing}`);
  expect(report.steps).toEqual([expect.objectContaining({ title, status: 'failed' })]);
  expect(world.sim.leftovers()).toEqual([]);
});

test('a step run out of order names what is missing: Copy image without an image', async () => {
  const build = testBuild(world, { ami_regions: ['us-west-2'] });
  const report = await build.run([copyImage(build.ctx)]);
  expect((report.error as Error).message).toMatch(/^Copy image: needs the image/);
  expect(world.sim.callCount('CopyImage')).toBe(0);
});

const BASE = [
  'Find account',
  'Find source image',
  'Create temporary key pair',
  'Create temporary security group',
  'Launch instance',
  'Connect over SSH',
  'Provision',
  'Stop instance',
  'Create image'
];

test('a plain build lists no encrypt, copy, share or deprecate step', () => {
  const titles = amazonEbsSteps(testBuild(world).ctx).map(s => s.title);
  expect(titles).toEqual([...BASE, 'Record artifact']);
});

test.each([
  [{ encrypt_boot: true }, ['Encrypt image']],
  [{ ami_regions: ['us-west-2'] }, ['Copy image']],
  [{ ami_users: ['210987654321'] }, ['Share image']],
  [{ snapshot_groups: ['all'] }, ['Share image']],
  [{ deprecate_at: '2030-01-01T00:00:00Z' }, ['Deprecate image']],
  [
    {
      encrypt_boot: true,
      ami_regions: ['us-west-2'],
      ami_groups: ['all'],
      deprecate_at: '2030-01-01T00:00:00Z'
    },
    ['Encrypt image', 'Copy image', 'Share image', 'Deprecate image']
  ]
])('the steps an option asks for are listed: %j', (options, extra) => {
  const titles = amazonEbsSteps(testBuild(world, options).ctx).map(s => s.title);
  expect(titles).toEqual([...BASE, ...extra, 'Record artifact']);
});
