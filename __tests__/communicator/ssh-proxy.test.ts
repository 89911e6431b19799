// The ansible proxy against the real OpenSSH client and real ansible: every session they open on
// 127.0.0.1 runs on a simulated instance over the build's one SSH connection, as Packer's adapter.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oneTimeKeyPair } from '../../src/communicator/one-time-key.js';
import { CommunicatorError } from '../../src/errors.js';
import { connectSsh } from '../../src/communicator/ssh.js';
import { startSshProxy, type SshProxy } from '../../src/communicator/ssh-proxy.js';
import type { Communicator } from '../../src/communicator/types.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';
import { launchInstance } from '../helpers/instance.js';

const USER = 'ansible-user';
let sim: Ec2Simulator;
let ec2: EC2Client;
let ssh: Communicator;
let proxy: SshProxy;
const clientKey = oneTimeKeyPair('test client');
const local = mkdtempSync(join(tmpdir(), 'ssh-proxy-test-'));
const keyFile = join(local, 'client_key');
const knownHosts = join(local, 'known_hosts');
const debugLines: string[] = [];

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
  const instance = await launchInstance(ec2, { keyType: 'ed25519' });
  ssh = await connectSsh({
    host: instance.host,
    port: sim.world.sshPort,
    username: instance.user,
    privateKey: instance.privateKey,
    timeoutMs: 15_000,
    retryDelayMs: 100
  });
  writeFileSync(keyFile, clientKey.privateKey, { mode: 0o600 });
  proxy = await startSshProxy({
    communicator: ssh,
    user: USER,
    authorizedKey: clientKey.publicKey,
    debug: line => debugLines.push(line)
  });
  writeFileSync(knownHosts, `[127.0.0.1]:${proxy.port} ${proxy.hostKey}\n`);
});
afterAll(async () => {
  await proxy?.close();
  await ssh?.close();
  await sim?.stop();
  rmSync(local, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a local tool without blocking the event loop (the proxy answers it from this process). */
function tool(
  command: string,
  args: string[],
  options: { input?: Buffer | string; env?: NodeJS.ProcessEnv; onStdout?: (text: string) => void } = {}
): { done: Promise<Run>; pid: number | undefined; kill: (signal: NodeJS.Signals) => void } {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: 'pipe' });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => {
    stdout.push(b);
    options.onStdout?.(b.toString());
  });
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input);
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code =>
      resolve({ code, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() })
    );
  });
  return { done, pid: child.pid, kill: signal => child.kill(signal) };
}

const sshOptions = (key = keyFile) => [
  '-F',
  '/dev/null',
  '-o',
  'StrictHostKeyChecking=yes',
  '-o',
  `UserKnownHostsFile=${knownHosts}`,
  '-o',
  'GlobalKnownHostsFile=/dev/null',
  '-o',
  'IdentitiesOnly=yes',
  '-o',
  'BatchMode=yes',
  '-i',
  key
];
const sshArgs = (command: string[], extra: { port?: number; key?: string; user?: string } = {}) => [
  ...sshOptions(extra.key),
  '-p',
  String(extra.port ?? proxy.port),
  `${extra.user ?? USER}@127.0.0.1`,
  ...command
];
const overSsh = (command: string, input?: string | Buffer) => tool('ssh', sshArgs([command]), { input }).done;

