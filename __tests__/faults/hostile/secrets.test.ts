// Secrets stay secret from the first byte: a multi-line key from a var-file, printed line by line by
// a failing script, and a sensitive value quoted by the error of an invalid template, appear in no
// log (raw or shown), state, summary, pull request comment or file; an AMI name made from a
// sensitive variable shows as *** in the summary and the comment.
import { jest } from '@jest/globals';
import { parseWorkflowCommands } from '../../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';
import { places, whereSeen } from './places.js';
import { pullRequestWorld } from './pull-request.js';

jest.setTimeout(120_000);

const ctx = faultSuite();
const SHA = 'c0ffee'.repeat(6) + 'c0ff';
const pr = pullRequestWorld(SHA);
const KEY_LINES = ['kA9-first-line-of-the-key-zQ', 'mB7-second-line-of-the-key-yR', 'nC5-third-line-x'];
const KEY = KEY_LINES.join('\n');

const run = (inputs: Record<string, string>) => build(ctx, pr.run(inputs));

test('a multi-line key printed line by line by a failing script: no line of it shows anywhere', async () => {
  ctx.world.write({
    'web.json': {
      variables: { deploy_key: null },
      'sensitive-variables': ['deploy_key'],
      builders: [builder('web')],
      provisioners: [
        {
          type: 'shell',
          environment_vars: ['DEPLOY_KEY={{user `deploy_key`}}'],
          inline: [
            'printf "%s\\n" "$DEPLOY_KEY"',
            'echo "second: $(echo "$DEPLOY_KEY" | sed -n 2p)"',
            'exit 3'
          ]
        }
      ]
    },
    'secrets.json': { deploy_key: KEY }
  });
  const result = await run({ 'var-files': 'secrets.json' });
  expectExits(result, 1);
  // The script did print every line: the masking kept them out.
  expect(parseWorkflowCommands(result.main.log).visible).toEqual(
    expect.arrayContaining(['***', 'second: ***'])
  );
  const comment = pr.github
    .comments(7)
    .map(c => c.body)
    .join('\n');
  expect(comment).toContain('second: ***');
  expect(
    whereSeen(places(ctx, result, { github: pr.github, skipFiles: ['secrets.json'] }), [KEY, ...KEY_LINES])
  ).toEqual([]);
  expectNothingLeft(ctx.sim, result);
});

test('an invalid template quoting a sensitive var-file value: the error shows the field and ***, nothing shows the value', async () => {
  const token = 'Tok3n!with-forbidden*chars\nand-a-second-line-9';
  ctx.world.write({
    'web.json': {
      variables: { token: null },
      'sensitive-variables': ['token'],
      builders: [builder('web', { ami_name: 'web-{{user `token`}}' })]
    },
    'secrets.json': { token }
  });
  const result = await run({ 'var-files': 'secrets.json' });
  expectExits(result, 1);
  const errors = parseWorkflowCommands(result.main.log).errors.join('\n');
  expect(errors).toMatch(/web\.json:\d+:\d+: builders\[0\]\.ami_name: .*\*\*\*/);
  expect(ctx.sim.calls).toEqual([]);
  const where = places(ctx, result, { github: pr.github, skipFiles: ['secrets.json'] });
  expect(whereSeen(where, [token, JSON.stringify(token).slice(1, -1), ...token.split('\n')])).toEqual([]);
  // The runner was told to mask it (whole and per line) before the error was printed.
  const log = result.main.log.split('\n');
  const firstMask = log.findIndex(line => line.startsWith('::add-mask::'));
  const firstError = log.findIndex(line => line.startsWith('::error'));
  expect(firstMask).toBeGreaterThanOrEqual(0);
  expect(firstMask).toBeLessThan(firstError);
  expect(log).toEqual(expect.arrayContaining(['::add-mask::and-a-second-line-9']));
});

test('an AMI name made from a sensitive variable shows as *** in the summary, the comment and the log', async () => {
  const secret = 'tenant-7f3a9c-private';
  ctx.world.write({
    'web.json': {
      variables: { tenant: null },
      'sensitive-variables': ['tenant'],
      builders: [builder('web', { ami_name: 'web-{{user `tenant`}}-{{timestamp}}' })]
    }
  });
  const result = await run({ variables: `tenant=${secret}` });
  expectExits(result, 0);
  expect(result.main.summary).toContain('web-***-');
  expect(
    pr.github
      .comments(7)
      .map(c => c.body)
      .join('\n')
  ).toContain('web-***-');
  // The ami-name output carries the image's real name, for the steps that deploy it.
  const { 'ami-name': amiName, ...otherOutputs } = result.main.outputs;
  expect(amiName).toContain(secret);
  const where = {
    ...places(ctx, result, { github: pr.github, skipFiles: ['/set_output_'] }),
    outputs: JSON.stringify(otherOutputs)
  };
  expect(whereSeen(where, [secret])).toEqual([]);
  expectNothingLeft(ctx.sim, result);
});
