// The file provisioner, with Packer's path rules: a destination ending in "/" is a directory;
// a source directory ending in "/" uploads its contents, without it the directory itself.
// Downloads take a remote source ending in "/" as a directory too. A download reads a machine we
// do not control: symlinks inside a tree are skipped, and limits on entries and bytes (the
// BUILD_AMI_DOWNLOAD_MAX_FILES / _MAX_BYTES variables raise them) stop a runaway one.
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import {
  DEFAULT_DOWNLOAD_LIMITS,
  DownloadLimitError,
  describeLimit,
  type DownloadLimits,
  type DownloadResult
} from '../communicator/types.js';
import { CommunicatorError, ProvisionerError, messageOf } from '../errors.js';
import type { FileConfig } from './config.js';
import { findLocalPath } from './local-path.js';
import type { Provisioner, ProvisionerContext } from './types.js';

export class FileProvisioner implements Provisioner {
  constructor(private readonly config: FileConfig) {}

  async run(ctx: ProvisionerContext): Promise<void> {
    if (this.config.direction === 'download') return this.download(ctx);
    if (this.config.content !== undefined) return this.uploadContent(ctx, this.config.content);
    for (const source of this.sources()) await this.upload(ctx, source);
  }

  private sources(): readonly string[] {
    return this.config.source !== undefined ? [this.config.source] : (this.config.sources ?? []);
  }

  private async upload(ctx: ProvisionerContext, source: string): Promise<void> {
    const destination = this.config.destination;
    ctx.log.info(`Uploading ${source} => ${destination}`);
    const local = await findLocalPath(ctx, 'file', source);
    if ((await stat(local)).isDirectory()) {
      const remoteDir = source.endsWith('/') ? destination : posix.join(destination, basename(local));
      return transfer(`upload ${source} to ${remoteDir}`, () =>
        ctx.communicator.uploadDirectory(local, remoteDir)
      );
    }
    const remotePath = destination.endsWith('/') ? destination + basename(local) : destination;
    await transfer(
      `upload ${source} to ${remotePath}`,
      () => ctx.communicator.upload(remotePath, { localPath: local }),
      destination.endsWith('/')
        ? undefined
        : {
            when: /Failure|directory/i,
            text: `. If ${destination} is a directory, end the destination with "/"`
          }
    );
  }

  private async uploadContent(ctx: ProvisionerContext, content: string): Promise<void> {
    const destination = this.config.destination;
    // As Packer: content goes through a private temporary file, whose name and mode (0600) it keeps.
    const remotePath = destination.endsWith('/')
      ? `${destination}pkr-file-content${Math.floor((ctx.random ?? Math.random)() * 1e9)}`
      : destination;
    ctx.log.info(`Uploading content => ${remotePath}`);
    await transfer(`upload content to ${remotePath}`, () =>
      ctx.communicator.upload(remotePath, content, 0o600)
    );
  }

  private async download(ctx: ProvisionerContext): Promise<void> {
    const limits = downloadLimits(ctx.env ?? process.env);
    for (const source of this.sources()) {
      const destination = resolve(ctx.cwd ?? process.cwd(), this.config.destination);
      ctx.log.info(`Downloading ${source} => ${this.config.destination}`);
      if (source.endsWith('/')) {
        const result = await transfer(`download ${source} to ${destination}`, () =>
          ctx.communicator.downloadDirectory(source, destination, limits)
        );
        reportSkipped(ctx, source, result);
        continue;
      }
      const localPath = this.config.destination.endsWith('/')
        ? join(destination, posix.basename(source))
        : destination;
      await mkdir(dirname(localPath), { recursive: true });
      await transfer(
        `download ${source} to ${localPath}`,
        () => ctx.communicator.download(source, localPath, limits),
        { when: /is a directory/, text: '. To download a directory, end the source with "/"' }
      );
    }
  }
}

const LIMIT_VARIABLES: Record<keyof DownloadLimits, string> = {
  maxFiles: 'BUILD_AMI_DOWNLOAD_MAX_FILES',
  maxBytes: 'BUILD_AMI_DOWNLOAD_MAX_BYTES'
};

/** The download limits, each raised (or lowered) by its variable in the step's `env:`. */
export function downloadLimits(env: NodeJS.ProcessEnv): DownloadLimits {
  const read = (key: keyof DownloadLimits) => {
    const text = env[LIMIT_VARIABLES[key]];
    if (text === undefined || text === '') return DEFAULT_DOWNLOAD_LIMITS[key];
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0)
      throw new ProvisionerError({
        provisioner: 'file',
        message: `${LIMIT_VARIABLES[key]} must be a whole number, got ${JSON.stringify(text)}`
      });
    return value;
  };
  return { maxFiles: read('maxFiles'), maxBytes: read('maxBytes') };
}

function reportSkipped(ctx: ProvisionerContext, source: string, result: DownloadResult): void {
  if (result.skipped.length === 0) return;
  const shown = result.skipped.slice(0, 10).join(', ');
  const more = result.skipped.length > 10 ? ` and ${result.skipped.length - 10} more` : '';
  ctx.log.info(
    `Skipped ${result.skipped.length} symlink(s) or special file(s) in ${source} (symlinks are not followed): ${shown}${more}`
  );
}

/** Transfer failures become the provisioner's failure, with the communicator's error as the cause. */
async function transfer<T>(
  what: string,
  fn: () => Promise<T>,
  hint?: { when: RegExp; text: string }
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof CommunicatorError)) throw err;
    if (err.cause instanceof DownloadLimitError) {
      const { limit, value } = err.cause;
      throw new ProvisionerError({
        provisioner: 'file',
        message:
          `stopped the ${what}: ${messageOf(err.cause)}. The limit (${describeLimit(limit, value)}) keeps ` +
          `a download from filling the runner's disk; to raise it, set ${LIMIT_VARIABLES[limit]} in the step's env`,
        cause: err
      });
    }
    const message = messageOf(err);
    const advice = hint?.when.test(message) ? hint.text : '';
    throw new ProvisionerError({
      provisioner: 'file',
      message: `could not ${what}: ${message}${advice}`,
      cause: err
    });
  }
}
