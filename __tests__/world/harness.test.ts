import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  createRunnerHarness,
  inputVariableName,
  parseCommandFile,
  parseWorkflowCommands,
  type RunnerHarness,
  type StepResult
} from '../../world/runner/harness.js';

const fixture = (file: string): string =>
  fileURLToPath(new URL(`../fixtures/trivial-action/${file}`, import.meta.url));
const main = fixture('main.js');
const post = fixture('post.js');

/** The environment the fixture's main step printed as `env: {...}`. */
function reportedEnv(result: StepResult): Record<string, string> {
  const line = result.lines.find(entry => entry.text.startsWith('env: '));
  if (!line) throw new Error(`no env report in the log:\n${result.log}`);
  return JSON.parse(line.text.slice('env: '.length)) as Record<string, string>;
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

async function eventually(check: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return check();
}

/**
 * Timers fire against the event loop's cached clock, so a delay measured with Date.now()
 * can come out a few milliseconds short of what was asked.
 */
const CLOCK_SLACK_MS = 20;

let runner: RunnerHarness;

beforeEach(() => {
  runner = createRunnerHarness();
});

afterEach(async () => {
  await runner.cleanup();
});

describe('the environment a step sees', () => {
  it('hands inputs over as INPUT_ variables named the way the runner names them', async () => {
    const result = await runner.runStep({
      entry: main,
      inputs: { who: 'world', 'github-token': 'ghs_abc', 'exit-code': 0, 'my input': 'spaced' }
    });

    expect(reportedEnv(result)).toMatchObject({
      INPUT_WHO: 'world',
      'INPUT_GITHUB-TOKEN': 'ghs_abc',
      'INPUT_EXIT-CODE': '0',
      INPUT_MY_INPUT: 'spaced'
    });
    expect(inputVariableName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  });

  it("sets the runner's variables and keeps the test process's GITHUB_, INPUT_ and STATE_ variables out", async () => {
    const leaked = { GITHUB_LEAK: 'x', INPUT_LEAK: 'x', STATE_LEAK: 'x', LEAK_ALLOWED: 'kept' };
    Object.assign(process.env, leaked);
    let result: StepResult;
    try {
      result = await runner.runStep({ entry: main, env: { GITHUB_REPOSITORY: 'someone/project' } });
    } finally {
      for (const name of Object.keys(leaked)) delete process.env[name];
    }
    const env = reportedEnv(result);

    expect(env).not.toHaveProperty('GITHUB_LEAK');
    expect(env).not.toHaveProperty('INPUT_LEAK');
    expect(env).not.toHaveProperty('STATE_LEAK');
    expect(env).not.toHaveProperty('NODE_OPTIONS');
    expect(env.LEAK_ALLOWED).toBe('kept');
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      GITHUB_REPOSITORY: 'someone/project',
      GITHUB_REPOSITORY_OWNER: 'someone',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ATTEMPT: '1'
    });
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_ENV',
      'GITHUB_PATH'
    ]) {
      expect(env[name].startsWith(result.tempDir)).toBe(true);
    }
    expect(result.log).toContain(`cwd: ${env.GITHUB_WORKSPACE}`);
  });

  it('writes the event payload to GITHUB_EVENT_PATH and derives the refs of a pull_request', async () => {
    const payload = {
      pull_request: { number: 17, head: { ref: 'feature/x', sha: 'a'.repeat(40) }, base: { ref: 'main' } }
    };

    const result = await runner.runStep({ entry: main, event: { name: 'pull_request', payload } });
    const env = reportedEnv(result);

    expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))).toEqual(payload);
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/17/merge',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'main'
    });
  });
});

describe('what a step leaves behind', () => {
  it('reads outputs and state in both the name=value and the heredoc forms', async () => {
    const result = await runner.runStep({ entry: main, inputs: { who: 'world' } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ greeting: 'hello world', notes: 'line one\nline=two' });
    expect(result.state).toEqual({
      'instance-id': 'i-0abc',
      journal: '{"keyPair":"kp-1",\n "group":"sg-1"}'
    });
    expect(result.exportedEnv).toEqual({ FROM_MAIN: 'yes' });
    expect(result.exportedPath).toEqual(['/opt/fixture/bin']);
  });

  it('reads the job summary the step wrote', async () => {
    const result = await runner.runStep({ entry: main });

    expect(result.summary).toBe('### Fixture summary\n\nAll good.\n');
  });

  it('reports a failing exit code and keeps stdout and stderr in one log', async () => {
    const result = await runner.runStep({ entry: main, inputs: { 'exit-code': 3 } });

    expect(result.exitCode).toBe(3);
    expect(result.signal).toBeNull();
    expect(result.lines.some(line => line.stream === 'stderr' && line.text.startsWith('::warning'))).toBe(
      true
    );
    expect(parseWorkflowCommands(result.log)).toMatchObject({
      groups: [{ title: 'Preparing', lines: ['inside the group'] }],
      warnings: ['careful']
    });
  });
});

