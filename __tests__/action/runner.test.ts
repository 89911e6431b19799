// The runner interface issues workflow commands itself (src/action/runner.ts), from @actions/core's
// command modules rather than its index. What it writes must be what @actions/core writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { jest } from '@jest/globals';
import { actionsRunner } from '../../src/action/runner.js';

/** What `run` writes to stdout. */
function stdoutOf(run: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const awkward = 'line one\nline two: 100% done, a=b\r';
const where = { title: 'T:1, 2', file: 'dir/a,b.json', startLine: 3, startColumn: 7 };

test.each([
  ['info', (r: typeof actionsRunner) => r.info(awkward)],
  ['warning', (r: typeof actionsRunner) => r.warning(awkward, where)],
  ['error with an Error', (r: typeof actionsRunner) => r.error(new Error(awkward))],
  ['notice', (r: typeof actionsRunner) => r.notice(awkward, where)],
  ['debug', (r: typeof actionsRunner) => r.debug(awkward)],
  ['group', (r: typeof actionsRunner) => (r.startGroup('Build: a%b'), r.endGroup())],
  ['setSecret', (r: typeof actionsRunner) => r.setSecret('s3cr%t\nx')]
])('%s is written as @actions/core writes it', (_name, call) => {
  const ours = stdoutOf(() => call(actionsRunner));
  const theirs = stdoutOf(() => call(core as unknown as typeof actionsRunner));
  expect(ours).toBe(theirs);
  expect(ours.length).toBeGreaterThan(0);
});

test('setFailed sets the exit code and writes the error as @actions/core does', () => {
  const before = process.exitCode;
  try {
    const ours = stdoutOf(() => actionsRunner.setFailed(awkward));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(ours).toBe(stdoutOf(() => core.setFailed(awkward)));
  } finally {
    process.exitCode = before;
  }
});

describe('file commands', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-'));
    for (const name of ['OUTPUT', 'STATE']) writeFileSync(join(dir, name), '');
    process.env.GITHUB_OUTPUT = join(dir, 'OUTPUT');
    process.env.GITHUB_STATE = join(dir, 'STATE');
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });
  // The heredoc delimiter is random on each call; everything else must match.
  const withoutDelimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');

  test.each(['OUTPUT', 'STATE'] as const)('%s gets the same key=value heredoc', file => {
    const set = (r: typeof actionsRunner) =>
      file === 'OUTPUT' ? r.setOutput('amis', { 'us-east-1': 'ami-1\nx' }) : r.saveState('journal', 'a\nb');
    set(actionsRunner);
    const ours = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), '');
    set(core as unknown as typeof actionsRunner);
    const theirs = readFileSync(join(dir, file), 'utf8');
    expect(withoutDelimiters(ours)).toBe(withoutDelimiters(theirs));
    expect(ours).toContain(file === 'OUTPUT' ? 'ami-1' : 'a\nb');
  });

  test('getInput and getState read what the runner set, as @actions/core reads them', () => {
    process.env['INPUT_COMMENT-ON-PR'] = '  false \n';
    process.env.STATE_journal = 'saved';
    expect(actionsRunner.getInput('comment-on-pr')).toBe(core.getInput('comment-on-pr'));
    expect(actionsRunner.getInput('comment-on-pr', { trimWhitespace: false })).toBe('  false \n');
    expect(() => actionsRunner.getInput('missing', { required: true })).toThrow(
      'Input required and not supplied: missing'
    );
    expect(actionsRunner.getState('journal')).toBe('saved');
  });
});
