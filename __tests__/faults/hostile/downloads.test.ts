// A download cannot be turned against the runner: symlinks in a downloaded tree (to /, to /etc,
// round a loop) are skipped, not followed, and a tree with too many entries or too many bytes
// ends the build with an error that names the limit and how to raise it, leaving nothing behind.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, builder, errorsOf, expectExits, expectNothingLeft, faultSuite } from '../fault-world.js';

jest.setTimeout(180_000);

const ctx = faultSuite();

function template(setup: string[], source: string) {
  return {
    builders: [builder('web')],
    provisioners: [
      { type: 'shell', inline: setup },
      { type: 'file', direction: 'download', source, destination: 'fetched' }
    ]
  };
}

test('symlinks to /, to /etc and round a loop are skipped; the real files arrive', async () => {
  ctx.world.write({
    'web.json': template(
      [
        'mkdir -p /tmp/out/logs/sub',
        'echo kept > /tmp/out/logs/app.log',
        'echo deeper > /tmp/out/logs/sub/more.log',
        'ln -s / /tmp/out/root',
        'ln -s /etc /tmp/out/logs/etc',
        'ln -s .. /tmp/out/logs/sub/loop',
        'ln -s /tmp/out /tmp/out/self'
      ],
      '/tmp/out/'
    )
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 0);
  const fetched = join(ctx.world.workspace, 'fetched');
  const found = execFileSync('find', ['.', '-printf', '%y %p\n'], { cwd: fetched, encoding: 'utf8' })
    .trim()
    .split('\n')
    .sort();
  expect(found).toEqual(['d .', 'd ./logs', 'd ./logs/sub', 'f ./logs/app.log', 'f ./logs/sub/more.log']);
  expect(run.main.log).toMatch(
    /Skipped 4 symlink\(s\) or special file\(s\) in \/tmp\/out\/ \(symlinks are not followed\): /
  );
  expectNothingLeft(ctx.sim, run);
});

test('a tree with more entries than BUILD_AMI_DOWNLOAD_MAX_FILES fails the build, saying how to raise it', async () => {
  ctx.world.write({
    'web.json': template(['mkdir -p /tmp/many && cd /tmp/many && seq 1 200 | xargs touch'], '/tmp/many/')
  });
  const run = await build(ctx, {
    inputs: { template: 'web.json' },
    env: { BUILD_AMI_DOWNLOAD_MAX_FILES: '100' }
  });
  expectExits(run, 1);
  expect(errorsOf(run.main)).toContain(
    '/tmp/many/ holds more than 100 entries. The limit (100 entries) keeps a download from filling ' +
      "the runner's disk; to raise it, set BUILD_AMI_DOWNLOAD_MAX_FILES in the step's env"
  );
  expectNothingLeft(ctx.sim, run);
});

test('a tree bigger than the byte limit (10 GiB) fails before a byte is fetched', async () => {
  ctx.world.write({
    // Sparse: 11 GiB by its size, nothing on the disk.
    'web.json': template(['mkdir -p /tmp/big && truncate -s 11G /tmp/big/disk.img'], '/tmp/big/')
  });
  const run = await build(ctx, { inputs: { template: 'web.json' } });
  expectExits(run, 1);
  expect(errorsOf(run.main)).toContain(
    'the files in /tmp/big/ hold more than 10737418240 bytes. The limit (10737418240 bytes)'
  );
  expect(errorsOf(run.main)).toContain('BUILD_AMI_DOWNLOAD_MAX_BYTES');
  expect(existsSync(join(ctx.world.workspace, 'fetched', 'disk.img'))).toBe(false);
  expectNothingLeft(ctx.sim, run);
});