async function onInstance(command: string): Promise<string> {
  const out: string[] = [];
  const result = await ssh.exec(command, { onStdout: l => out.push(l) });
  expect(result.exitCode).toBe(0);
  return out.join('\n');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('commands', () => {
  test("a command's stdout, stderr and exit code come back", async () => {
    expect(await overSsh('echo out; id -un; echo err >&2; exit 7')).toEqual({
      code: 7,
      stdout: 'out\nubuntu\n',
      stderr: 'err\n'
    });
  });

  test('stdin reaches the command, and its end is the command EOF', async () => {
    expect(await overSsh('cat; echo done', 'hi\n')).toMatchObject({ code: 0, stdout: 'hi\ndone\n' });
  });

  test('megabytes through stdin and stdout arrive whole (flow control, no loss)', async () => {
    const data = randomBytes(6 * 1024 * 1024);
    expect(await overSsh('sha256sum', data)).toMatchObject({ code: 0, stdout: `${sha256(data)}  -\n` });
    const big = await tool('ssh', sshArgs(['head -c 5000000 /dev/zero'])).done;
    expect(big).toMatchObject({ code: 0 });
    expect(big.stdout.length).toBe(5_000_000);
  });

  test('a client that stops reading holds the command back instead of filling memory (back-pressure)', async () => {
    await onInstance('rm -f /tmp/all-written');
    const child = spawn('ssh', sshArgs(['head -c 40000000 /dev/zero; touch /tmp/all-written']), {
      stdio: 'pipe'
    });
    child.stdout.pause(); // the pipe fills, ssh stops reading, the SSH windows close one after another
    const closed = new Promise(r => child.on('close', r));
    try {
      await new Promise(r => setTimeout(r, 3000));
      expect(await onInstance('test -e /tmp/all-written && echo written || echo waiting')).toBe('waiting');
      let received = 0;
      child.stdout.on('data', (b: Buffer) => (received += b.length));
      child.stdout.resume();
      await closed;
      expect(received).toBe(40_000_000);
      expect(await onInstance('test -e /tmp/all-written && echo written || echo waiting')).toBe('written');
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('a command killed by a signal ends the client with 255, as OpenSSH reports it', async () => {
    expect(await overSsh('kill -TERM $$')).toMatchObject({ code: 255 });
  });

  test('env and pty requests are accepted, a shell is refused', async () => {
    const env = await tool('ssh', ['-o', 'SendEnv=PROXY_TEST', '-tt', ...sshArgs(['echo ok'])], {
      env: { ...process.env, PROXY_TEST: 'x' }
    }).done;
    expect(env).toMatchObject({ code: 0, stdout: 'ok\n' });
    expect(debugLines).toContain('env request "PROXY_TEST" (accepted, not forwarded)');
    const shell = await tool('ssh', ['-T', ...sshArgs([])]).done;
    expect(shell.code).toBe(255);
    expect(shell.stderr).toMatch(/shell request failed/);
  });
});

describe('file transfer', () => {
  const payload = randomBytes(4 * 1024 * 1024 + 123);
  const file = join(local, 'payload.bin');
  beforeAll(() => writeFileSync(file, payload));

  test('scp uploads a file of a few MB intact (SFTP protocol, the default of OpenSSH 9)', async () => {
    const result = await tool('scp', [
      ...sshOptions(),
      '-P',
      String(proxy.port),
      file,
      `${USER}@127.0.0.1:/tmp/scp-upload.bin`
    ]).done;
    expect(result).toMatchObject({ code: 0 });
    expect(await onInstance('sha256sum /tmp/scp-upload.bin')).toBe(`${sha256(payload)}  /tmp/scp-upload.bin`);
  });

  test('scp -O (the legacy protocol, "scp -t" on the machine) uploads intact too', async () => {
    const result = await tool('scp', [
      '-O',
      ...sshOptions(),
      '-P',
      String(proxy.port),
      file,
      `${USER}@127.0.0.1:/tmp/scp-legacy.bin`
    ]).done;
    expect(result).toMatchObject({ code: 0 });
    expect(await onInstance('sha256sum /tmp/scp-legacy.bin')).toBe(`${sha256(payload)}  /tmp/scp-legacy.bin`);
  });

  test('sftp_command is what runs for the sftp subsystem; other subsystems are refused', async () => {
    const own = await startSshProxy({
      communicator: ssh,
      user: USER,
      authorizedKey: clientKey.publicKey,
      sftpCommand: 'touch /tmp/custom-sftp-used; exec /usr/lib/openssh/sftp-server -e'
    });
    writeFileSync(knownHosts, `[127.0.0.1]:${own.port} ${own.hostKey}\n`, { flag: 'a' });
    try {
      await onInstance('rm -f /tmp/custom-sftp-used');
      const batch = join(local, 'ls-batch');
      writeFileSync(batch, 'ls /tmp/custom-sftp-used\n');
      const result = await tool('sftp', [
        ...sshOptions(),
        '-P',
        String(own.port),
        '-b',
        batch,
        `${USER}@127.0.0.1`
      ]).done;
      expect(result).toMatchObject({ code: 0 });
      expect(result.stdout).toContain('/tmp/custom-sftp-used');
      const other = await tool('ssh', ['-s', ...sshArgs(['netconf'], { port: own.port })]).done;
      expect(other.code).toBe(255);
      expect(other.stderr).toMatch(/subsystem request failed/);
    } finally {
      await own.close();
    }
  });

  test('sftp put and get through the subsystem', async () => {
    const back = join(local, 'back.bin');
    const batch = join(local, 'batch');
    writeFileSync(batch, `put ${file} /tmp/sftp-put.bin\nget /tmp/sftp-put.bin ${back}\n`);
    const result = await tool('sftp', [
      ...sshOptions(),
      '-P',
      String(proxy.port),
      '-b',
      batch,
      `${USER}@127.0.0.1`
    ]).done;
    expect(result).toMatchObject({ code: 0 });
    expect(await onInstance('sha256sum /tmp/sftp-put.bin')).toBe(`${sha256(payload)}  /tmp/sftp-put.bin`);
    expect(sha256(readFileSync(back))).toBe(sha256(payload));
  });
});

describe('who gets in', () => {
  test('a wrong key is refused', async () => {
    const other = join(local, 'other_key');
    writeFileSync(other, oneTimeKeyPair().privateKey, { mode: 0o600 });
    const result = await tool('ssh', sshArgs(['true'], { key: other })).done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/Permission denied \(publickey\)/);
  });

  test('a wrong user is refused, even with the right key', async () => {
    const result = await tool('ssh', sshArgs(['true'], { user: 'root' })).done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/Permission denied \(publickey\)/);
  });

  test('a password is not a way in', async () => {
    const result = await tool('ssh', [
      '-o',
      'PreferredAuthentications=password,keyboard-interactive',
      ...sshArgs(['true'])
    ]).done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/Permission denied \(publickey\)/);
  });

  test('a host key other than the one-time key fails the check', async () => {
    const otherHosts = join(local, 'other_known_hosts');
    writeFileSync(otherHosts, `[127.0.0.1]:${proxy.port} ${oneTimeKeyPair().publicKey}\n`);
    const args = sshArgs(['true']).map(a =>
      a === `UserKnownHostsFile=${knownHosts}` ? `UserKnownHostsFile=${otherHosts}` : a
    );
    const result = await tool('ssh', args).done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
  });

  test('an authorized key that is not an OpenSSH public key is refused at start', async () => {
    const error = await startSshProxy({ communicator: ssh, user: USER, authorizedKey: 'not a key' }).catch(
      e => e
    );
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(/^ansible proxy: the authorized key is not an OpenSSH public key/);
  });

  test('listens on 127.0.0.1 only', async () => {
    expect(proxy.host).toBe('127.0.0.1');
    const reach = (host: string) =>
      new Promise<string>(resolve => {
        const socket = connect({ host, port: proxy.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      });
    expect(await reach('127.0.0.2')).toBe('ECONNREFUSED');
    expect(await reach('127.0.0.1')).toBe('connected');
  });

  test('local_port: the requested port, or the next free one as Packer does', async () => {
    const taken = createServer();
    await new Promise<void>(r => taken.listen(0, '127.0.0.1', () => r()));
    const port = (taken.address() as AddressInfo).port;
    const next = await startSshProxy({
      communicator: ssh,
      user: USER,
      authorizedKey: clientKey.publicKey,
      port
    });
    try {
      expect(next.port).toBeGreaterThan(port);
      expect(next.port).toBeLessThan(port + 10);
    } finally {
      await next.close();
      await new Promise(r => taken.close(r));
    }
  });
});

describe('ending sessions', () => {
  // Only the command itself: the local ssh client and pgrep's own shell carry the marker too.
  const running = (command: string) => onInstance(`pgrep -fc '^${command}$' || true`).then(Number);
  const gone = (command: string) =>
    eventually(async () => ((await running(command)) === 0 ? true : undefined), 5000);

  test('close() ends an open session promptly and kills its command; calling it twice is safe', async () => {
    const own = await startSshProxy({ communicator: ssh, user: USER, authorizedKey: clientKey.publicKey });
    writeFileSync(knownHosts, `[127.0.0.1]:${own.port} ${own.hostKey}\n`, { flag: 'a' });
    let started!: () => void;
    const isRunning = new Promise<void>(r => (started = r));
    const client = tool('ssh', sshArgs(['echo started; exec sleep 31.25'], { port: own.port }), {
      onStdout: text => text.includes('started') && started()
    });
    try {
      await isRunning;
      expect(await running('sleep 31.25')).toBe(1);
      const closing = Date.now();
      await own.close();
      await own.close();
      const result = await client.done;
      expect(Date.now() - closing).toBeLessThan(3000);
      expect(result.code).toBe(255);
      await gone('sleep 31.25');
    } finally {
      await own.close();
      client.kill('SIGKILL');
    }
  });

  test('a client that disconnects has its remote command closed', async () => {
    let started!: () => void;
    const isRunning = new Promise<void>(r => (started = r));
    const client = tool('ssh', sshArgs(['echo started; exec sleep 32.25']), {
      onStdout: text => text.includes('started') && started()
    });
    await isRunning;
    expect(await running('sleep 32.25')).toBe(1);
    client.kill('SIGKILL');
    await client.done;
    await gone('sleep 32.25');
    // The proxy and the build's connection carry on.
    expect(await overSsh('echo still here')).toMatchObject({ code: 0, stdout: 'still here\n' });
  });

  test('a client that vanishes in the middle of a flood of output leaves the proxy working', async () => {
    let flowing!: () => void;
    const isFlowing = new Promise<void>(r => (flowing = r));
    const client = tool('ssh', sshArgs(['exec yes 33.25 & exec yes 34.25 >&2']), {
      onStdout: () => flowing()
    });
    await isFlowing;
    expect(await running('yes 3[34].25')).toBe(2);
    client.kill('SIGKILL');
    await client.done;
    await gone('yes 3[34].25');
    expect(await overSsh('echo still here')).toMatchObject({ code: 0, stdout: 'still here\n' });
  });
});

describe('ansible', () => {
  test('ansible ping, command and copy work through the proxy', async () => {
    const env = {
      ...process.env,
      ANSIBLE_HOST_KEY_CHECKING: 'False',
      ANSIBLE_LOCAL_TEMP: join(local, 'ansible-local'),
      ANSIBLE_SSH_CONTROL_PATH_DIR: join(local, 'ansible-cp'),
      ANSIBLE_NOCOLOR: '1'
    };
    const ansible = (module: string, args?: string) =>
      tool(
        'ansible',
        [
          'all',
          '-i',
          '127.0.0.1,',
          '-u',
          USER,
          '--private-key',
          keyFile,
          '-e',
          `ansible_port=${proxy.port}`,
          '-e',
          'ansible_python_interpreter=/usr/bin/python3',
          '-m',
          module,
          ...(args ? ['-a', args] : [])
        ],
        { env }
      ).done;
    const ping = await ansible('ansible.builtin.ping');
    expect(ping.stdout).toMatch(/127\.0\.0\.1 \| SUCCESS/);
    expect(ping.stdout).toMatch(/"ping": "pong"/);
    expect(ping.code).toBe(0);

    const command = await ansible('ansible.builtin.command', 'id -un');
    expect(command).toMatchObject({ code: 0 });
    expect(command.stdout).toMatch(/CHANGED \| rc=0 >>\nubuntu/);

    const source = join(local, 'copied.txt');
    writeFileSync(source, 'copied by ansible\n');
    const copy = await ansible(
      'ansible.builtin.copy',
      `src=${source} dest=/tmp/ansible-copied.txt mode=0640`
    );
    expect(copy).toMatchObject({ code: 0 });
    expect(await onInstance('cat /tmp/ansible-copied.txt; stat -c %a /tmp/ansible-copied.txt')).toBe(
      'copied by ansible\n640'
    );
  });
});
