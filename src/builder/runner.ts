// Runs a build as a plain list of steps, the way Packer's multistep does: each step may have
// a cleanup, registered as soon as the step starts, and the cleanups run in reverse order
// whatever happened: success, failure or cancellation. A cancelled build starts no new step.
// Cleanup failures are collected, not thrown, so one stuck resource does not stop the rest.
import type { Log } from '../log.js';
import { messageOf } from '../errors.js';

export type Outcome = 'succeeded' | 'failed' | 'cancelled';

export interface Step<S> {
  /** verb-noun, shown in the log and the timeline: "Launch instance". */
  title: string;
  run(state: S, signal: AbortSignal): Promise<void>;
  cleanup?(state: S, outcome: Outcome): Promise<void>;
}

export interface StepReport {
  title: string;
  startedAt: number;
  durationMs: number;
  status: 'succeeded' | 'failed' | 'cancelled';
  error?: string;
}

export interface RunReport {
  outcome: Outcome;
  steps: StepReport[];
  /** The error that ended the build, if it failed. */
  error?: unknown;
  cleanupErrors: { title: string; error: unknown }[];
}

export interface RunnerOptions {
  log: Log;
  signal: AbortSignal;
  now?: () => number;
}

export async function runSteps<S>(
  steps: readonly Step<S>[],
  state: S,
  options: RunnerOptions
): Promise<RunReport> {
  const now = options.now ?? Date.now;
  const reports: StepReport[] = [];
  const started: Step<S>[] = [];
  let outcome: Outcome = 'succeeded';
  let error: unknown;

  for (const step of steps) {
    if (options.signal.aborted) {
      outcome = 'cancelled';
      break;
    }
    started.push(step);
    const startedAt = now();
    try {
      await options.log.group(step.title, async () => {
        await step.run(state, options.signal);
        options.log.info(`${step.title}: done in ${((now() - startedAt) / 1000).toFixed(1)}s`);
      });
      reports.push({ title: step.title, startedAt, durationMs: now() - startedAt, status: 'succeeded' });
    } catch (err) {
      const cancelled = options.signal.aborted;
      outcome = cancelled ? 'cancelled' : 'failed';
      error = cancelled ? undefined : err;
      reports.push({
        title: step.title,
        startedAt,
        durationMs: now() - startedAt,
        status: cancelled ? 'cancelled' : 'failed',
        error: cancelled ? undefined : messageOf(err)
      });
      break;
    }
  }

  const cleanupErrors: RunReport['cleanupErrors'] = [];
  const withCleanup = started.filter(s => s.cleanup).reverse();
  if (withCleanup.length) {
    await options.log.group('Clean up', async () => {
      for (const step of withCleanup) {
        try {
          await step.cleanup!(state, outcome);
        } catch (err) {
          cleanupErrors.push({ title: step.title, error: err });
          options.log.warning(`Cleanup after "${step.title}" failed: ${messageOf(err)}`);
        }
      }
    });
  }
  return { outcome, steps: reports, error, cleanupErrors };
}
