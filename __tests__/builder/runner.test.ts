// The step runner: cleanups run in reverse order on success, failure and cancellation, and a
// cancelled build starts no new step.
import { runSteps, type Step } from '../../src/builder/runner.js';
import type { Log } from '../../src/log.js';

const quietLog = (lines: string[] = []): Log => ({
  info: l => lines.push(l),
  warning: l => lines.push(`warning: ${l}`),
  error: l => lines.push(`error: ${l}`),
  debug: () => undefined,
  group: async (_title, fn) => fn()
});

function recordingSteps(events: string[], failAt?: string, onRun?: (title: string) => void): Step<object>[] {
  return ['a', 'b', 'c'].map(title => ({
    title,
    run: async () => {
      events.push(`run ${title}`);
      onRun?.(title);
      if (title === failAt) throw new Error(`${title} broke`);
    },
    cleanup: async (_state, outcome) => {
      events.push(`cleanup ${title} (${outcome})`);
    }
  }));
}

test('on success every cleanup runs, in reverse order', async () => {
  const events: string[] = [];
  const report = await runSteps(
    recordingSteps(events),
    {},
    { log: quietLog(), signal: new AbortController().signal }
  );
  expect(report.outcome).toBe('succeeded');
  expect(events).toEqual([
    'run a',
    'run b',
    'run c',
    'cleanup c (succeeded)',
    'cleanup b (succeeded)',
    'cleanup a (succeeded)'
  ]);
});

test('a failing step stops the build; the steps that started are cleaned up, the failing one too', async () => {
  const events: string[] = [];
  const report = await runSteps(
    recordingSteps(events, 'b'),
    {},
    { log: quietLog(), signal: new AbortController().signal }
  );
  expect(report.outcome).toBe('failed');
  expect((report.error as Error).message).toBe('b broke');
  expect(report.steps.map(s => [s.title, s.status])).toEqual([
    ['a', 'succeeded'],
    ['b', 'failed']
  ]);
  expect(events).toEqual(['run a', 'run b', 'cleanup b (failed)', 'cleanup a (failed)']);
});

test('cancellation starts no new step and cleans up what started', async () => {
  const events: string[] = [];
  const controller = new AbortController();
  const steps = recordingSteps(events, undefined, title => title === 'a' && controller.abort());
  const report = await runSteps(steps, {}, { log: quietLog(), signal: controller.signal });
  expect(report.outcome).toBe('cancelled');
  expect(events).toEqual(['run a', 'cleanup a (cancelled)']);
});

test('a failing cleanup is reported and the other cleanups still run', async () => {
  const lines: string[] = [];
  const events: string[] = [];
  const steps = recordingSteps(events);
  steps[1].cleanup = async () => {
    throw new Error('group still in use');
  };
  const report = await runSteps(steps, {}, { log: quietLog(lines), signal: new AbortController().signal });
  expect(events.filter(e => e.startsWith('cleanup'))).toEqual([
    'cleanup c (succeeded)',
    'cleanup a (succeeded)'
  ]);
  expect(report.cleanupErrors.map(e => e.title)).toEqual(['b']);
  expect(lines).toContain('warning: Cleanup after "b" failed: group still in use');
});
