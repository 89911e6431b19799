// File transfers over a minimal remote filesystem (SFTP in practice, adapted in ssh.ts): single
// files, and whole trees with many files in flight, since one round trip per file at a time is
// what makes naive uploads of a node_modules or a site directory take minutes.
//
// Downloads read a machine we do not control, so they cannot be turned against the runner:
// inside a tree, symlinks are not followed (neither out of the tree nor round a loop) and are
// listed as skipped, as are devices, FIFOs and sockets; a name that is not a plain name ("..",
// "a/b") fails the download; and a cap on entries and bytes ends a runaway download with a
// DownloadLimitError before the disk fills. (Packer downloads a directory with `scp -r`, which
// follows symlinks.) Only the path the template names is resolved as given, symlink or not.
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  DEFAULT_DOWNLOAD_LIMITS,
  DownloadLimitError,
  type DownloadLimits,
  type DownloadResult
} from './download-limits.js';
import type { UploadContent } from './types.js';

export type RemoteKind = 'file' | 'directory' | 'symlink' | 'other';

export interface RemoteStat {
  kind: RemoteKind;
  mode: number;
  /** Bytes, for a file. */
  size: number;
}

/** The few SFTP operations transfers need; every path is a remote path unless named local. */
export interface RemoteFs {
  writeFile(path: string, data: Buffer, mode: number): Promise<void>;
  putFile(localPath: string, path: string, mode: number): Promise<void>;
  /** Fetches a file; rejects with a DownloadLimitError (and no more read) once it passes maxBytes. */
  getFile(path: string, localPath: string, maxBytes: number): Promise<void>;
  /** Creates one directory; rejects when it exists or its parent does not. */
  mkdir(path: string, mode: number): Promise<void>;
  /** Follows symlinks; undefined when nothing is there. */
  stat(path: string): Promise<RemoteStat | undefined>;
  /**
   * Names in a directory with what they are, symlinks described as themselves (not followed).
   * Rejects with a DownloadLimitError as soon as the listing passes maxEntries, reading no further.
   */
  readdir(path: string, maxEntries?: number): Promise<{ name: string; stat: RemoteStat }[]>;
}

/** How many files move at once: SFTP pipelines requests, so this hides the round trips. */
const IN_FLIGHT = 16;

export async function uploadContent(
  fs: RemoteFs,
  remotePath: string,
  content: UploadContent,
  mode?: number
): Promise<void> {
  if (typeof content === 'object' && !Buffer.isBuffer(content)) {
    const fileMode = mode ?? (await stat(content.localPath)).mode & 0o777;
    await fs.putFile(content.localPath, remotePath, fileMode);
  } else {
    await fs.writeFile(remotePath, Buffer.from(content), mode ?? 0o644);
  }
}

/** Creates a remote directory and any missing parents, like `mkdir -p`. */
export async function mkdirp(fs: RemoteFs, path: string, mode = 0o755): Promise<void> {
  const existing = await fs.stat(path);
  if (existing?.kind === 'directory') return;
  if (existing) throw new Error(`${path} exists and is not a directory`);
  const parent = dirname(path);
  if (parent !== path && parent !== '.') await mkdirp(fs, parent);
  try {
    await fs.mkdir(path, mode);
  } catch (err) {
    // Another transfer may have made it in the meantime.
    if ((await fs.stat(path))?.kind !== 'directory') throw err;
  }
}

/** One directory of a tree upload; one already there is merged into, as `scp -r` (Packer's upload) does. */
async function mkdirMerging(fs: RemoteFs, path: string, mode: number): Promise<void> {
  try {
    await fs.mkdir(path, mode);
  } catch (err) {
    if ((await fs.stat(path))?.kind !== 'directory') throw err;
  }
}

export async function uploadTree(fs: RemoteFs, localDir: string, remoteDir: string): Promise<void> {
  const tree = await walkLocal(localDir);
  await mkdirp(fs, remoteDir);
  // Parents before children: one depth level at a time, each level in parallel.
  const byDepth = groupBy(tree.dirs, d => d.path.split('/').length);
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    await inParallel(byDepth.get(depth)!, d => mkdirMerging(fs, joinRemote(remoteDir, d.path), d.mode));
  }
  await inParallel(tree.files, f =>
    fs.putFile(join(localDir, f.path), joinRemote(remoteDir, f.path), f.mode)
  );
}

export async function downloadFile(
  fs: RemoteFs,
  remotePath: string,
  localPath: string,
  limits: DownloadLimits = DEFAULT_DOWNLOAD_LIMITS
): Promise<DownloadResult> {
  const found = await fs.stat(remotePath);
  if (!found) throw new Error(`${remotePath}: no such file`);
  if (found.kind === 'directory') throw new Error(`${remotePath} is a directory, not a file`);
  if (found.kind !== 'file') throw new Error(`${remotePath} is not a regular file`);
  if (found.size > limits.maxBytes)
    throw new DownloadLimitError({
      limit: 'maxBytes',
      value: limits.maxBytes,
      message: `${remotePath} is ${found.size} bytes, more than ${limits.maxBytes}`
    });
  await mkdir(dirname(localPath), { recursive: true });
  await fs.getFile(remotePath, localPath, limits.maxBytes);
  await chmod(localPath, found.mode & 0o777);
  return { files: 1, bytes: (await stat(localPath)).size, skipped: [] };
}

