// The image steps against the simulator: the image is rolled back (with its snapshots) when the
// build does not succeed and kept when it does; encrypt_boot replaces the original; every
// ami_regions copy goes when a copy fails.
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { createKeyPair } from '../../src/builder/steps/create-key-pair.js';
import { createSecurityGroup } from '../../src/builder/steps/create-security-group.js';
import { launchInstance } from '../../src/builder/steps/launch-instance.js';
import { stopInstance } from '../../src/builder/steps/stop-instance.js';
import { createImage } from '../../src/builder/steps/create-image.js';
import { encryptImage } from '../../src/builder/steps/encrypt-image.js';
import { copyImage } from '../../src/builder/steps/copy-image.js';
import { shareImage } from '../../src/builder/steps/share-image.js';
import { deprecateImage } from '../../src/builder/steps/deprecate-image.js';
import { recordArtifact } from '../../src/builder/steps/record-artifact.js';
import { DeleteTagsCommand } from '@aws-sdk/client-ec2';
import { findReusable } from '../../src/builder/find-reusable.js';
import { leftAfterPost, probe, stepWorld, testBuild, type TestBuild } from './step-world.js';

const world = stepWorld();

const upToImage = (build: TestBuild) => [
  findSourceImage(build.ctx),
  createKeyPair(build.ctx),
  createSecurityGroup(build.ctx),
  launchInstance(build.ctx),
  stopInstance(build.ctx),
  createImage(build.ctx)
];

const after = (build: TestBuild) => [
  encryptImage(build.ctx),
  copyImage(build.ctx),
  shareImage(build.ctx),
  deprecateImage(build.ctx),
  recordArtifact(build.ctx)
];

const fail = (message: string) =>
  probe(() => {
    throw new Error(message);
  });

/** The images and snapshots that still exist, as "region type" pairs. */
const imagesLeft = () =>
  world.sim
    .leftovers()
    .filter(r => r.type === 'image' || r.type === 'snapshot')
    .map(r => `${r.region} ${r.type}`)
    .sort();

test('keeps the image when the build succeeded', async () => {
  const build = testBuild(world);
  const report = await build.run([...upToImage(build), ...after(build)]);
  expect(report.outcome).toBe('succeeded');
  const image = build.state.image!;
  expect(image.snapshotIds.length).toBeGreaterThan(0);
  expect(build.state.images).toEqual([{ region: 'us-east-1', id: image.id, snapshotIds: image.snapshotIds }]);
  await leftAfterPost(build, world.sim);
  expect(
    world.sim
      .leftovers()
      .map(r => r.id)
      .sort()
  ).toEqual([image.id, ...image.snapshotIds].sort());
  expect(
    build.journal
      .all()
      .filter(e => e.status === 'kept')
      .map(e => e.id)
      .sort()
  ).toEqual([image.id, ...image.snapshotIds].sort());
});

test('rolls back a half-made image and its snapshots', async () => {
  const build = testBuild(world);
  let during: string[] = [];
  const report = await build.run([
    ...upToImage(build),
    probe(() => void (during = imagesLeft())),
    fail('a later step broke')
  ]);
  expect(report.outcome).toBe('failed');
  expect(during).toEqual(['us-east-1 image', 'us-east-1 snapshot']);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
  expect(build.lines).toContain(
    `The build did not succeed: removing image ${build.state.image!.id} and its snapshots`
  );
});

test('rolls back an image cancelled while it is still pending, snapshots included', async () => {
  world.sim.fault({ timing: { imagePendingMs: 5000 } });
  const build = testBuild(world);
  const controller = new AbortController();
  const steps = upToImage(build);
  const report = await build.run(
    [
      ...steps.slice(0, -1),
      probe(() => {
        // Cancel once the image exists, while the step still waits for it.
        const timer = setInterval(() => {
          if (build.lines.some(l => l.startsWith('Creating image ami-'))) {
            clearInterval(timer);
            controller.abort();
          }
        }, 20);
      }),
      steps.at(-1)
    ],
    controller.signal
  );
  expect(report.outcome).toBe('cancelled');
  // The image was made (and its snapshots, tagged) before the wait was cut short; none is left.
  expect(build.lines.filter(l => l.startsWith('Creating image ami-'))).toHaveLength(1);
  expect(world.sim.callCount('DeregisterImage')).toBe(1);
  expect(world.sim.callCount('DeleteSnapshot')).toBeGreaterThan(0);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
});

test('encrypt_boot: the encrypted copy replaces the original', async () => {
  const build = testBuild(world, { encrypt_boot: true });
  let original = '';
  const steps = upToImage(build);
  const report = await build.run([
    ...steps,
    probe(() => void (original = build.state.image!.id)),
    ...after(build)
  ]);
  expect(report.outcome).toBe('succeeded');
  const encrypted = build.state.image!;
  expect(encrypted.id).not.toBe(original);
  expect(build.lines).toContain(`Encrypted copy ${encrypted.id} replaces ${original} (encrypt_boot)`);
  await leftAfterPost(build, world.sim);
  expect(
    world.sim
      .leftovers()
      .map(r => r.id)
      .sort()
  ).toEqual([encrypted.id, ...encrypted.snapshotIds].sort());
});

const completeTag = (id: string) => world.sim.resources().find(r => r.id === id)?.tags['build-ami:complete'];

