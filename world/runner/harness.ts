/**
 * Runs a committed action bundle the way the GitHub Actions runner does: a fresh job
 * directory, the runner's environment and file commands, the event payload on disk,
 * signals for cancellation, and the post step fed with the state the main step saved.
 *
 *   const runner = createRunnerHarness();
 *   afterEach(() => runner.cleanup());
 *   const { main, post } = await runner.runMainThenPost({ main: 'dist/main/index.js', post: 'dist/post/index.js', inputs });
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parseCommandFile, parsePathFile } from './command-file.js';
import {
  DEFAULT_REPOSITORY,
  DEFAULT_SHA,
  defaultPushEvent,
  stepEnvironment,
  type InputValue,
  type StepFiles,
  type WorkflowEvent
} from './environment.js';
import { startStepProcess, type LogLine, type StepProcess } from './process.js';
import type { CancelPlan, SentSignal, SignalPlan } from './signals.js';

export { CommandFileError, parseCommandFile, parsePathFile } from './command-file.js';
export { inputVariableName, type InputValue, type WorkflowEvent } from './environment.js';
export type { LogLine } from './process.js';
export {
  RUNNER_SIGKILL_AFTER_MS,
  RUNNER_SIGTERM_AFTER_MS,
  type CancelPlan,
  type SentSignal,
  type SignalPlan,
  type StepSignal
} from './signals.js';
export {
  parseCommandLine,
  parseWorkflowCommands,
  type Annotation,
  type LogGroup,
  type WorkflowCommand,
  type WorkflowLog
} from './workflow-commands.js';

export interface StepOptions {
  /** The action's JavaScript entry, e.g. dist/main/index.js (relative to the test's cwd). */
  entry: string;
  /** `with:` values; each becomes INPUT_<NAME> as the runner names it. */
  inputs?: Record<string, InputValue>;
  /** Extra variables, applied last, so they may replace any runner default; undefined removes one. */
  env?: Record<string, string | undefined>;
  /** Saved state handed to a post step as STATE_<name>. */
  state?: Record<string, string>;
  /** Default: a push to refs/heads/main. */
  event?: WorkflowEvent;
  /** GITHUB_WORKSPACE and the process's working directory; default a fresh empty directory. */
  workspace?: string;
  /** The Node binary; default the one running the tests. */
  node?: string;
  signals?: SignalPlan[];
  cancelLikeRunner?: CancelPlan;
  /** SIGKILL the step (and anything it started) after this long; default no limit. */
  timeoutMs?: number;
  /** Called with each log line as it arrives, e.g. to inspect the world while the step waits. */
  onLine?: (line: LogLine) => void;
}

export interface StepResult {
  exitCode: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** The text written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Variables written to GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Directories written to GITHUB_PATH, in the order written. */
  exportedPath: string[];
  /** stdout and stderr, line by line in arrival order, joined with "\n". */
  log: string;
  lines: LogLine[];
  signalsSent: SentSignal[];
  timedOut: boolean;
  durationMs: number;
  /** The environment the process was started with. */
  env: Record<string, string>;
  /** The job directory (workspace, RUNNER_TEMP, command files); removed by cleanup(). */
  tempDir: string;
}

export interface MainThenPostOptions extends Omit<StepOptions, 'entry' | 'state'> {
  main: string;
  post: string;
}

export interface MainThenPostResult {
  main: StepResult;
  post: StepResult;
}

export interface RunnerHarness {
  runStep(options: StepOptions): Promise<StepResult>;
  /**
   * Runs main, then post with main's saved state and exported env, whatever main's fate
   * (`post-if: always()`). `signals` and `cancelLikeRunner` apply to main only.
   */
  runMainThenPost(options: MainThenPostOptions): Promise<MainThenPostResult>;
  /** Kills every step process still running (and their children) and removes every job directory. */
  cleanup(): Promise<void>;
}

interface Job {
  dir: string;
  workspace: string;
  runnerTemp: string;
}

interface Carried {
  exportedEnv: Record<string, string>;
  exportedPath: readonly string[];
}

async function createJob(root: string, workspace: string | undefined): Promise<Job> {
  const job: Job = {
    dir: root,
    workspace: workspace ? path.resolve(workspace) : path.join(root, 'workspace'),
    runnerTemp: path.join(root, '_temp')
  };
  await mkdir(job.workspace, { recursive: true });
  await mkdir(path.join(job.runnerTemp, '_runner_file_commands'), { recursive: true });
  await mkdir(path.join(job.runnerTemp, '_github_workflow'), { recursive: true });
  return job;
}

