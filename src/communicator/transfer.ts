// File transfers over a minimal remote filesystem (SFTP in practice, adapted in ssh.ts): single
// files, and whole trees with many files in flight, since one round trip per file at a time is
// what makes naive uploads of a node_modules or a site directory take minutes.
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { UploadContent } from './types.js';

export type RemoteKind = 'file' | 'directory' | 'other';

export interface RemoteStat {
  kind: RemoteKind;
  mode: number;
}

/** The few SFTP operations transfers need; every path is a remote path unless named local. */
export interface RemoteFs {
  writeFile(path: string, data: Buffer, mode: number): Promise<void>;
  putFile(localPath: string, path: string, mode: number): Promise<void>;
  getFile(path: string, localPath: string): Promise<void>;
  /** Creates one directory; rejects when it exists or its parent does not. */
  mkdir(path: string, mode: number): Promise<void>;
  /** Follows symlinks; undefined when nothing is there. */
  stat(path: string): Promise<RemoteStat | undefined>;
  /** Names in a directory with what they are (symlinks followed). */
  readdir(path: string): Promise<{ name: string; stat: RemoteStat }[]>;
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

export async function uploadTree(fs: RemoteFs, localDir: string, remoteDir: string): Promise<void> {
  const tree = await walkLocal(localDir);
  await mkdirp(fs, remoteDir);
  // Parents before children: one depth level at a time, each level in parallel.
  const byDepth = groupBy(tree.dirs, d => d.path.split('/').length);
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    await inParallel(byDepth.get(depth)!, d => fs.mkdir(joinRemote(remoteDir, d.path), d.mode));
  }
  await inParallel(tree.files, f =>
    fs.putFile(join(localDir, f.path), joinRemote(remoteDir, f.path), f.mode)
  );
}

export async function downloadFile(fs: RemoteFs, remotePath: string, localPath: string): Promise<void> {
  const found = await fs.stat(remotePath);
  if (!found) throw new Error(`${remotePath}: no such file`);
  if (found.kind === 'directory') throw new Error(`${remotePath} is a directory, not a file`);
  await mkdir(dirname(localPath), { recursive: true });
  await fs.getFile(remotePath, localPath);
  await chmod(localPath, found.mode & 0o777);
}

export async function downloadTree(fs: RemoteFs, remoteDir: string, localDir: string): Promise<void> {
  const found = await fs.stat(remoteDir);
  if (found?.kind !== 'directory')
    throw new Error(`${remoteDir}: ${found ? 'not a directory' : 'no such directory'}`);
  await mkdir(localDir, { recursive: true });
  const files: { path: string; mode: number }[] = [];
  // Breadth first, each level's listings in parallel, local directories made as they are found.
  let level = [''];
  while (level.length > 0) {
    const listings = await inParallel(level, async dir => ({
      dir,
      entries: await fs.readdir(joinRemote(remoteDir, dir))
    }));
    const next: string[] = [];
    for (const { dir, entries } of listings) {
      for (const { name, stat: entry } of entries) {
        const path = dir === '' ? name : `${dir}/${name}`;
        if (entry.kind === 'directory') {
          await mkdir(join(localDir, path), { recursive: true, mode: entry.mode & 0o777 });
          next.push(path);
        } else if (entry.kind === 'file') files.push({ path, mode: entry.mode & 0o777 });
      }
    }
    level = next;
  }
  await inParallel(files, async f => {
    await fs.getFile(joinRemote(remoteDir, f.path), join(localDir, f.path));
    await chmod(join(localDir, f.path), f.mode);
  });
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
