// What ansible-local does on the machine, each a small step with Packer's error wording: make or
// remove a directory, upload a file or a tree, run a command with its output streamed to the log.
import { CommunicatorError, ProvisionerError, messageOf } from '../../errors.js';
import { shellQuote } from '../env-vars.js';
import type { ProvisionerContext } from '../types.js';

const PROVISIONER = 'ansible-local';

export async function createDir(ctx: ProvisionerContext, dir: string): Promise<void> {
  ctx.log.info(`Creating directory: ${dir}`);
  await runChecked(ctx, `mkdir -p ${shellQuote(dir)}`, `could not create the directory ${dir}`);
}

export async function removeDir(ctx: ProvisionerContext, dir: string): Promise<void> {
  ctx.log.info(`Removing directory: ${dir}`);
  await runChecked(ctx, `rm -rf ${shellQuote(dir)}`, `could not remove the directory ${dir}`);
}

export async function uploadFile(ctx: ProvisionerContext, what: string, local: string, remote: string) {
  await transfer(`upload ${what} ${local} to ${remote}`, () =>
    ctx.communicator.upload(remote, { localPath: local })
  );
}

export async function uploadText(ctx: ProvisionerContext, what: string, text: string, remote: string) {
  await transfer(`upload ${what} to ${remote}`, () => ctx.communicator.upload(remote, text));
}

/** The contents of `local` into `remote` (created with its parents), as Packer's uploadDir. */
export async function uploadDir(ctx: ProvisionerContext, what: string, local: string, remote: string) {
  await transfer(`upload ${what} ${local} to ${remote}`, () =>
    ctx.communicator.uploadDirectory(local, remote)
  );
}

/** Runs `command`, its output to the log line by line; resolves to its exit code (null: killed). */
export async function run(ctx: ProvisionerContext, command: string): Promise<number | null> {
  ctx.signal.throwIfAborted();
  const result = await ctx.communicator.exec(command, {
    onStdout: line => ctx.log.output('stdout', line),
    onStderr: line => ctx.log.output('stderr', line),
    signal: ctx.signal,
    pty: ctx.pty
  });
  if (result.disconnected)
    throw new ProvisionerError({
      provisioner: PROVISIONER,
      message: `the connection dropped while running: ${command}`,
      exitCode: null
    });
  return result.exitCode;
}

async function runChecked(ctx: ProvisionerContext, command: string, failure: string): Promise<void> {
  const exitCode = await run(ctx, command);
  if (exitCode !== 0)
    throw new ProvisionerError({
      provisioner: PROVISIONER,
      message: `${failure} (exit status ${exitCode ?? 'none: killed'}); its output is above`,
      exitCode
    });
}

async function transfer(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof CommunicatorError)) throw err;
    throw new ProvisionerError({
      provisioner: PROVISIONER,
      message: `could not ${what}: ${messageOf(err)}`,
      cause: err
    });
  }
}
