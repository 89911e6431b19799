// The provisioning sequence both builders share: what the run page says and what the build ends with
// when a provisioner is retried, times out, or fails with an error-cleanup-provisioner in the template.
import { runProvisioners } from '../../src/builder/provision-sequence.js';
import type { Log } from '../../src/log.js';
import type { Provisioner } from '../../src/template/types.js';

function shell(name: string, extra: Partial<Provisioner> = {}): Provisioner {
  return {
    type: 'shell',
    inline: [name],
    pauseBeforeMs: 0,
    maxRetries: 0,
    ...extra
  } as unknown as Provisioner;
}
const nameOf = (plan: Provisioner) => (plan as unknown as { inline: string[] }).inline[0];

function world(fail: (name: string, attempt: number) => 'ok' | 'fail' | 'hang') {
  const lines: string[] = [];
  const ran: string[] = [];
  const slept: number[] = [];
  const attempts = new Map<string, number>();
  const log = {
    info: (line: string) => lines.push(line),
    warning: (line: string) => lines.push(`warning: ${line}`)
  } as unknown as Log;
  const sequence = {
    log,
    sleep: async (ms: number) => void slept.push(ms),
    runOnce: (plan: Provisioner, signal: AbortSignal) => {
      const name = nameOf(plan);
      const attempt = attempts.get(name) ?? 0;
      attempts.set(name, attempt + 1);
      ran.push(name);
      const outcome = fail(name, attempt);
      if (outcome === 'ok') return Promise.resolve();
      if (outcome === 'fail') return Promise.reject(new Error(`${name} exited 1`));
      return new Promise<void>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted')))
      );
    }
  };
  return { sequence, lines, ran, slept };
}

test('a failing provisioner is retried max_retries times, each retry said on the run page', async () => {
  const w = world((name, attempt) => (name === 'flaky' && attempt < 2 ? 'fail' : 'ok'));
  await runProvisioners(
    w.sequence,
    [shell('flaky', { maxRetries: 2 }), shell('next')],
    undefined,
    new AbortController().signal
  );
  expect(w.ran).toEqual(['flaky', 'flaky', 'flaky', 'next']);
  expect(w.lines).toContain('warning: Provisioner 1/2 failed, retrying: flaky exited 1');
  expect(w.lines).toContain('Provisioner 1/2: shell (retry 2 of 2)');
});

test('a provisioner past its timeout fails the build naming it and the timeout', async () => {
  const w = world(() => 'hang');
  await expect(
    runProvisioners(w.sequence, [shell('slow', { timeoutMs: 50 })], undefined, new AbortController().signal)
  ).rejects.toThrow(/provisioner 1\/1 \(shell\).*Raise its "timeout"/s);
});

test('when one fails, the error-cleanup-provisioner runs and the first error is what the build ends with', async () => {
  const w = world(name => (name === 'broken' ? 'fail' : 'ok'));
  await expect(
    runProvisioners(
      w.sequence,
      [shell('broken'), shell('never')],
      shell('cleanup'),
      new AbortController().signal
    )
  ).rejects.toThrow('broken exited 1');
  expect(w.ran).toEqual(['broken', 'cleanup']);
  expect(w.lines).toContain('warning: A provisioner failed: running the error-cleanup-provisioner');
});

test('pause_before waits before the provisioner and says so', async () => {
  const w = world(() => 'ok');
  await runProvisioners(
    w.sequence,
    [shell('one', { pauseBeforeMs: 3000 })],
    undefined,
    new AbortController().signal
  );
  expect(w.slept).toEqual([3000]);
  expect(w.lines[0]).toBe('Pausing 3s before provisioner 1/1 (pause_before)');
});
