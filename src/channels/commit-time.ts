// When the commit a run builds was made, to order builds by (order.ts): git's committer date from the
// checkout, else the push event's own record of the commit. Neither is guaranteed (a workflow without
// actions/checkout on a workflow_dispatch has neither), and then builds are ordered by run number.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export type GitCommitTime = (workspace: string, sha: string) => Promise<string | undefined>;

/** `git show -s --format=%cI <sha>` in the workspace, or undefined. */
export const gitCommitTime: GitCommitTime = (workspace, sha) =>
  new Promise(resolve => {
    execFile(
      'git',
      // safe.directory: a container job's checkout may belong to another user; we only read a date.
      ['-c', 'safe.directory=*', '-C', workspace, 'show', '-s', '--format=%cI', sha],
      { timeout: 10_000 },
      (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined)
    );
  });

interface PushCommit {
  id?: string;
  timestamp?: string;
}

/** The push event's timestamp of the commit, when the event is a push that carries it. */
export async function eventCommitTime(
  eventPath: string | undefined,
  sha: string
): Promise<string | undefined> {
  if (!eventPath) return undefined;
  try {
    const payload = JSON.parse(await readFile(eventPath, 'utf8')) as {
      head_commit?: PushCommit;
      commits?: PushCommit[];
    };
    const commit = [payload.head_commit, ...(payload.commits ?? [])].find(c => c?.id === sha);
    return commit?.timestamp;
  } catch {
    return undefined;
  }
}

const iso = (time: string | undefined) => {
  const ms = time ? Date.parse(time) : NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

export async function commitTime(
  sha: string,
  where: { workspace: string; eventPath?: string; git?: GitCommitTime }
): Promise<string | undefined> {
  if (!sha) return undefined;
  return (
    iso(await (where.git ?? gitCommitTime)(where.workspace, sha)) ??
    iso(await eventCommitTime(where.eventPath, sha))
  );
}
