// What puppet-masterless and chef-solo do on the machine besides running their tool, as Packer's
// guestexec does it for a unix guest: make the staging directory (with sudo unless prevent_sudo, then
// open it to the login user with chmod 0777), upload into it, remove it. Output goes to ctx.log.output.
import type { ExecResult } from '../communicator/types.js';
import { CommunicatorError, ProvisionerError, messageOf } from '../errors.js';
import { shellQuote } from './env-vars.js';
import type { ProvisionerContext } from './types.js';

export class GuestCommands {
  constructor(
    private readonly ctx: ProvisionerContext,
    /** The provisioner's type, for messages. */
    private readonly provisioner: string,
    private readonly sudo: boolean
  ) {}

  /** Runs a command, its output to the log; cancellation kills it. */
  run(command: string): Promise<ExecResult> {
    return this.ctx.communicator.exec(command, {
      onStdout: line => this.ctx.log.output('stdout', line),
      onStderr: line => this.ctx.log.output('stderr', line),
      signal: this.ctx.signal,
      pty: this.ctx.pty
    });
  }

  /** `mkdir -p` then `chmod 0777`, as Packer's createDir. */
  async createDir(dir: string): Promise<void> {
    this.ctx.log.info(`Creating directory: ${dir}`);
    await this.check(`${this.prefix}mkdir -p ${shellQuote(dir)}`, `Error creating directory ${dir}`);
    await this.check(`${this.prefix}chmod 0777 ${shellQuote(dir)}`, `Error creating directory ${dir}`);
  }

  async removeDir(dir: string): Promise<void> {
    await this.check(`${this.prefix}rm -rf ${shellQuote(dir)}`, `Error removing staging directory ${dir}`);
  }

  /** The contents of a local directory into a fresh remote one. */
  async uploadDirectory(what: string, localDir: string, remoteDir: string): Promise<void> {
    await this.createDir(remoteDir);
    await this.transfer(`Error uploading ${what}`, () =>
      this.ctx.communicator.uploadDirectory(localDir, remoteDir)
    );
  }

  async upload(
    what: string,
    remotePath: string,
    content: Buffer | string | { localPath: string }
  ): Promise<void> {
    await this.transfer(`Error uploading ${what}`, () => this.ctx.communicator.upload(remotePath, content));
  }

  /** A failed run of the tool: the exit status, with its output already in the log. */
  failure(message: string, exitCode: number | null): ProvisionerError {
    return new ProvisionerError({ provisioner: this.provisioner, message, exitCode });
  }

  private get prefix(): string {
    return this.sudo ? 'sudo ' : '';
  }

  private async check(command: string, what: string): Promise<void> {
    const result = await this.run(command);
    if (result.exitCode !== 0)
      throw this.failure(
        `${what}: ${describeExit(result)}. See output above for more info.`,
        result.exitCode
      );
  }

  private async transfer(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (!(err instanceof CommunicatorError)) throw err;
      throw new ProvisionerError({
        provisioner: this.provisioner,
        message: `${what}: ${messageOf(err)}`,
        cause: err
      });
    }
  }
}

/** "exit status 4", "killed by SIGKILL", "the connection dropped". */
export function describeExit(result: ExecResult): string {
  if (result.disconnected) return 'the connection dropped before it finished';
  if (result.exitCode === null) return `killed by ${result.signal ?? 'a signal'}`;
  return `non-zero exit status ${result.exitCode}`;
}
