// The Communicator for the docker builder: the container itself, reached through the Docker Engine.
// Commands run with exec as Packer's docker communicator runs them (`/bin/sh -c "(command)"`, as
// exec_user), files go in as tar archives (put-archive) and come out the same way (get-archive), so the
// shell and file provisioners run unchanged; with fix_upload_owner, what was uploaded is then handed to
// the container's user (`chown -R`, run as root), as Packer does. No connection is held open: close()
// only marks it closed.
import { readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { exec as engineExec, getArchive, putArchive, type EngineEndpoint } from '../docker/engine.js';
import { tarStream, writeTar, type TarEntryInput, type TarFileFromDisk } from '../docker/tar.js';
import { CommunicatorError, isBuildAmiError, messageOf } from '../errors.js';
import { downloadFileFromArchive, downloadTreeFromArchive } from './docker-download.js';
import { DEFAULT_DOWNLOAD_LIMITS, DownloadLimitError } from './download-limits.js';
import { LineBuffer } from './lines.js';
import type { Communicator, ExecOptions, ExecResult, ExecStreams, UploadContent } from './types.js';

export interface DockerCommunicatorOptions {
  endpoint: EngineEndpoint;
  containerId: string;
  /** exec_user: who commands run as (the image's user when unset). */
  user?: string;
  /** Where relative remote paths start (default `/`). */
  homeDir?: string;
  /**
   * fix_upload_owner (Packer's default: true): after each upload, `chown -R` the destination to this
   * owner (the container's configured user, `root` when the image sets none). Unset: uploads stay root's.
   */
  uploadOwner?: string;
}

export function dockerCommunicator(options: DockerCommunicatorOptions): Communicator {
  return new DockerCommunicator(options);
}

class DockerCommunicator implements Communicator {
  private closed = false;
  private readonly short: string;

  constructor(private readonly options: DockerCommunicatorOptions) {
    this.short = options.containerId.slice(0, 12);
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const out = new LineBuffer(options.onStdout);
    const err = new LineBuffer(options.onStderr);
    const result = await this.run(command, {
      tty: options.pty,
      signal: options.signal,
      stdout: c => out.push(c),
      stderr: c => err.push(c)
    });
    out.end();
    err.end();
    return result;
  }

  execStream(
    command: string,
    streams: ExecStreams,
    options: { signal?: AbortSignal; env?: Record<string, string> } = {}
  ): Promise<ExecResult> {
    return this.run(command, {
      signal: options.signal,
      env: options.env,
      stdin: streams.stdin,
      stdout: c => streams.stdout.write(c),
      stderr: c => streams.stderr.write(c)
    });
  }

  async upload(remotePath: string, content: UploadContent, mode?: number): Promise<void> {
    const path = this.resolve(remotePath);
    const name = posix.basename(path);
    let tar: Buffer | NodeJS.ReadableStream;
    if (typeof content === 'object' && !Buffer.isBuffer(content)) {
      const stat = statSync(content.localPath);
      tar = tarStream([
        { name, mode: mode ?? stat.mode & 0o7777, localPath: content.localPath, size: stat.size }
      ]);
    } else {
      tar = writeTar([{ name, type: 'file', mode: mode ?? 0o644, content: Buffer.from(content) }]);
    }
    await this.transfer(`uploading ${path}`, () =>
      putArchive(this.options.endpoint, this.options.containerId, posix.dirname(path), tar)
    );
    await this.fixOwner(path);
  }

  async uploadDirectory(localDir: string, remoteDir: string): Promise<void> {
    const dir = this.resolve(remoteDir);
    const made = await this.run(`mkdir -p ${shellQuote(dir)}`, {
      stdout: () => undefined,
      stderr: () => undefined
    });
    if (made.exitCode !== 0) {
      throw new CommunicatorError({ message: `Could not create ${dir} in container ${this.short}` });
    }
    const tar = tarStream(localEntries(localDir));
    await this.transfer(`uploading ${localDir} to ${dir}`, () =>
      putArchive(this.options.endpoint, this.options.containerId, dir, tar)
    );
    await this.fixOwner(dir);
  }

  /** fix_upload_owner: hands an uploaded path to the container's user, as root. */
  private async fixOwner(path: string): Promise<void> {
    const owner = this.options.uploadOwner;
    if (owner === undefined) return;
    const output: string[] = [];
    const result = await this.run(`chown -R ${shellQuote(owner)} ${shellQuote(path)}`, {
      user: 'root',
      stdout: c => output.push(c.toString()),
      stderr: c => output.push(c.toString())
    });
    if (result.exitCode !== 0) {
      throw new CommunicatorError({
        message: `Could not set the owner of ${path} to ${owner} in container ${this.short}: ${output.join('').trim()}`
      });
    }
  }

  download(remotePath: string, localPath: string, limits = DEFAULT_DOWNLOAD_LIMITS) {
    const path = this.resolve(remotePath);
    return this.transfer(`downloading ${path}`, () =>
      downloadFileFromArchive(
        p => getArchive(this.options.endpoint, this.options.containerId, p),
        path,
        localPath,
        limits
      )
    );
  }

  downloadDirectory(remoteDir: string, localDir: string, limits = DEFAULT_DOWNLOAD_LIMITS) {
    const dir = this.resolve(remoteDir);
    return this.transfer(`downloading ${dir}`, () =>
      downloadTreeFromArchive(
        p => getArchive(this.options.endpoint, this.options.containerId, p),
        dir,
        localDir,
        limits
      )
    );
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async run(
    command: string,
    io: {
      user?: string;
      tty?: boolean;
      signal?: AbortSignal;
      env?: Record<string, string>;
      stdin?: NodeJS.ReadableStream;
      stdout: (c: Buffer) => void;
      stderr: (c: Buffer) => void;
    }
  ): Promise<ExecResult> {
    this.assertOpen();
    try {
      return await engineExec(
        this.options.endpoint,
        this.options.containerId,
        {
          Cmd: ['/bin/sh', '-c', `(${command})`],
          User: io.user ?? this.options.user,
          Tty: io.tty ?? false,
          Env: io.env ? Object.entries(io.env).map(([k, v]) => `${k}=${v}`) : undefined
        },
        { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, signal: io.signal }
      );
    } catch (err) {
      if (io.signal?.aborted) throw io.signal.reason;
      throw new CommunicatorError({
        message: `Could not run a command in container ${this.short}: ${messageOf(err)}`,
        cause: err
      });
    }
  }

  private async transfer<T>(doing: string, action: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await action();
    } catch (err) {
      if (err instanceof DownloadLimitError) throw err;
      const message = isBuildAmiError(err)
        ? err.message
        : `${doing} in container ${this.short}: ${messageOf(err)}`;
      throw new CommunicatorError({ message, cause: err });
    }
  }

  private resolve(remotePath: string): string {
    const home = this.options.homeDir ?? '/';
    const path = remotePath.startsWith('~/') ? remotePath.slice(2) : remotePath;
    return posix.resolve(home, path);
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new CommunicatorError({ message: `The communicator for container ${this.short} is closed` });
    }
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** localDir's contents as archive entries, symlinks followed (as the SSH communicator uploads them). */
function localEntries(localDir: string, prefix = ''): (TarEntryInput | TarFileFromDisk)[] {
  const entries: (TarEntryInput | TarFileFromDisk)[] = [];
  for (const name of readdirSync(join(localDir, prefix)).sort()) {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    const full = join(localDir, relative);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      entries.push({ name: relative, type: 'directory', mode: stat.mode & 0o7777 });
      entries.push(...localEntries(localDir, relative));
    } else if (stat.isFile()) {
      entries.push({ name: relative, mode: stat.mode & 0o7777, localPath: full, size: stat.size });
    }
  }
  return entries;
}
