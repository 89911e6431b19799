// Runs a command on a simulated instance with the real OpenSSH client, as a person would.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SshResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function sshRun(
  host: string,
  user: string,
  privateKey: string,
  command: string
): Promise<SshResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ssh-test-'));
  const keyFile = join(dir, 'key');
  writeFileSync(keyFile, privateKey.endsWith('\n') ? privateKey : privateKey + '\n', { mode: 0o600 });
  const args = [
    '-i',
    keyFile,
    '-o',
    'BatchMode=yes',
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'LogLevel=ERROR',
    '-o',
    'ConnectTimeout=5',
    `${user}@${host}`,
    command
  ];
  try {
    return await new Promise(resolve => {
      execFile('ssh', args, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 255) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
