// Real OpenSSH pieces a test starts beside the simulator: a bastion sshd on 127.0.0.1 (log at DEBUG1,
// so forwarded channels show), and an ssh-agent on a socket. Each is stopped by the test that started it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../world/free-port.js';

/** A fresh ed25519 key pair: the private key's path, and the public key line. */
export function makeKey(dir: string, name: string): { privateKeyFile: string; publicKey: string } {
  const privateKeyFile = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', privateKeyFile]);
  return { privateKeyFile, publicKey: readFileSync(`${privateKeyFile}.pub`, 'utf8').trim() };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise(resolve => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export interface Bastion {
  host: string;
  port: number;
  /** The bastion's login user (root: it only forwards). */
  username: string;
  /** sshd's log so far (DEBUG1: logins and direct-tcpip channels with their targets). */
  log(): string;
  stop(): Promise<void>;
}

/** A jump host: sshd on 127.0.0.1, root may log in with `authorizedKey` only, TCP forwarding allowed. */
export async function startBastion(authorizedKey: string): Promise<Bastion> {
  const dir = mkdtempSync(join(tmpdir(), 'build-ami-bastion-'));
  makeKey(dir, 'host_key');
  writeFileSync(join(dir, 'authorized_keys'), `${authorizedKey}\n`);
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `ListenAddress 127.0.0.1:${port}`,
      `HostKey ${join(dir, 'host_key')}`,
      'PidFile none',
      'UsePAM no',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UseDNS no',
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'AllowTcpForwarding yes',
      'LogLevel DEBUG1',
      ''
    ].join('\n')
  );
  // sshd's privilege separation directory (the simulated instances have their own in their namespace).
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let log = '';
  child.stderr!.on('data', d => (log += d));
  const deadline = Date.now() + 10_000;
  while (!/Server listening/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`bastion sshd did not start: ${log}`);
    }
    await new Promise(r => setTimeout(r, 25));
  }
  return {
    host: '127.0.0.1',
    port,
    username: 'root',
    log: () => log,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

export interface Agent {
  socket: string;
  stop(): Promise<void>;
}

/** ssh-agent in the foreground on its own socket, holding the given private keys. */
export async function startAgent(privateKeyFiles: string[]): Promise<Agent> {
  const dir = mkdtempSync(join(tmpdir(), 'build-ami-agent-'));
  const socket = join(dir, 'agent.sock');
  const child = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      for (const key of privateKeyFiles)
        execFileSync('ssh-add', ['-q', key], {
          env: { ...process.env, SSH_AUTH_SOCK: socket },
          stdio: 'pipe'
        });
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw error;
      }
      await new Promise(r => setTimeout(r, 50));
    }
  }
  return {
    socket,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
