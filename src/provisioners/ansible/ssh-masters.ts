// ansible's ssh keeps a master connection open for 60 s after the play (ControlPersist=60s in its
// default ssh_args): a process left behind, still logged in to the machine. ansible gets its own
// socket directory for the run, and every master in it is told to exit when the play is over.
// Left alone when the user chose where the sockets go.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A socket path may not pass 108 bytes, and ssh adds 17 to it while it creates one. */
const MAX_DIR_LENGTH = 60;

export interface ControlDirectory {
  /** ANSIBLE_SSH_CONTROL_PATH_DIR for the run. */
  path: string;
  /** Ends every master in it and removes it. */
  close(): Promise<void>;
}

export async function controlDirectory(
  runDir: string,
  env: NodeJS.ProcessEnv
): Promise<ControlDirectory | undefined> {
  if (env.ANSIBLE_SSH_CONTROL_PATH || env.ANSIBLE_SSH_CONTROL_PATH_DIR) return undefined;
  const inRunDir = join(runDir, 'cp');
  let path: string;
  if (inRunDir.length <= MAX_DIR_LENGTH) {
    await mkdir(inRunDir, { mode: 0o700 });
    path = inRunDir;
  } else {
    // A deep RUNNER_TEMP: a short private directory instead (sockets, no secrets in them).
    path = await mkdtemp(join(tmpdir(), 'ansible-cp-'));
  }
  return {
    path,
    close: async () => {
      const sockets = await readdir(path).catch(() => []);
      await Promise.all(sockets.map(socket => exitMaster(join(path, socket), env)));
      await rm(path, { recursive: true, force: true });
    }
  };
}

function exitMaster(socket: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise(resolve => {
    execFile(
      'ssh',
      ['-o', `ControlPath=${socket}`, '-O', 'exit', 'ansible-master'],
      { env, timeout: 5_000 },
      () => resolve()
    );
  });
}
