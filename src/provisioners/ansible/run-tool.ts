// ansible-playbook and ansible-galaxy run on the runner, as shell-local's commands do: output
// streamed into the log line by line (ctx.log.output, which neutralises it), killed with SIGTERM
// when the build is cancelled or its timeout passes.
import { spawn } from 'node:child_process';
import { LineBuffer } from '../../communicator/lines.js';
import { messageOf, ProvisionerError } from '../../errors.js';
import type { ProvisionerContext } from '../types.js';

export interface ToolRun {
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
    const child = spawn(command!, args, { cwd: run.cwd, env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let captured = '';
    const stdout = new LineBuffer(line => ctx.log.output('stdout', line));
    const stderr = new LineBuffer(line => ctx.log.output('stderr', line));
    child.stdout.on('data', (chunk: Buffer) => {
      if (run.capture) captured += chunk.toString();
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const onAbort = () => {
      child.kill('SIGTERM');
      reject(ctx.signal.reason);
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', err => {
      ctx.signal.removeEventListener('abort', onAbort);
      reject(
        new ProvisionerError({
          provisioner: 'ansible',
          message: `could not run ${command}: ${messageOf(err)}`,
          cause: err
        })
      );
    });
    child.on('close', (code, signal) => {
      ctx.signal.removeEventListener('abort', onAbort);
      stdout.end();
      stderr.end();
      resolve({ code, signal, stdout: captured });
    });
  });
}

/** Packer's wording for a tool that did not exit 0. */
export function exitStatus(exit: ToolExit): string {
  return exit.code === null ? `signal: ${exit.signal}` : `exit status ${exit.code}`;
}
