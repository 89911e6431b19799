/**
 * One step's Node process: started the way the runner starts a JavaScript action, its
 * stdout and stderr read line by line as they arrive (the runner reads both pipes and
 * logs lines in arrival order), signals delivered on schedule, and the whole process
 * group killable so nothing it started can outlive a test.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

import { SignalScheduler, type CancelPlan, type SentSignal, type SignalPlan } from './signals.js';

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Milliseconds since the step started. */
  atMs: number;
}

export interface ProcessSpec {
  node: string;
  entry: string;
  cwd: string;
  env: Record<string, string>;
  signals: readonly SignalPlan[];
  cancelLikeRunner?: CancelPlan;
  /** Kill the step (SIGKILL) if it runs longer than this. */
  timeoutMs?: number;
  onLine?: (line: LogLine) => void;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  lines: LogLine[];
  signalsSent: SentSignal[];
  durationMs: number;
  timedOut: boolean;
}

export interface StepProcess {
  readonly pid: number;
  readonly outcome: Promise<ProcessOutcome>;
  /** SIGKILL to the step's whole process group: the step and anything it started. */
  killTree(): void;
}

/**
 * After the step exits, output still in the pipes is read until they close; a child the
 * step left behind may hold them open, so stop waiting after this long.
 */
const PIPE_DRAIN_GRACE_MS = 1000;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

export function startStepProcess(spec: ProcessSpec): StepProcess {
  const startedAt = Date.now();
  // detached: the step leads its own process group, which killTree can reach as a whole.
  const child = spawn(spec.node, [spec.entry], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  });
  const lines: LogLine[] = [];
  const lineListeners: Array<(text: string) => void> = [];
  const flushes: Array<() => void> = [];
  const isAlive = (): boolean => child.exitCode === null && child.signalCode === null;

  const collect = (stream: Readable, name: LogLine['stream']): void => {
    const decoder = new StringDecoder('utf8');
    let partial = '';
    const push = (text: string): void => {
      const line: LogLine = { stream: name, text, atMs: Date.now() - startedAt };
      lines.push(line);
      for (const listener of lineListeners) listener(text);
      spec.onLine?.(line);
    };
    stream.on('data', (chunk: Buffer) => {
      const parts = (partial + decoder.write(chunk)).split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts) push(part.replace(/\r$/, ''));
    });
    const flush = (): void => {
      const rest = partial + decoder.end();
      partial = '';
      if (rest !== '') push(rest);
    };
    stream.on('end', flush);
    flushes.push(flush);
  };
  collect(child.stdout, 'stdout');
  collect(child.stderr, 'stderr');

  const scheduler = new SignalScheduler(
    { isAlive, send: signal => child.kill(signal), onLine: listener => lineListeners.push(listener) },
    startedAt
  );
  for (const plan of spec.signals) scheduler.plan(plan);
  if (spec.cancelLikeRunner) scheduler.cancelLikeRunner(spec.cancelLikeRunner);

  let timedOut = false;
  const timeout =
    spec.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) killGroup(child.pid);
        }, spec.timeoutMs);

  const outcome = new Promise<ProcessOutcome>((resolve, reject) => {
    child.once('error', error => {
      // Only a failed spawn rejects; a later error (a failed kill) changes nothing.
      if (child.pid === undefined) {
        scheduler.dispose();
        clearTimeout(timeout);
        reject(new Error(`could not start ${spec.node} ${spec.entry}: ${error.message}`, { cause: error }));
      }
    });
    child.once('exit', (exitCode, signal) => {
      const durationMs = Date.now() - startedAt;
      scheduler.dispose();
      clearTimeout(timeout);
      const drained = new Promise<void>(done => {
        const grace = setTimeout(done, PIPE_DRAIN_GRACE_MS);
        child.once('close', () => {
          clearTimeout(grace);
          done();
        });
      });
      void drained.then(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        for (const flush of flushes) flush();
        resolve({ exitCode, signal, lines, signalsSent: [...scheduler.sent], durationMs, timedOut });
      });
    });
  });

  return {
    pid: child.pid ?? -1,
    outcome,
    killTree: () => {
      if (child.pid === undefined) return;
      killGroup(child.pid);
    }
  };
}