/** Fresh, empty command files for one step, named as the runner names them. */
async function createStepFiles(job: Job, event: WorkflowEvent): Promise<StepFiles> {
  const suffix = randomUUID();
  const commandFile = (prefix: string): string =>
    path.join(job.runnerTemp, '_runner_file_commands', `${prefix}${suffix}`);
  const files: StepFiles = {
    workspace: job.workspace,
    runnerTemp: job.runnerTemp,
    eventPath: path.join(job.runnerTemp, '_github_workflow', 'event.json'),
    output: commandFile('set_output_'),
    state: commandFile('save_state_'),
    summary: commandFile('step_summary_'),
    env: commandFile('set_env_'),
    path: commandFile('add_path_')
  };
  await Promise.all(
    [files.output, files.state, files.summary, files.env, files.path].map(file => writeFile(file, ''))
  );
  await writeFile(files.eventPath, JSON.stringify(event.payload, null, 2));
  return files;
}

async function readCommandFile(file: string, variable: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  try {
    return parseCommandFile(text);
  } catch (error) {
    // The runner fails the step for a malformed file; a test should hear about it loudly.
    throw new Error(`${variable} could not be read: ${(error as Error).message}`, { cause: error });
  }
}

export function createRunnerHarness(): RunnerHarness {
  // Every step started, finished or not: a finished step may have left children in its group.
  const started: StepProcess[] = [];
  const pending = new Set<Promise<unknown>>();
  const jobDirs = new Set<string>();
  let cleaningUp = false;

  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    const forget = (): void => void pending.delete(work);
    work.then(forget, forget);
    return work;
  };

  const newJob = async (workspace: string | undefined): Promise<Job> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-ami-runner-'));
    jobDirs.add(dir);
    return createJob(dir, workspace);
  };

  const runInJob = async (job: Job, options: StepOptions, carried: Carried): Promise<StepResult> => {
    const env = options.env ?? {};
    const event =
      options.event ??
      defaultPushEvent(env.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY, env.GITHUB_SHA ?? DEFAULT_SHA);
    const files = await createStepFiles(job, event);
    const childEnv = stepEnvironment({
      parent: process.env,
      files,
      event,
      inputs: options.inputs ?? {},
      state: options.state ?? {},
      exportedEnv: carried.exportedEnv,
      exportedPath: carried.exportedPath,
      env
    });
    // A post step must not start while cleanup is killing its main step.
    if (cleaningUp) throw new Error(`not starting ${options.entry}: the harness is cleaning up`);
    const child = startStepProcess({
      node: options.node ?? process.execPath,
      entry: path.resolve(options.entry),
      cwd: job.workspace,
      env: childEnv,
      signals: options.signals ?? [],
      cancelLikeRunner: options.cancelLikeRunner,
      timeoutMs: options.timeoutMs,
      onLine: options.onLine
    });
    started.push(child);
    const outcome = await child.outcome;
    return {
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      outputs: await readCommandFile(files.output, 'GITHUB_OUTPUT'),
      state: await readCommandFile(files.state, 'GITHUB_STATE'),
      summary: await readFile(files.summary, 'utf8'),
      exportedEnv: await readCommandFile(files.env, 'GITHUB_ENV'),
      exportedPath: parsePathFile(await readFile(files.path, 'utf8')),
      log: outcome.lines.map(line => line.text).join('\n'),
      lines: outcome.lines,
      signalsSent: outcome.signalsSent,
      timedOut: outcome.timedOut,
      durationMs: outcome.durationMs,
      env: childEnv,
      tempDir: job.dir
    };
  };

  const nothingCarried: Carried = { exportedEnv: {}, exportedPath: [] };

  return {
    runStep: options =>
      track(
        (async () => {
          const job = await newJob(options.workspace);
          return runInJob(job, options, nothingCarried);
        })()
      ),

    runMainThenPost: options =>
      track(
        (async () => {
          const { main, post, signals, cancelLikeRunner, ...shared } = options;
          const job = await newJob(options.workspace);
          const mainResult = await runInJob(
            job,
            { ...shared, entry: main, signals, cancelLikeRunner },
            nothingCarried
          );
          const postResult = await runInJob(
            job,
            { ...shared, entry: post, state: mainResult.state },
            mainResult
          );
          return { main: mainResult, post: postResult };
        })()
      ),

    cleanup: async () => {
      cleaningUp = true;
      try {
        for (const child of started) child.killTree();
        await Promise.allSettled([...pending]);
        started.length = 0;
        await Promise.all([...jobDirs].map(dir => rm(dir, { recursive: true, force: true })));
        jobDirs.clear();
      } finally {
        cleaningUp = false;
      }
    }
  };
}
