// Downloads out of a container: the Engine hands a path over as a tar stream, read here entry by entry
// straight to disk, under the same limits and with the same results as an SFTP download (a file's
// symlink followed; inside a directory, symlinks and special files skipped and listed; no entry may
// land outside the local folder).
import { chmodSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join, posix } from 'node:path';
import { TarReader, type TarEntry, type TarEntrySink } from '../docker/tar.js';
import { DownloadLimitError, type DownloadLimits, type DownloadResult } from './download-limits.js';

/** Fetches the archive of one remote path (the communicator's getArchive, bound to its container). */
export type ArchiveSource = (remotePath: string) => Promise<IncomingMessage>;

export async function downloadFileFromArchive(
  source: ArchiveSource,
  remotePath: string,
  localPath: string,
  limits: DownloadLimits
): Promise<DownloadResult> {
  let path = remotePath;
  for (let hops = 0; hops < 16; hops++) {
    let link: string | undefined;
    let bytes = 0;
    await readArchive(await source(path), (entry, index) => {
      if (index > 0) return undefined;
      if (entry.type === 'symlink') {
        link = posix.resolve(posix.dirname(path), entry.linkTarget);
        return undefined;
      }
      if (entry.type === 'directory') throw new Error(`${remotePath} is a directory, not a file`);
      if (entry.type !== 'file') throw new Error(`${remotePath} is not a regular file`);
      if (entry.size > limits.maxBytes) {
        throw new DownloadLimitError({
          limit: 'maxBytes',
          value: limits.maxBytes,
          message: `${remotePath} is ${entry.size} bytes, more than ${limits.maxBytes}`
        });
      }
      bytes = entry.size;
      mkdirSync(dirname(localPath), { recursive: true });
      return fileSink(localPath, entry.mode & 0o777);
    });
    if (link === undefined) return { files: 1, bytes, skipped: [] };
    path = link;
  }
  throw new Error(`${remotePath}: too many levels of symbolic links`);
}

export async function downloadTreeFromArchive(
  source: ArchiveSource,
  remoteDir: string,
  localDir: string,
  limits: DownloadLimits
): Promise<DownloadResult> {
  const result: DownloadResult = { files: 0, bytes: 0, skipped: [] };
  const dirs: { path: string; mode: number }[] = [];
  let entries = 0;
  mkdirSync(localDir, { recursive: true });
  await readArchive(await source(remoteDir), (entry, index) => {
    if (index === 0) {
      if (entry.type !== 'directory') throw new Error(`${remoteDir}: not a directory`);
      return undefined;
    }
    // The archive names everything under the directory's own base name.
    const relative = entry.name.split('/').slice(1).join('/');
    if (relative.split('/').some(part => part === '' || part === '.' || part === '..')) {
      throw new Error(`${remoteDir} holds an entry named ${JSON.stringify(entry.name)}`);
    }
    if (++entries > limits.maxFiles) {
      throw new DownloadLimitError({
        limit: 'maxFiles',
        value: limits.maxFiles,
        message: `${remoteDir} holds more than ${limits.maxFiles} entries`
      });
    }
    if (entry.type === 'directory') {
      mkdirSync(join(localDir, relative), { recursive: true, mode: 0o700 });
      dirs.push({ path: relative, mode: entry.mode & 0o777 });
      return undefined;
    }
    if (entry.type !== 'file') {
      result.skipped.push(relative);
      return undefined;
    }
    result.files++;
    result.bytes += entry.size;
    if (result.bytes > limits.maxBytes) {
      throw new DownloadLimitError({
        limit: 'maxBytes',
        value: limits.maxBytes,
        message: `the files in ${remoteDir} hold more than ${limits.maxBytes} bytes`
      });
    }
    mkdirSync(dirname(join(localDir, relative)), { recursive: true });
    return fileSink(join(localDir, relative), entry.mode & 0o777);
  });
  for (const d of dirs.reverse()) chmodSync(join(localDir, d.path), d.mode | 0o700);
  return result;
}

/** Reads a tar response to its end; an error thrown by onEntry stops the download and rejects. */
async function readArchive(
  res: IncomingMessage,
  onEntry: (entry: TarEntry, index: number) => TarEntrySink | undefined
): Promise<void> {
  let index = 0;
  const reader = new TarReader(entry => onEntry(entry, index++));
  try {
    for await (const chunk of res) {
      reader.push(chunk as Buffer);
      if (reader.ended) break;
    }
  } finally {
    res.destroy();
  }
}

function fileSink(path: string, mode: number): TarEntrySink {
  const fd = openSync(path, 'w', 0o600);
  return {
    write: chunk => {
      writeSync(fd, chunk);
    },
    end: () => {
      closeSync(fd);
      chmodSync(path, mode);
    }
  };
}
