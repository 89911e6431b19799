// `build-ami build`: the action's main step (runMain) on a terminal, then its post step's cleanup
// (cleanUpAfterMain) in the same process, so a failed or interrupted build leaves nothing behind.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { runMain } from '../run-main.js';
import { cleanUpAfterMain } from '../run-post.js';
import { TAGS } from '../tags.js';
import type { CliArgs } from './args.js';
import { terminalRunner, type Terminal } from './terminal-runner.js';

export const EXIT_INTERRUPTED = 130;

/** The action's inputs, from the command line; Packer always builds, so reuse is off. */
export function inputsOf(args: CliArgs): Record<string, string> {
  return {
    mode: 'build',
    template: args.template!,
    variables: args.vars.join('\n'),
    'var-files': args.varFiles.join('\n'),
    only: args.only.join(','),
    except: args.except.join(','),
    'working-directory': '.',
    reuse: 'never',
    'comment-on-pr': 'false'
  };
}

/** The commit the template is at, for the build-ami:commit tag (GITHUB_SHA on a runner). */
export function commitOf(template: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dirname(resolve(template)),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    return '';
  }
}

export async function build(
  args: CliArgs,
  processEnv: NodeJS.ProcessEnv,
  terminal: Terminal
): Promise<number> {
  const sha = processEnv.GITHUB_SHA || commitOf(args.template!);
  const env: NodeJS.ProcessEnv = {
    ...processEnv,
    ...(sha ? { GITHUB_SHA: sha } : {}),
    GITHUB_WORKSPACE: process.cwd()
  };
  const runner = terminalRunner(inputsOf(args), terminal, Boolean(env.BUILD_AMI_DEBUG));
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      terminal.err(
        `\n${signal} received: stopping the build and removing everything it created (press Ctrl-C again to exit without finishing the cleanup).`
      );
      controller.abort(new Error(`interrupted (${signal})`));
      return;
    }
    const buildId = runner.getState('build-id');
    terminal.err(
      `${signal} received again: exiting without finishing the cleanup.${
        buildId ? ` What remains carries the tag ${TAGS.buildId}=${buildId}.` : ''
      }`
    );
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  await runMain(runner, controller.signal, env);
  // The post step's work, at once: after a success it only double-checks.
  terminal.out('==> Cleanup');
  await cleanUpAfterMain(runner, env);

  if (runner.outputs.size) {
    terminal.out('==> Outputs');
    for (const [name, value] of runner.outputs)
      if (value && !value.includes('\n')) terminal.out(`${name}: ${value}`);
  }
  if (controller.signal.aborted) return EXIT_INTERRUPTED;
  return runner.failed || (process.exitCode ?? 0) !== 0 ? 1 : 0;
}
