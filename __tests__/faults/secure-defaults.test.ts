// Secure by default, each default asserted on what reaches EC2 and the instance: the build
// instance requires IMDSv2 tokens, and its SSH host key must match the fingerprints the instance
// printed to its console; a console showing another key (a lying console, or a machine in the
// middle answering on the instance's address) fails the build before any provisioner runs.
import { jest } from '@jest/globals';
import { build, builder, errorsOf, expectExits, expectNothingLeft, faultSuite } from './fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

const PROVISIONED = 'provisioner-ran-on-the-instance';

function template(extra: object = {}) {
  return {
    builders: [builder('web', extra)],
    provisioners: [{ type: 'shell', inline: [`echo ${PROVISIONED}`] }]
  };
}

test('the build instance requires IMDSv2 (HttpTokens=required) unless the template says otherwise', async () => {
  ctx.world.write({ 'web.json': template() });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  const launches = ctx.sim.calls.filter(c => c.action === 'RunInstances');
  expect(launches).toHaveLength(1);
  expect(launches[0].params).toMatchObject({ MetadataOptions: { HttpTokens: 'required' } });
  expectNothingLeft(ctx.sim, run);
});

test('the SSH host key is checked against the console fingerprints', async () => {
  ctx.world.write({ 'web.json': template() });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  expect(ctx.sim.callCount('GetConsoleOutput')).toBeGreaterThanOrEqual(1);
  expect(run.main.log).toMatch(/host key checked against the console's 1 fingerprint/);
  expectNothingLeft(ctx.sim, run);
});

test('a console showing another host key: the build fails before any provisioner, naming the host key, and leaves nothing', async () => {
  ctx.sim.fault({ consoleHostKey: 'wrong' });
  ctx.world.write({ 'web.json': template() });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 1);
  expect(errorsOf(run.main)).toMatch(/Connect over SSH: .*host key/i);
  expect(run.main.log).not.toContain(PROVISIONED);
  expect(run.main.log).not.toMatch(/Provisioner 1\/1/);
  expect(ctx.sim.callCount('CreateImage')).toBe(0);
  expectNothingLeft(ctx.sim, run);
});
