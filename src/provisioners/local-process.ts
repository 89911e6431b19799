// A command a provisioner runs on the runner (shell-local's scripts, ansible-playbook, ansible-galaxy):
// output streamed into the log line by line (ctx.log.output, which neutralises it). Cancellation (or
// the provisioner's timeout) sends SIGTERM to its whole process group, a script's children and
// ansible's forks with their ssh included, then SIGKILL if it is still there after a few seconds;
// the run ends only when it is gone, so nothing it started outlives the build, and its files (a key,
// a script) are never removed under it.
import { spawn } from 'node:child_process';
import { LineBuffer } from '../communicator/lines.js';
import { messageOf, ProvisionerError } from '../errors.js';
import type { ProvisionerContext } from './types.js';

export interface ToolRun {
  /** Who runs it, for the error when it cannot start ("shell-local", "ansible"). */
  provisioner: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Collect stdout instead of logging it (the version check). */
  capture?: boolean;
}

export interface ToolExit {
  code: number | null;
  signal: string | null;
  stdout: string;
}

export function runTool(run: ToolRun, ctx: Pick<ProvisionerContext, 'log' | 'signal'>): Promise<ToolExit> {
  return new Promise((resolve, reject) => {
    ctx.signal.throwIfAborted();
    const [command, ...args] = run.argv;
    const child = spawn(command!, args, {
      cwd: run.cwd,
      env: run.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true // its own process group, so a cancel reaches ansible's workers too
    });
    let captured = '';
    const stdout = new LineBuffer(line => ctx.log.output('stdout', line));
    const stderr = new LineBuffer(line => ctx.log.output('stderr', line));
    child.stdout.on('data', (chunk: Buffer) => {
      if (run.capture) captured += chunk.toString();
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let aborted = false;
    let forceKill: NodeJS.Timeout | undefined;
    const onAbort = () => {
      aborted = true;
      killGroup(child.pid, 'SIGTERM');
      forceKill = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_AFTER_MS);
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', err => {
      ctx.signal.removeEventListener('abort', onAbort);
      reject(
        new ProvisionerError({
          provisioner: run.provisioner,
          message: `could not run ${command}: ${messageOf(err)}`,
          cause: err
        })
      );
    });
    child.on('close', (code, signal) => {
      ctx.signal.removeEventListener('abort', onAbort);
      clearTimeout(forceKill);
      stdout.end();
      stderr.end();
      if (aborted) reject(ctx.signal.reason);
      else resolve({ code, signal, stdout: captured });
    });
  });
}

const KILL_AFTER_MS = 3_000;

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Packer's wording for a tool that did not exit 0. */
export function exitStatus(exit: ToolExit): string {
  return exit.code === null ? `signal: ${exit.signal}` : `exit status ${exit.code}`;
}
