// When the commit was made: git's committer date from the checkout first, then the push event.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { commitTime, gitCommitTime } from '../../src/channels/commit-time.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'commit-time-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SHA = 'a'.repeat(40);

function pushEvent(commits: { id: string; timestamp: string }[]): string {
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify({ head_commit: commits.at(-1), commits }));
  return path;
}

test('the checkout’s committer date comes first, in UTC', async () => {
  const eventPath = pushEvent([{ id: SHA, timestamp: '2020-01-01T00:00:00Z' }]);
  const git = async () => '2026-01-02T03:04:05+02:00';
  expect(await commitTime(SHA, { workspace: dir, eventPath, git })).toBe('2026-01-02T01:04:05.000Z');
});

test('without a checkout, the push event’s timestamp of that commit', async () => {
  const eventPath = pushEvent([
    { id: 'b'.repeat(40), timestamp: '2026-01-01T00:00:00Z' },
    { id: SHA, timestamp: '2026-01-01T09:30:00+01:00' }
  ]);
  expect(await commitTime(SHA, { workspace: dir, eventPath, git: async () => undefined })).toBe(
    '2026-01-01T08:30:00.000Z'
  );
});

test('neither: unknown', async () => {
  expect(
    await commitTime(SHA, { workspace: dir, eventPath: join(dir, 'none.json'), git: async () => undefined })
  ).toBeUndefined();
});

test('a real repository: git reads the commit’s date', async () => {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_COMMITTER_DATE: '2026-02-03T04:05:06Z',
        GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z'
      }
    }).trim();
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'one');
  const sha = git('rev-parse', 'HEAD');
  expect(await gitCommitTime(dir, sha)).toMatch(/^2026-02-03T04:05:06/);
  expect(await gitCommitTime(dir, 'f'.repeat(40))).toBeUndefined();
});
