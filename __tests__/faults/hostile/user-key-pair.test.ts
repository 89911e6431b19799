// A resource the user names is never deleted. temporary_key_pair_name may collide with a key pair
// the user already has: the build fails before launching, naming the conflict, and neither its
// cleanup nor the post step touches that key (EC2 knows key pairs by name; only this build's tag
// makes one ours).
import { jest } from '@jest/globals';
import { CreateKeyPairCommand, DeleteKeyPairCommand, DescribeKeyPairsCommand } from '@aws-sdk/client-ec2';
import { ec2Client, eventually } from '../../helpers/ec2.js';
import { build, builder, errorsOf, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

async function fingerprintOf(name: string): Promise<string | undefined> {
  const { KeyPairs = [] } = await ec2Client(ctx.sim)
    .send(new DescribeKeyPairsCommand({ KeyNames: [name] }))
    .catch(() => ({ KeyPairs: [] }));
  return KeyPairs[0]?.KeyFingerprint;
}

test('a key pair the user already has, named by temporary_key_pair_name, fails the build before launching and survives it', async () => {
  const ec2 = ec2Client(ctx.sim);
  const mine = await ec2.send(new CreateKeyPairCommand({ KeyName: 'deploy', KeyType: 'ed25519' }));
  ctx.world.write({
    'web.json': {
      builders: [builder('web', { temporary_key_pair_name: 'deploy' })],
      provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 1);
  expect(errorsOf(run.main)).toMatch(
    /CreateKeyPair: creating temporary key pair deploy in us-east-1: .*already exists.*not this build's.*temporary_key_pair_name/
  );
  expect(ctx.sim.callCount('RunInstances')).toBe(0);
  expect(ctx.sim.calls.filter(c => c.action === 'DeleteKeyPair')).toEqual([]);
  // After the main step's cleanup and the post step's sweep, the user's key is as it was.
  expect(await fingerprintOf('deploy')).toBe(mine.KeyFingerprint);
  expectNothingLeft(ctx.sim, run, ['deploy']);
  await ec2.send(new DeleteKeyPairCommand({ KeyName: 'deploy' }));
});

test('a named temporary key pair whose create answer is lost is recognised by its tag, replaced, and removed after the build', async () => {
  ctx.sim.fault({ action: 'CreateKeyPair', kind: 'lost-response' });
  ctx.world.write({
    'web.json': {
      builders: [builder('web', { temporary_key_pair_name: 'ci-build-key' })],
      provisioners: [{ type: 'shell', inline: ['echo provisioned'] }]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  expect(run.main.log).toMatch(/Created temporary ed25519 key pair ci-build-key_1/);
  expect(await fingerprintOf('ci-build-key')).toBeUndefined();
  expect(await fingerprintOf('ci-build-key_1')).toBeUndefined();
  expectNothingLeft(ctx.sim, run);
});

test('the main step killed right after its key pair collided: the post step leaves the user key alone', async () => {
  // The journal names the key before CreateKeyPair answers; a kill before the step's own
  // bookkeeping leaves only that entry. Slow the answer so the kill lands while it is pending.
  const ec2 = ec2Client(ctx.sim);
  const mine = await ec2.send(new CreateKeyPairCommand({ KeyName: 'deploy', KeyType: 'rsa' }));
  ctx.sim.fault({ action: 'CreateKeyPair', kind: 'slow', delayMs: 3000 });
  ctx.world.write({ 'web.json': { builders: [builder('web', { temporary_key_pair_name: 'deploy' })] } });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    signals: [{ signal: 'SIGKILL', whenLog: /^::group::Create temporary key pair/, afterMs: 1000 }]
  });
  expect(run.main.signal).toBe('SIGKILL');
  expect(run.post.exitCode).toBe(0);
  expect(run.post.log).toMatch(/Leaving key pair deploy \(us-east-1\) alone: it is not this build's/);
  expect(await fingerprintOf('deploy')).toBe(mine.KeyFingerprint);
  expectNothingLeft(ctx.sim, run, ['deploy']);
  // The held-back CreateKeyPair answers (Duplicate) after the kill: let it, before the next case.
  await eventually(async () => ctx.sim.calls.find(c => c.action === 'CreateKeyPair' && c.outcome !== 'ok'));
  await ec2.send(new DeleteKeyPairCommand({ KeyName: 'deploy' }));
});

test('two builders naming the same temporary key pair in one region fail validation at the second, with no EC2 call', async () => {
  ctx.world.write({
    'web.json': {
      builders: [
        builder('one', { temporary_key_pair_name: 'shared' }),
        builder('two', { temporary_key_pair_name: 'shared' })
      ]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 1);
  expect(errorsOf(run.main)).toMatch(
    /web\.json:\d+:\d+: builders\[1\]\.temporary_key_pair_name: one already makes a temporary key pair named shared in us-east-1/
  );
  // (A call an earlier case left in flight may still be logged: only this run's calls count.)
  expect(ctx.sim.calls.filter(c => Date.parse(c.time) >= run.mainStartedAt)).toEqual([]);
});
