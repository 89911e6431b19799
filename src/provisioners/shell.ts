// The shell provisioner, as Packer runs it: each script (or the inline commands, written out as
// one) is uploaded to the same remote path, started with execute_command and the build's
// variables, its output streamed line by line, its exit code checked, and the file removed.
import { readFile, stat } from 'node:fs/promises';
import { sleep as longSleep } from '../timers.js';
import { formatDuration } from '../communicator/connect-retry.js';
import type { ExecResult } from '../communicator/types.js';
import { ProvisionerError } from '../errors.js';
import { renderCommand } from './command-template.js';
import type { ShellConfig } from './config.js';
import { envVars, flattenEnvVars, shellQuote } from './env-vars.js';
import { findLocalPath } from './local-path.js';
import { retryStart, type Connection } from './start-retry.js';
import type { Provisioner, ProvisionerContext } from './types.js';

/** The exit status Packer gives a command whose connection dropped; valid_exit_codes may list it. */
export const DISCONNECT_EXIT_CODE = 2300218;

const FIVE_MINUTES = 5 * 60_000;

interface Script {
  /** "inline" or the script's path as the template gives it. */
  label: string;
  content: Buffer;
  mode: number;
}

export class ShellProvisioner implements Provisioner {
  constructor(private readonly config: ShellConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const random = ctx.random ?? Math.random;
    const remoteFolder = c.remote_folder ?? '/tmp';
    const remotePath =
      c.remote_path ?? `${remoteFolder}/${c.remote_file ?? `script_${goIntn(random, 9999)}.sh`}`;
    const envVarFile = c.use_env_var_file ? `${remoteFolder}/varfile_${goIntn(random, 9999)}.sh` : '';
    const vars = flattenEnvVars(
      envVars({ ...c, buildName: ctx.buildName, builderType: ctx.builderType }),
      c.env_var_format ?? (c.use_env_var_file ? "export %s='%s'\n" : "%s='%s' ")
    );
    const command = renderCommand(
      c.execute_command ??
        (c.use_env_var_file
          ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}'
          : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}'),
      { Path: remotePath, Vars: vars, EnvVarFile: envVarFile }
    );
    const startRetryTimeout = c.start_retry_timeout || FIVE_MINUTES;
    const connection: Connection = { current: ctx.communicator };

    if (envVarFile) {
      await retryStart(ctx, connection, startRetryTimeout, `uploading ${envVarFile}`, comm =>
        comm.upload(envVarFile, vars, 0o600)
      );
    }
    for (const script of await this.scripts(ctx)) {
      ctx.log.info(`Provisioning with shell script: ${script.label}`);
      const content = c.binary ? script.content : toUnixLineEndings(script.content);
      // Upload and start together: after a reboot the uploaded file may be gone, so both are retried.
      const result = await retryStart(
        ctx,
        connection,
        startRetryTimeout,
        `starting ${remotePath}`,
        async comm => {
          await comm.upload(remotePath, content, script.mode);
          return comm.exec(command, {
            onStdout: line => ctx.log.output('stdout', line),
            onStderr: line => ctx.log.output('stderr', line),
            signal: ctx.signal,
            pty: ctx.pty
          });
        }
      );
      this.check(result, script, remotePath, ctx);
      if (!c.skip_clean) await removeRemote(ctx, connection, startRetryTimeout, remotePath);
    }
    if (envVarFile && !c.skip_clean) await removeRemote(ctx, connection, startRetryTimeout, envVarFile);

    if (c.pause_after) {
      ctx.log.info(`Pausing ${formatDuration(c.pause_after)} after this provisioner...`);
      await (ctx.sleep ?? longSleep)(c.pause_after, ctx.signal);
    }
  }

  /** The scripts to run, in order: the inline commands as one script, or the files read from disk. */
  private async scripts(ctx: ProvisionerContext): Promise<Script[]> {
    const c = this.config;
    if (c.inline) {
      const text = `#!${c.inline_shebang ?? '/bin/sh -e'}\n${c.inline.map(line => `${line}\n`).join('')}`;
      // Packer writes inline commands to a private temporary file and uploads it with that file's mode.
      return [{ label: 'inline', content: Buffer.from(text), mode: 0o600 }];
    }
    const paths = c.script !== undefined ? [c.script] : (c.scripts ?? []);
    return Promise.all(
      paths.map(async path => {
        const local = await findLocalPath(ctx, 'shell', path);
        return { label: path, content: await readFile(local), mode: (await stat(local)).mode & 0o777 };
      })
    );
  }

  private check(result: ExecResult, script: Script, remotePath: string, ctx: ProvisionerContext): void {
    const valid = this.config.valid_exit_codes ?? [0];
    const which = `script ${remotePath} (${script.label})`;
    if (result.disconnected) {
      if (this.config.expect_disconnect || valid.includes(DISCONNECT_EXIT_CODE)) {
        ctx.log.info(`The connection dropped while ${which} ran, as expect_disconnect allows.`);
        return;
      }
      throw new ProvisionerError({
        provisioner: 'shell',
        message:
          `${which} lost its connection before it finished. If the script reboots the machine or restarts ` +
          'sshd, add "expect_disconnect": true to this provisioner.',
        script: script.label,
        exitCode: null
      });
    }
    if (result.exitCode !== null && valid.includes(result.exitCode)) return;
    const how =
      result.exitCode === null
        ? `was killed by ${result.signal ?? 'a signal'}`
        : `exited with code ${result.exitCode}`;
    throw new ProvisionerError({
      provisioner: 'shell',
      message: `${which} ${how}; valid_exit_codes allows ${valid.join(', ')}. Its output is above.`,
      script: script.label,
      exitCode: result.exitCode
    });
  }
}

/** Removes a file the provisioner uploaded, reconnecting first if the script rebooted the machine. */
async function removeRemote(
  ctx: ProvisionerContext,
  connection: Connection,
  timeoutMs: number,
  path: string
) {
  const result = await retryStart(ctx, connection, timeoutMs, `removing ${path}`, comm =>
    comm.exec(`rm -f ${shellQuote(path)}`, { signal: ctx.signal })
  );
  if (result.exitCode !== 0) {
    throw new ProvisionerError({
      provisioner: 'shell',
      message: `could not remove the temporary script ${path}`,
      script: path
    });
  }
}

/** Go's rand.Intn(n): a whole number in [0, n). */
function goIntn(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Scripts written on Windows run on Linux: CRLF becomes LF, unless `binary` says the bytes matter. */
function toUnixLineEndings(content: Buffer): Buffer {
  return content.includes('\r\n')
    ? Buffer.from(content.toString('latin1').replaceAll('\r\n', '\n'), 'latin1')
    : content;
}
