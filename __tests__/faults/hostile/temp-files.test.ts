// Temporary files on the runner live in the build's private directory under RUNNER_TEMP: a
// shell-local script (which holds the build's variables) is there while it runs, private, and
// after the main step is killed outright (SIGKILL) the post step removes it; nothing of the
// build is ever left in /tmp, which a self-hosted runner shares with every job.
import { jest } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, builder, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(180_000);

const ctx = faultSuite();

const ours = (names: string[], buildId: string) =>
  names.filter(n => n.startsWith('packer-shell-') || n.includes(buildId));

test('killed (SIGKILL) while a shell-local script runs: the post step leaves nothing in RUNNER_TEMP or /tmp', async () => {
  const before = new Set(readdirSync(tmpdir()));
  ctx.world.write({
    'web.json': {
      builders: [builder('web')],
      provisioners: [
        {
          type: 'shell-local',
          inline: [
            'echo "local script at $0, mode $(stat -c %a "$0") in $(stat -c %a "$(dirname "$0")")"',
            'sleep 15'
          ]
        }
      ]
    }
  });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    signals: [{ signal: 'SIGKILL', whenLog: /^local script at / }]
  });
  expect(run.main.signal).toBe('SIGKILL');
  const runnerTemp = run.main.env.RUNNER_TEMP;
  const buildDir = join(runnerTemp, `build-ami-${run.buildId}`);
  // While it ran, the script was in the build's directory, readable by its owner only.
  const [, script, mode, dirMode] = /local script at (\S+), mode (\d+) in (\d+)/.exec(run.main.log) ?? [];
  expect(dirname(dirname(script))).toBe(buildDir);
  expect([mode, dirMode]).toEqual(['700', '700']);
  // The post step removed it all.
  expect(run.post.exitCode).toBe(0);
  expect(existsSync(buildDir)).toBe(false);
  expect(ours(readdirSync(runnerTemp), run.buildId)).toEqual([]);
  expect(
    ours(
      readdirSync(tmpdir()).filter(n => !before.has(n)),
      run.buildId
    )
  ).toEqual([]);
  expectNothingLeft(ctx.sim, run);
});