test('copies to every ami_regions region, each copy kept', async () => {
  const build = testBuild(world, { ami_regions: ['us-west-2', 'eu-west-1'] });
  let whileCopied: (string | undefined)[] = [];
  const report = await build.run([
    ...upToImage(build),
    copyImage(build.ctx),
    probe(() => void (whileCopied = build.state.images.map(i => completeTag(i.id)))),
    recordArtifact(build.ctx)
  ]);
  expect(report.outcome).toBe('succeeded');
  expect(build.state.images.map(i => i.region)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
  // Each copy is tagged complete with the image it copies as CopyImage makes it; that image only at the end.
  const home = build.state.images[0]!.id;
  expect(whileCopied).toEqual([undefined, `with us-east-1/${home}`, `with us-east-1/${home}`]);
  expect(build.state.images.map(i => completeTag(i.id))).toEqual([
    'true',
    `with us-east-1/${home}`,
    `with us-east-1/${home}`
  ]);
  expect(world.sim.calls.filter(c => c.action === 'CreateTags').map(c => c.region)).toEqual(['us-east-1']);
  expect(imagesLeft()).toEqual([
    'eu-west-1 image',
    'eu-west-1 snapshot',
    'us-east-1 image',
    'us-east-1 snapshot',
    'us-west-2 image',
    'us-west-2 snapshot'
  ]);
});

test('with nothing after the image, CreateImage tags it complete itself: no CreateTags', async () => {
  const build = testBuild(world);
  const steps = upToImage(build);
  steps[steps.length - 1] = createImage(build.ctx, { completeAtBirth: true });
  let whileMade: string | undefined;
  const report = await build.run([
    ...steps,
    probe(() => void (whileMade = completeTag(build.state.image!.id))),
    recordArtifact(build.ctx)
  ]);
  expect(report.outcome).toBe('succeeded');
  expect(whileMade).toBe('true');
  expect(completeTag(build.state.image!.id)).toBe('true');
  expect(world.sim.callCount('CreateTags')).toBe(0);
});

test('reuse finds a finished build only through its build region image: copies alone never count', async () => {
  const build = testBuild(world, { ami_regions: ['us-west-2'] });
  const report = await build.run([...upToImage(build), copyImage(build.ctx), recordArtifact(build.ctx)]);
  expect(report.outcome).toBe('succeeded');
  const [home, copy] = build.state.images.map(i => i.id);
  const lookup = () =>
    findReusable(build.ctx.plan, build.ctx.ec2For, {
      mode: 'fingerprint',
      fingerprint: 'fingerprint-1',
      sha: ''
    });
  expect((await lookup())?.amis).toEqual({ 'us-east-1': home, 'us-west-2': copy });
  // The build region image loses its tag (as if its build had not finished): its copy is not reusable.
  await build.ctx.ec2.send(
    new DeleteTagsCommand({ Resources: [home!], Tags: [{ Key: 'build-ami:complete' }] })
  );
  expect(await lookup()).toBeUndefined();
});

test('removes every copy when a later copy fails', async () => {
  world.sim.fault({ action: 'CopyImage', region: 'eu-west-1', code: 'InvalidParameterValue', message: 'no' });
  const build = testBuild(world, { ami_regions: ['us-west-2', 'eu-west-1'] });
  const report = await build.run([...upToImage(build), ...after(build)]);
  expect(report.outcome).toBe('failed');
  expect(report.steps.at(-1)).toMatchObject({ title: 'Copy image', status: 'failed' });
  expect(String(report.steps.at(-1)!.error)).toContain('copying');
  // The us-west-2 copy was made (and waited for) before it went.
  expect(world.sim.resources().some(r => r.type === 'image' && r.region === 'us-west-2')).toBe(true);
  // Nothing still waits on a copy once the step has failed: no call comes after the cleanup.
  const calls = world.sim.calls.length;
  await new Promise(r => setTimeout(r, 500));
  expect(world.sim.calls.slice(calls).map(c => c.action)).toEqual([]);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
});

test('removes every copy when the build fails after the copies', async () => {
  const build = testBuild(world, { ami_regions: ['us-west-2'] });
  let during: string[] = [];
  const report = await build.run([
    ...upToImage(build),
    copyImage(build.ctx),
    probe(() => void (during = imagesLeft())),
    fail('sharing broke')
  ]);
  expect(report.outcome).toBe('failed');
  expect(during).toEqual(['us-east-1 image', 'us-east-1 snapshot', 'us-west-2 image', 'us-west-2 snapshot']);
  expect(await leftAfterPost(build, world.sim)).toEqual([]);
});

test('shares and deprecates the image in every region it exists in', async () => {
  const build = testBuild(world, {
    ami_regions: ['us-west-2'],
    ami_users: ['210987654321'],
    snapshot_users: ['210987654321'],
    deprecate_at: '2030-01-01T00:00:00Z'
  });
  const report = await build.run([...upToImage(build), ...after(build)]);
  expect(report.outcome).toBe('succeeded');
  expect(report.steps.map(s => s.title).slice(-4)).toEqual([
    'Copy image',
    'Share image',
    'Deprecate image',
    'Record artifact'
  ]);
  for (const image of build.state.images) {
    expect(build.lines).toContain(`${image.region}: ${image.id} shared with 210987654321`);
    expect(build.lines).toContain(`${image.region}: ${image.id} deprecates at 2030-01-01T00:00:00Z`);
  }
  expect(world.sim.callCount('ModifySnapshotAttribute')).toBe(2);
});
