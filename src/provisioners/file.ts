// The file provisioner, with Packer's path rules: a destination ending in "/" is a directory;
// a source directory ending in "/" uploads its contents, without it the directory itself.
// Downloads take a remote source ending in "/" as a directory too.
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
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
    for (const source of this.sources()) {
      const destination = resolve(ctx.cwd ?? process.cwd(), this.config.destination);
      ctx.log.info(`Downloading ${source} => ${this.config.destination}`);
      if (source.endsWith('/')) {
        await transfer(`download ${source} to ${destination}`, () =>
          ctx.communicator.downloadDirectory(source, destination)
        );
        continue;
      }
      const localPath = this.config.destination.endsWith('/')
        ? join(destination, posix.basename(source))
        : destination;
      await mkdir(dirname(localPath), { recursive: true });
      await transfer(
        `download ${source} to ${localPath}`,
        () => ctx.communicator.download(source, localPath),
        { when: /is a directory/, text: '. To download a directory, end the source with "/"' }
      );
    }
  }
}

/** Transfer failures become the provisioner's failure, with the communicator's error as the cause. */
async function transfer(what: string, fn: () => Promise<void>, hint?: { when: RegExp; text: string }) {
  try {
    await fn();
  } catch (err) {
    if (!(err instanceof CommunicatorError)) throw err;
    const message = messageOf(err);
    const advice = hint?.when.test(message) ? hint.text : '';
    throw new ProvisionerError({
      provisioner: 'file',
      message: `could not ${what}: ${message}${advice}`,
      cause: err
    });
  }
}