export async function downloadTree(
  fs: RemoteFs,
  remoteDir: string,
  localDir: string,
  limits: DownloadLimits = DEFAULT_DOWNLOAD_LIMITS
): Promise<DownloadResult> {
  const found = await fs.stat(remoteDir);
  if (found?.kind !== 'directory')
    throw new Error(`${remoteDir}: ${found ? 'not a directory' : 'no such directory'}`);
  const files: { path: string; mode: number; size: number }[] = [];
  const dirs: { path: string; mode: number }[] = [];
  const skipped: string[] = [];
  let entries = 0;
  let listed = 0;
  const tooMany = () =>
    new DownloadLimitError({
      limit: 'maxFiles',
      value: limits.maxFiles,
      message: `${remoteDir} holds more than ${limits.maxFiles} entries`
    });
  // Breadth first, each level's listings in parallel; only real directories are entered, so the
  // walk ends, and every entry counts against the limit before the next listing starts.
  let level = [''];
  while (level.length > 0) {
    const listings = await inParallel(level, async dir => ({
      dir,
      entries: await fs
        .readdir(joinRemote(remoteDir, dir), limits.maxFiles - entries)
        .catch((err: unknown) => {
          if (err instanceof DownloadLimitError) throw tooMany();
          throw err;
        })
    }));
    const next: string[] = [];
    for (const { dir, entries: list } of listings) {
      for (const { name, stat: entry } of list) {
        if (!isPlainName(name))
          throw new Error(`${joinRemote(remoteDir, dir)} lists an entry named ${JSON.stringify(name)}`);
        const path = dir === '' ? name : `${dir}/${name}`;
        if (++entries > limits.maxFiles) throw tooMany();
        if (entry.kind === 'symlink' || entry.kind === 'other') {
          skipped.push(path);
        } else if (entry.kind === 'directory') {
          dirs.push({ path, mode: entry.mode & 0o777 });
          next.push(path);
        } else {
          files.push({ path, mode: entry.mode & 0o777, size: entry.size });
          listed += entry.size;
          if (listed > limits.maxBytes)
            throw new DownloadLimitError({
              limit: 'maxBytes',
              value: limits.maxBytes,
              message: `the files in ${remoteDir} hold more than ${limits.maxBytes} bytes`
            });
        }
      }
    }
    level = next;
  }
  await mkdir(localDir, { recursive: true });
  // Owner access while files go in; then the remote modes, keeping the owner's access, deepest first.
  for (const d of dirs) await mkdir(join(localDir, d.path), { recursive: true, mode: 0o700 });
  // A file that grew after the listing may use what the listing left of the limit, no more.
  const slack = limits.maxBytes - listed;
  let bytes = 0;
  await inParallel(files, async f => {
    const local = join(localDir, f.path);
    await fs.getFile(joinRemote(remoteDir, f.path), local, f.size + slack);
    await chmod(local, f.mode);
    bytes += (await stat(local)).size;
  });
  if (bytes > limits.maxBytes)
    throw new DownloadLimitError({
      limit: 'maxBytes',
      value: limits.maxBytes,
      message: `the files in ${remoteDir} grew to ${bytes} bytes`
    });
  for (const d of [...dirs].reverse()) await chmod(join(localDir, d.path), d.mode | 0o700);
  return { files: files.length, bytes, skipped };
}

/** A name a directory listing may hold: not empty, ".", "..", nor with a "/" or NUL in it. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\0]/.test(name);
}

interface LocalTree {
  dirs: { path: string; mode: number }[];
  files: { path: string; mode: number }[];
}

/** Every directory and file under root, by '/'-separated relative path; symlinks are followed. */
async function walkLocal(root: string): Promise<LocalTree> {
  const tree: LocalTree = { dirs: [], files: [] };
  const visit = async (relative: string): Promise<void> => {
    const names = await readdir(relative === '' ? root : join(root, relative));
    await Promise.all(
      names.map(async name => {
        const path = relative === '' ? name : `${relative}/${name}`;
        const info = await stat(join(root, path));
        if (info.isDirectory()) {
          tree.dirs.push({ path, mode: info.mode & 0o777 });
          await visit(path);
        } else if (info.isFile()) tree.files.push({ path, mode: info.mode & 0o777 });
      })
    );
  };
  await visit('');
  return tree;
}

function joinRemote(dir: string, path: string): string {
  if (path === '') return dir;
  return dir.endsWith('/') ? dir + path : `${dir}/${path}`;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Runs fn over items with at most IN_FLIGHT at once; results in input order; first failure rejects. */
export async function inParallel<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  return results;
}
