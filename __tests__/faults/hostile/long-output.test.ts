// Output of any shape goes through in time proportional to its size and bounded memory: a
// provisioner printing hundreds of megabytes on one line, and progress bars drawn with \r,
// finish the build; the log shows the line's start with a truncation note, and the bar's last
// state instead of a thousand lines.
import { jest } from '@jest/globals';
import { parseWorkflowCommands } from '../../../world/runner/harness.js';
import { build, builder, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(240_000);

const ctx = faultSuite();

const LINE_BYTES = Number(process.env.BUILD_AMI_LONG_LINE_BYTES || 600_000_000);

test(`a ${LINE_BYTES / 1e6} MB line without a newline and a \\r progress bar: the build succeeds`, async () => {
  ctx.world.write({
    'web.json': {
      builders: [builder('web')],
      provisioners: [
        {
          type: 'shell',
          inline: [
            'echo before',
            `head -c ${LINE_BYTES} /dev/zero | tr '\\0' a`,
            'echo',
            'for i in $(seq 1 1000); do printf "\\r%d%%" $i; done',
            'echo',
            `head -c ${LINE_BYTES / 10} /dev/zero | tr '\\0' b >&2`,
            'echo after'
          ]
        }
      ]
    }
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  const visible = parseWorkflowCommands(run.main.log).visible;
  const kept = 64 * 1024;
  const truncated = visible.filter(l => l.includes('[line truncated:'));
  expect(truncated).toEqual([
    `${'a'.repeat(kept)} [line truncated: ${LINE_BYTES - kept} bytes not shown]`,
    `${'b'.repeat(kept)} [line truncated: ${LINE_BYTES / 10 - kept} bytes not shown]`
  ]);
  // The bar is its last state (and at most a few in-between ones if it ran for over 10 s).
  const bar = visible.filter(l => /^\d+%$/.test(l));
  expect(bar.at(-1)).toBe('1000%');
  expect(bar.length).toBeLessThan(10);
  expect(visible).toEqual(expect.arrayContaining(['before', 'after']));
  expect(run.main.outputs['ami-id']).toMatch(/^ami-/);
  expectNothingLeft(ctx.sim, run);
});
