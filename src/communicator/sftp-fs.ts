// SFTP's callback API as the promise-based RemoteFs that transfers use. The SFTP session is
// described here by shape only (ssh2's SFTPWrapper fits it), so that ssh.ts and the ansible
// proxy stay the only modules that import ssh2.
import { DownloadLimitError } from './download-limits.js';
import { canSftpPut, sftpPut } from './sftp-put.js';
import type { RemoteFs, RemoteStat } from './transfer.js';

type Done = (err?: Error | null) => void;

interface SftpStats {
  mode: number;
  size: number;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface SftpSession {
  writeFile(path: string, data: Buffer, options: { mode: number }, callback: Done): void;
  chmod(path: string, mode: number, callback: Done): void;
  fastPut(
    localPath: string,
    remotePath: string,
    options: { mode: number; chunkSize: number; concurrency: number },
    callback: Done
  ): void;
  fastGet(
    remotePath: string,
    localPath: string,
    options: { step: (transferred: number) => void },
    callback: Done
  ): void;
  mkdir(path: string, attributes: { mode: number }, callback: Done): void;
  stat(path: string, callback: (err: Error | undefined, stats: SftpStats) => void): void;
  opendir(path: string, callback: (err: Error | undefined, handle: Buffer) => void): void;
  readdir(
    handle: Buffer,
    callback: (err: Error | undefined, list: { filename: string; attrs: SftpStats }[]) => void
  ): void;
  close(handle: Buffer, callback: Done): void;
  /** Ends the session (ssh.ts opens a new one for the next transfer). */
  end(): void;
}

/** SFTP status codes for the end of a listing (SSH_FX_EOF) and "no such file" (SSH_FX_NO_SUCH_FILE). */
const EOF = 1;
const NO_SUCH_FILE = 2;

/**
 * Uploads move in writes this large, this many in flight: the largest write OpenSSH's sftp-server
 * takes in one request (256 KiB less the packet overhead, within the 255 KiB its limits extension
 * announces), and enough of them to fill the 2 MiB channel window OpenSSH grants. ssh2's defaults
 * (32 KiB, 64 in flight) spend the time in per-request work, and sshd answers 8 times as many
 * requests. Measured (Node 24, no addon, ssh2-gcm.ts): 64 KiB to 256 KiB writes and 4 to 16 in
 * flight cost about the same CPU; what is left is per 32 KiB SSH packet (the ciphertext buffer
 * node:crypto allocates, and the garbage collections its buffers bring) and sshd's own copying.
 * sftp-put.ts sends the writes (fastPut only if ssh2's internals are not as it expects).
 */
export const UPLOAD_CHUNK_BYTES = 256 * 1024 - 2048;
export const UPLOAD_IN_FLIGHT = 8;

export function sftpFs(sftp: SftpSession): RemoteFs {
  let limitError: DownloadLimitError | undefined;
  const call = (fn: (done: Done) => void) =>
    new Promise<void>((resolve, reject) => fn(err => (err ? reject(err) : resolve())));
  const stat = (path: string) =>
    new Promise<RemoteStat | undefined>((resolve, reject) =>
      sftp.stat(path, (err, stats) => {
        if (err) return (err as { code?: unknown }).code === NO_SUCH_FILE ? resolve(undefined) : reject(err);
        resolve(toStat(stats));
      })
    );
  return {
    // Modes are set explicitly after the write: the one given at open is trimmed by the server's umask.
    writeFile: async (path, data, mode) => {
      await call(done => sftp.writeFile(path, data, { mode }, done));
      await call(done => sftp.chmod(path, mode, done));
    },
    putFile: (localPath, path, mode) =>
      canSftpPut(sftp)
        ? sftpPut(sftp, localPath, path, { mode, chunkBytes: UPLOAD_CHUNK_BYTES, inFlight: UPLOAD_IN_FLIGHT })
        : call(done =>
            sftp.fastPut(
              localPath,
              path,
              { mode, chunkSize: UPLOAD_CHUNK_BYTES, concurrency: UPLOAD_IN_FLIGHT },
              done
            )
          ),
    getFile: (path, localPath, maxBytes) =>
      new Promise<void>((resolve, reject) => {
        let over = false;
        const step = (transferred: number) => {
          if (over || transferred <= maxBytes) return;
          // The file is bigger than its listing said: ending the session is the one way to stop
          // fastGet's reads in flight (ssh.ts opens a fresh session for the next transfer).
          over = true;
          limitError ??= new DownloadLimitError({
            limit: 'maxBytes',
            value: maxBytes,
            message: `${path} grew past ${maxBytes} bytes while it was read`
          });
          sftp.end();
        };
        sftp.fastGet(path, localPath, { step }, err => {
          // Every transfer in flight fails with the session; each says why it was ended.
          if (limitError) reject(limitError);
          else if (err) reject(err);
          else resolve();
        });
      }),
    mkdir: (path, mode) => call(done => sftp.mkdir(path, { mode }, done)),
    stat,
    // Batch by batch on one handle, so that a directory of a million entries is never read whole.
    readdir: (path, maxEntries = Infinity) =>
      new Promise((resolve, reject) =>
        sftp.opendir(path, (err, handle) => {
          if (err) return reject(err);
          const entries: { name: string; stat: RemoteStat }[] = [];
          const finish = (outcome: Error | undefined) =>
            sftp.close(handle, () => (outcome ? reject(outcome) : resolve(entries)));
          const more = () =>
            sftp.readdir(handle, (err, list) => {
              if (err) return finish((err as { code?: unknown }).code === EOF ? undefined : err);
              for (const e of list) {
                if (e.filename === '.' || e.filename === '..') continue;
                // Listings describe a symlink itself (lstat): it is reported, not followed.
                entries.push({ name: e.filename, stat: toStat(e.attrs) });
              }
              if (entries.length > maxEntries)
                return finish(
                  new DownloadLimitError({
                    limit: 'maxFiles',
                    value: maxEntries,
                    message: `${path} holds more entries`
                  })
                );
              more();
            });
          more();
        })
      )
  };
}

function toStat(stats: SftpStats): RemoteStat {
  const kind = stats.isSymbolicLink()
    ? 'symlink'
    : stats.isDirectory()
      ? 'directory'
      : stats.isFile()
        ? 'file'
        : 'other';
  return { kind, mode: stats.mode & 0o7777, size: stats.size ?? 0 };
}
