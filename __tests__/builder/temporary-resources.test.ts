// The key pair and security group steps against the simulator: each removes what it created,
// and never what the user brought.
import {
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  DescribeKeyPairsCommand
} from '@aws-sdk/client-ec2';
import { createKeyPair } from '../../src/builder/steps/create-key-pair.js';
import { createSecurityGroup } from '../../src/builder/steps/create-security-group.js';
import { findSourceImage } from '../../src/builder/steps/find-source-image.js';
import { ec2Client } from '../helpers/ec2.js';
import { left, probe, stepWorld, testBuild } from './step-world.js';

const world = stepWorld();

test('deletes the key pair it created', async () => {
  const build = testBuild(world);
  let during: string[] = [];
  const report = await build.run([
    findSourceImage(build.ctx),
    createKeyPair(build.ctx),
    probe(() => void (during = left(world.sim)))
  ]);
  expect(report.outcome).toBe('succeeded');
  expect(during).toEqual(['key-pair']);
  expect(left(world.sim)).toEqual([]);
  expect(build.journal.all().map(e => [e.kind, e.status])).toEqual([['key-pair', 'deleted']]);
});

test('deletes the key pair it created when a later step fails', async () => {
  const build = testBuild(world);
  const report = await build.run([
    findSourceImage(build.ctx),
    createKeyPair(build.ctx),
    probe(() => {
      throw new Error('a later step broke');
    })
  ]);
  expect(report.outcome).toBe('failed');
  expect(left(world.sim)).toEqual([]);
});

test('leaves a user-supplied key pair alone', async () => {
  const ec2 = ec2Client(world.sim);
  const { KeyMaterial } = await ec2.send(new CreateKeyPairCommand({ KeyName: 'mine', KeyType: 'ed25519' }));
  const build = testBuild(
    world,
    { ssh_keypair_name: 'mine', ssh_private_key_file: '{{template_dir}}/mine.pem' },
    { 'mine.pem': KeyMaterial! }
  );
  const report = await build.run([findSourceImage(build.ctx), createKeyPair(build.ctx)]);
  expect(report.outcome).toBe('succeeded');
  expect(build.state.keyPair).toMatchObject({ name: 'mine', temporary: false });
  const { KeyPairs = [] } = await ec2.send(new DescribeKeyPairsCommand({}));
  expect(KeyPairs.map(k => k.KeyName)).toEqual(['mine']);
  expect(world.sim.callCount('DeleteKeyPair')).toBe(0);
});

test('deletes the security group it created and leaves a user-supplied one alone', async () => {
  const temporary = testBuild(world);
  let during: string[] = [];
  await temporary.run([
    findSourceImage(temporary.ctx),
    createSecurityGroup(temporary.ctx),
    probe(() => void (during = left(world.sim)))
  ]);
  expect(during).toEqual(['security-group']);
  expect(left(world.sim)).toEqual([]);

  const { GroupId } = await ec2Client(world.sim).send(
    new CreateSecurityGroupCommand({ GroupName: 'mine', Description: 'the user’s own' })
  );
  const own = testBuild(world, { security_group_ids: [GroupId] });
  const report = await own.run([findSourceImage(own.ctx), createSecurityGroup(own.ctx)]);
  expect(report.outcome).toBe('succeeded');
  expect(own.state.securityGroupIds).toEqual([GroupId]);
  expect(world.sim.leftovers().map(r => [r.type, r.id])).toEqual([['security-group', GroupId]]);
});
