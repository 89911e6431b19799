// release.yml's own scripts, run here on a scratch repository with a local "origin": the tag
// check refuses what is not vX.Y.Z, and the last step moves the major tag to each release.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWorkflow, type Step } from '../helpers/workflows.js';

const job = parseWorkflow(readFileSync('.github/workflows/release.yml', 'utf8')).jobs['move-major-tag'];
const step = (name: string): Step => {
  const found = job.steps?.find(s => s.name === name);
  if (!found?.run) throw new Error(`release.yml has no "${name}" run step`);
  return found;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-ami-release-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A run step as the runner runs it (`bash -e`, the default shell), with the job's TAG. */
function run(script: string, tag: string, cwd: string) {
  const result = spawnSync('bash', ['-e', '-c', script], {
    cwd,
    env: { ...process.env, TAG: tag },
    encoding: 'utf8'
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim();

test('the job reads the tag from the release and may push tags, nothing more', () => {
  expect(job.env).toEqual({ TAG: '${{ github.event.release.tag_name }}' });
  expect((job as { permissions?: unknown }).permissions).toEqual({ contents: 'write' });
});

test.each(['v1.2', 'v1', '1.2.3', 'v1.2.3-rc.1', 'v1.2.3; echo pwned'])('refuses the tag %j', tag => {
  const result = run(step('Check the tag is vX.Y.Z').run!, tag, dir);
  expect(result.code).toBe(1);
  expect(result.output).toContain('is not vX.Y.Z');
});

test('accepts v1.2.3', () => {
  expect(run(step('Check the tag is vX.Y.Z').run!, 'v1.2.3', dir).code).toBe(0);
});

test('moves v1 to each release, in the clone and on origin', () => {
  const origin = join(dir, 'origin.git');
  const clone = join(dir, 'clone');
  git(dir, 'init', '--quiet', '--bare', origin);
  git(dir, 'clone', '--quiet', origin, clone);
  const release = (tag: string) => {
    writeFileSync(join(clone, 'file'), tag);
    git(clone, 'add', 'file');
    git(clone, 'commit', '--quiet', '-m', tag);
    git(clone, 'tag', '--annotate', tag, '--message', tag);
    git(clone, 'push', '--quiet', 'origin', 'HEAD', `refs/tags/${tag}`);
    return git(clone, 'rev-parse', 'HEAD');
  };
  const moveMajor = step('Move the major tag').run!;

  const first = release('v1.0.0');
  const moved = run(moveMajor, 'v1.0.0', clone);
  expect(moved).toEqual({
    code: 0,
    output: expect.stringContaining(`::notice::v1 now points at v1.0.0 (${first})`)
  });
  expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(first);

  const second = release('v1.1.0');
  expect(run(moveMajor, 'v1.1.0', clone).code).toBe(0);
  expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
  expect(git(origin, 'rev-parse', 'v1.0.0^{commit}')).toBe(first);
});

test('the licence is the one package.json names', () => {
  expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe('MIT');
  expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
});
