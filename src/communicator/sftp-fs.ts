// SFTP's callback API as the promise-based RemoteFs that transfers use. The SFTP session is
// described here by shape only (ssh2's SFTPWrapper fits it), so that ssh.ts stays the one
// module that imports ssh2.
import type { RemoteFs, RemoteStat } from './transfer.js';

type Done = (err?: Error | null) => void;

interface SftpStats {
  mode: number;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface SftpSession {
  writeFile(path: string, data: Buffer, options: { mode: number }, callback: Done): void;
  chmod(path: string, mode: number, callback: Done): void;
  fastPut(localPath: string, remotePath: string, options: { mode: number }, callback: Done): void;
  fastGet(remotePath: string, localPath: string, callback: Done): void;
  mkdir(path: string, attributes: { mode: number }, callback: Done): void;
  stat(path: string, callback: (err: Error | undefined, stats: SftpStats) => void): void;
  readdir(
    path: string,
    callback: (err: Error | undefined, list: { filename: string; attrs: SftpStats }[]) => void
  ): void;
}

/** SFTP status code for "no such file" (SSH_FX_NO_SUCH_FILE). */
const NO_SUCH_FILE = 2;

export function sftpFs(sftp: SftpSession): RemoteFs {
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
    putFile: (localPath, path, mode) => call(done => sftp.fastPut(localPath, path, { mode }, done)),
    getFile: (path, localPath) => call(done => sftp.fastGet(path, localPath, done)),
    mkdir: (path, mode) => call(done => sftp.mkdir(path, { mode }, done)),
    stat,
    readdir: path =>
      new Promise((resolve, reject) =>
        sftp.readdir(path, (err, list) => {
          if (err) return reject(err);
          // Listings describe symlinks themselves; follow them, as cp -r -L and scp -r do.
          const entries = list
            .filter(e => e.filename !== '.' && e.filename !== '..')
            .map(async e => ({
              name: e.filename,
              stat: e.attrs.isSymbolicLink()
                ? ((await stat(`${path}/${e.filename}`)) ?? { kind: 'other' as const, mode: 0 })
                : toStat(e.attrs)
            }));
          Promise.all(entries).then(resolve, reject);
        })
      )
  };
}

function toStat(stats: SftpStats): RemoteStat {
  const kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
  return { kind, mode: stats.mode & 0o7777 };
}
