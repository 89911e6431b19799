// Temporary files on the runner (shell-local scripts with the build's variables in them, key
// files, inventories) live in one private directory per build under RUNNER_TEMP, never loose in
// /tmp: a self-hosted runner keeps /tmp between jobs and shares it with every other job, while
// the runner empties RUNNER_TEMP at the start and end of each job. The directory is mode 0700,
// files 0600 (0700 for scripts); whatever made a file removes it in `finally`, and the post step
// removes the whole build directory, so even a main step killed with SIGKILL leaves nothing.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The build's private directory: RUNNER_TEMP/build-ami-<build id> (os.tmpdir() off a runner). */
export function buildTempDir(buildId: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.RUNNER_TEMP || tmpdir();
  return join(base, `build-ami-${safeName(buildId ?? 'local')}`);
}

/**
 * A fresh private directory inside the build's, for one provisioner run; remove it with
 * `removeTempDir` in a `finally`.
 */
export async function privateTempDir(
  buildId: string | undefined,
  prefix: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const root = buildTempDir(buildId, env);
  await mkdir(root, { recursive: true, mode: 0o700 });
  // mkdir's mode is trimmed by the umask, and an existing directory keeps whatever it had.
  await chmod(root, 0o700);
  return mkdtemp(join(root, `${safeName(prefix)}-`)); // mkdtemp makes it 0700
}

/** Writes a file only its owner can read (0600 unless told; 0700 for a script to run). */
export async function writePrivateFile(
  path: string,
  content: string | Buffer,
  mode = 0o600
): Promise<string> {
  await writeFile(path, content, { mode, flag: 'wx' });
  await chmod(path, mode);
  return path;
}

export function removeTempDir(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}

/** The post step's part: the build's directory and everything a killed main step left in it. */
export async function removeBuildTempDir(
  buildId: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  if (buildId) await removeTempDir(buildTempDir(buildId, env));
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