describe('the post step', () => {
  it('gets the state main saved, the inputs, and what main exported, and can use @actions/core', async () => {
    const { main: first, post: second } = await runner.runMainThenPost({
      main,
      post,
      inputs: { 'github-token': 'ghs_abc' }
    });

    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    expect(second.env).toMatchObject({ 'STATE_instance-id': 'i-0abc', STATE_journal: first.state.journal });
    expect(second.log).toContain('post: token input present');
    expect(second.log).toContain('post: FROM_MAIN=yes');
    expect(second.log).toContain('post: PATH starts /opt/fixture/bin');
    expect(second.outputs).toEqual({ cleaned: 'i-0abc' });
    expect(second.state).toEqual({ 'post-ran': 'true' });
    expect(second.summary).toContain('<h3>Cleanup</h3>');
    expect(second.tempDir).toBe(first.tempDir);
  });

  it('still runs after main failed', async () => {
    const { main: first, post: second } = await runner.runMainThenPost({
      main,
      post,
      inputs: { 'exit-code': 1 }
    });

    expect(first.exitCode).toBe(1);
    expect(second.exitCode).toBe(0);
    expect(second.outputs.cleaned).toBe('i-0abc');
  });
});

describe('signals', () => {
  it('delivers SIGINT when a log line appears, and the step that traps it records it', async () => {
    const result = await runner.runStep({
      entry: main,
      inputs: { mode: 'wait-for-sigint' },
      signals: [{ signal: 'SIGINT', whenLog: /waiting for cancellation/ }]
    });

    expect(result.signalsSent.map(sent => sent.signal)).toEqual(['SIGINT']);
    expect(result.log).toContain('received SIGINT, cleaning up');
    expect(result.state).toEqual({ phase: 'started', interrupted: 'SIGINT' });
    expect(result.exitCode).toBe(1);
  });

  it('delivers a signal at a chosen time after the start', async () => {
    const result = await runner.runStep({
      entry: main,
      inputs: { mode: 'sleep' },
      signals: [{ signal: 'SIGTERM', afterMs: 300 }]
    });

    expect(result.signal).toBe('SIGTERM');
    expect(result.signalsSent).toEqual([{ signal: 'SIGTERM', atMs: expect.any(Number) }]);
    expect(result.signalsSent[0].atMs).toBeGreaterThanOrEqual(300 - CLOCK_SLACK_MS);
  });

  it('cancels like the runner: stops at SIGINT when the step exits on it', async () => {
    const result = await runner.runStep({
      entry: main,
      inputs: { mode: 'wait-for-sigint' },
      cancelLikeRunner: { whenLog: /waiting/, sigtermAfterMs: 200, sigkillAfterMs: 200 }
    });

    expect(result.signalsSent.map(sent => sent.signal)).toEqual(['SIGINT']);
    expect(result.exitCode).toBe(1);
  });

  it('cancels like the runner: escalates to SIGTERM, then SIGKILL, for a step that ignores both', async () => {
    const result = await runner.runStep({
      entry: main,
      inputs: { mode: 'stubborn' },
      cancelLikeRunner: { whenLog: /waiting/, sigtermAfterMs: 300, sigkillAfterMs: 200 }
    });

    expect(result.signal).toBe('SIGKILL');
    expect(result.signalsSent.map(sent => sent.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    const [sigint, sigterm, sigkill] = result.signalsSent.map(sent => sent.atMs);
    expect(sigterm - sigint).toBeGreaterThanOrEqual(300 - CLOCK_SLACK_MS);
    expect(sigkill - sigterm).toBeGreaterThanOrEqual(200 - CLOCK_SLACK_MS);
    expect(result.log).toContain('ignoring SIGINT');
    expect(result.log).toContain('ignoring SIGTERM');
  });

  it('runs the post step with the saved state after main was killed', async () => {
    const { main: first, post: second } = await runner.runMainThenPost({
      main,
      post,
      inputs: { mode: 'stubborn' },
      cancelLikeRunner: { whenLog: /waiting/, sigtermAfterMs: 100, sigkillAfterMs: 100 }
    });

    expect(first.signal).toBe('SIGKILL');
    expect(second.exitCode).toBe(0);
    expect(second.signalsSent).toEqual([]);
    expect(second.outputs).toEqual({ cleaned: 'i-0stubborn' });
    expect(second.summary).toContain('Removed i-0stubborn.');
  });
});

describe('cleanup', () => {
  it('kills a step that is still running and removes its job directory', async () => {
    let started: () => void = () => {};
    const sleeping = new Promise<void>(resolve => (started = resolve));
    const running = runner.runStep({
      entry: main,
      inputs: { mode: 'sleep' },
      onLine: line => line.text === 'sleeping' && started()
    });
    await sleeping;

    await runner.cleanup();
    const result = await running;

    expect(result.signal).toBe('SIGKILL');
    expect(existsSync(result.tempDir)).toBe(false);
  });

  it('kills a child process the step left behind', async () => {
    const result = await runner.runStep({ entry: main, inputs: { mode: 'leave-child' } });
    const pid = Number(/left child (\d+)/.exec(result.log)?.[1]);
    expect(isRunning(pid)).toBe(true);

    await runner.cleanup();

    expect(await eventually(() => !isRunning(pid))).toBe(true);
  });
});

describe('parseCommandFile', () => {
  it.each([
    ['name=value', { name: 'value' }],
    ['url=https://x/?a=b', { url: 'https://x/?a=b' }],
    ['empty=', { empty: '' }],
    ['a=1\n\nb=2\n', { a: '1', b: '2' }],
    ['a=1\na=2', { a: '2' }],
    ['text<<EOF\nline 1\nline 2\nEOF\n', { text: 'line 1\nline 2' }],
    ['text<<EOF\nEOF', { text: '' }],
    ['text<<EOF\n  EOF\nEOF', { text: '  EOF' }],
    ['a=x<<y', { a: 'x<<y' }]
  ])('reads %j', (text, expected) => {
    expect(parseCommandFile(text)).toEqual(expected);
  });

  it.each([
    ['text<<EOF\nno end', /Matching delimiter not found 'EOF'/],
    ['=value', /Name must not be empty/],
    ['just words', /Invalid format 'just words'/]
  ])('rejects %j', (text, message) => {
    expect(() => parseCommandFile(text)).toThrow(message);
  });
});

describe('parseWorkflowCommands', () => {
  it('collects annotations with their properties, unescaping messages', () => {
    const log = parseWorkflowCommands([
      '::error file=src/a.ts,line=3,title=Bad%3A input::first%0Asecond 100%25',
      '::notice::done'
    ]);

    expect(log.annotations).toEqual([
      {
        level: 'error',
        message: 'first\nsecond 100%',
        properties: { file: 'src/a.ts', line: '3', title: 'Bad: input' }
      },
      { level: 'notice', message: 'done', properties: {} }
    ]);
    expect(log.errors).toEqual(['first\nsecond 100%']);
    expect(log.visible).toEqual([]);
  });

  it('masks a value in every line after add-mask, and only after it', () => {
    const log = parseWorkflowCommands(
      'token is s3cret\n::add-mask::s3cret\nusing s3cret\n::debug::debugging s3cret\n::warning::s3cret!'
    );

    expect(log.masks).toEqual(['s3cret']);
    expect(log.visible).toEqual(['token is s3cret', 'using ***']);
    expect(log.debug).toEqual(['debugging ***']);
    expect(log.warnings).toEqual(['***!']);
  });

  it('puts lines into the group they were printed in', () => {
    const log = parseWorkflowCommands(
      'before\n::group::Launch instance\nlaunching\nlaunched\n::endgroup::\nafter'
    );

    expect(log.groups).toEqual([{ title: 'Launch instance', lines: ['launching', 'launched'] }]);
    expect(log.visible).toEqual(['before', 'launching', 'launched', 'after']);
  });

  it('treats commands as text between stop-commands and its token', () => {
    const log = parseWorkflowCommands(
      '::stop-commands::pause\n::error::not really\n::pause::\n::error::real'
    );

    expect(log.errors).toEqual(['real']);
    expect(log.visible).toEqual(['::error::not really']);
  });
});
