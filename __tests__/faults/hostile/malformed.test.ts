// Malformed input never crashes: 20,000 levels of nesting in a template or a var-file get a
// file:line error naming the limit (not "Maximum call stack size exceeded") and no EC2 call; a
// duration past Node's timer limit (about 24.8 days) waits as asked instead of firing at once.
import { jest } from '@jest/globals';
import { parseWorkflowCommands } from '../../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(120_000);

const ctx = faultSuite();

const DEEP = '['.repeat(20_000) + ']'.repeat(20_000);
const NESTED = /nested more than 1000 levels deep/;

test('a template nested 20,000 levels deep fails with file, line and the limit, and no EC2 call', async () => {
  ctx.world.write({ 'web.json': `{\n  "builders": [],\n  "provisioners": ${DEEP}\n}\n` });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expect(run.main.exitCode).toBe(1);
  const errors = parseWorkflowCommands(run.main.log).errors;
  expect(errors).toEqual([
    expect.stringMatching(
      /^web\.json:3:\d+: provisioners(\[0\])+…: invalid JSON: lists and objects nested more than 1000 levels deep$/
    )
  ]);
  expect(run.main.log).not.toMatch(/call stack/i);
  expect(ctx.sim.calls).toEqual([]);
});

test('a var-file nested 20,000 levels deep fails with its name, line and the limit, and no EC2 call', async () => {
  ctx.world.write({
    'web.json': { variables: { region: 'us-east-1' }, builders: [builder('web')] },
    'vars.json': `{\n  "region": ${DEEP}\n}\n`
  });
  const run = await build(ctx, { inputs: { template: 'web.json', 'var-files': 'vars.json' } });
  expect(run.main.exitCode).toBe(1);
  expect(parseWorkflowCommands(run.main.log).errors).toEqual([
    expect.stringMatching(/^vars\.json:2:\d+: region(\[0\])+…: .*/)
  ]);
  expect(parseWorkflowCommands(run.main.log).errors[0]).toMatch(NESTED);
  expect(run.main.log).not.toMatch(/call stack/i);
  expect(ctx.sim.calls).toEqual([]);
});

test('a template function nested 20,000 parentheses deep fails with where and the limit', async () => {
  const deep = `{{ ${'('.repeat(20_000)}timestamp${')'.repeat(20_000)} }}`;
  ctx.world.write({ 'web.json': { builders: [builder('web', { ami_name: deep })] } });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expect(run.main.exitCode).toBe(1);
  expect(parseWorkflowCommands(run.main.log).errors).toEqual([
    expect.stringMatching(
      /^web\.json:\d+:\d+: builders\[0\]\.ami_name: parentheses nested more than 1000 levels deep/
    )
  ]);
  expect(ctx.sim.calls).toEqual([]);
});

test('a provisioner with "timeout": "720h" runs to its end and the build succeeds', async () => {
  ctx.world.write({
    'web.json': {
      builders: [builder('web')],
      provisioners: [
        {
          type: 'shell',
          timeout: '720h',
          start_retry_timeout: '720h',
          inline: ['sleep 1', 'echo finished-normally']
        }
      ]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  expect(parseWorkflowCommands(run.main.log).visible).toEqual(expect.arrayContaining(['finished-normally']));
  expect(run.main.log).not.toMatch(/did not finish within|TimeoutOverflowWarning/);
  expectNothingLeft(ctx.sim, run);
});
