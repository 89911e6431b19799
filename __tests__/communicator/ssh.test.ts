// The SSH communicator against real sshd processes behind simulated instances: connecting while a
// machine boots, refusing wrong keys and wrong hosts, streaming command output, moving files.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { CommunicatorError } from '../../src/errors.js';
import { fingerprintsFromConsole } from '../../src/communicator/host-key.js';
import { connectSsh } from '../../src/communicator/ssh.js';
import type { Communicator, ConnectOptions } from '../../src/communicator/types.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client, eventually } from '../helpers/ec2.js';
import { consoleOutput, launchInstance, type TestInstance } from '../helpers/instance.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
let ubuntu: TestInstance;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'ssh-test-'));

const optionsFor = (i: TestInstance, extra: Partial<ConnectOptions> = {}): ConnectOptions => ({
  host: i.host,
  port: sim.world.sshPort,
  username: i.user,
  privateKey: i.privateKey,
  timeoutMs: 15_000,
  retryDelayMs: 100,
  ...extra
});

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
  ubuntu = await launchInstance(ec2, { keyType: 'ed25519' });
  ssh = await connectSsh(optionsFor(ubuntu));
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function run(c: Communicator, command: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const result = await c.exec(command, { onStdout: l => stdout.push(l), onStderr: l => stderr.push(l) });
  return { ...result, stdout, stderr };
}

describe('connecting', () => {
  test('connects with an ed25519 key and runs as the login user', async () => {
    expect(await run(ssh, 'id -un; sudo -n id -u')).toMatchObject({ exitCode: 0, stdout: ['ubuntu', '0'] });
  });

  test('connects with an RSA key from CreateKeyPair (rsa-sha2 signatures, OpenSSH 9)', async () => {
    const amazon = await launchInstance(ec2, { os: 'amazon', keyType: 'rsa' });
    const c = await connectSsh(optionsFor(amazon));
    try {
      expect(await run(c, 'id -un')).toMatchObject({ exitCode: 0, stdout: ['ec2-user'] });
    } finally {
      await c.close();
    }
  });

  test('a wrong key fails after the handshake attempts, naming user and host', async () => {
    const other = await launchInstance(ec2, { keyType: 'rsa' });
    const attempts: number[] = [];
    const error = await connectSsh(
      optionsFor(ubuntu, {
        privateKey: other.privateKey,
        handshakeAttempts: 3,
        onAttempt: n => attempts.push(n)
      })
    ).catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toContain(`ubuntu@${ubuntu.host}:${sim.world.sshPort}`);
    expect(error.message).toMatch(/gave up after 3 failed handshakes/);
    expect(error.message).toMatch(/All configured authentication methods failed/);
    expect(error.message).toMatch(/Check ssh_username and the key pair/);
    expect(attempts).toEqual([1, 2, 3]);
  });

  test('keeps dialing while sshd boots, and reports each retry', async () => {
    const seen: { attempt: number; lastError?: string }[] = [];
    sim.world.timing.sshBootMs = 1500; // read when the instance turns running, so kept until it answers
    try {
      const booting = await launchInstance(ec2);
      const c = await connectSsh(
        optionsFor(booting, {
          retryDelayMs: 200,
          onAttempt: (attempt, lastError) => seen.push({ attempt, lastError })
        })
      );
      await c.close();
    } finally {
      sim.world.timing.sshBootMs = 0;
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[0]).toEqual({ attempt: 1, lastError: undefined });
    expect(seen[1].lastError).toMatch(/ECONNREFUSED/);
  });

  test('gives up after timeoutMs when nothing listens, saying where and what it saw', async () => {
    const started = Date.now();
    const error = await connectSsh({
      host: '127.255.250.250',
      port: 22,
      username: 'ubuntu',
      privateKey: ubuntu.privateKey,
      timeoutMs: 1000,
      retryDelayMs: 200
    }).catch(e => e);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(
      /^SSH to ubuntu@127\.255\.250\.250:22: could not connect within 1s \(\d+ attempts\); last error: connect ECONNREFUSED/
    );
    expect(error.target).toEqual({ host: '127.255.250.250', port: 22, user: 'ubuntu' });
  });

  test('an abort stops the dialing at once with the signal reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled by test')), 300);
    const started = Date.now();
    const error = await connectSsh({
      host: '127.255.250.251',
      port: 22,
      username: 'ubuntu',
      timeoutMs: 30_000,
      retryDelayMs: 5000,
      signal: controller.signal
    }).catch(e => e);
    expect(error.message).toBe('cancelled by test');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('an unreadable key fails at once', async () => {
    const attempts: number[] = [];
    const error = await connectSsh(
      optionsFor(ubuntu, { privateKey: 'not a key', onAttempt: n => attempts.push(n) })
    ).catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(/Cannot parse privateKey/);
    expect(attempts).toEqual([1]);
  });
});

describe('host key verification', () => {
  test('passes with the fingerprint from GetConsoleOutput', async () => {
    const fingerprints = fingerprintsFromConsole(await consoleOutput(ec2, ubuntu.id));
    expect(fingerprints).toHaveLength(1);
    const c = await connectSsh(optionsFor(ubuntu, { expectedHostKeys: [`SHA256:${fingerprints[0]}`] }));
    await c.close();
  });

  test('fails at once, without retrying, on another fingerprint', async () => {
    const attempts: number[] = [];
    const wrong = randomBytes(32).toString('base64').replace(/=+$/, '');
    const error = await connectSsh(
      optionsFor(ubuntu, { expectedHostKeys: [wrong], onAttempt: n => attempts.push(n) })
    ).catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toContain(`SSH to ubuntu@${ubuntu.host}:${sim.world.sshPort}: host key mismatch`);
    expect(error.message).toContain(`expected SHA256:${wrong}`);
    expect(attempts).toEqual([1]);
  });
});

describe('exec', () => {
  test('streams stdout and stderr line by line, in order, with the exit code', async () => {
    const events: string[] = [];
    const result = await ssh.exec(
      'echo a; sleep 0.2; echo b >&2; sleep 0.2; printf "c\\nd"; printf "e\\n" >&2',
      {
        onStdout: l => events.push(`out:${l}`),
        onStderr: l => events.push(`err:${l}`)
      }
    );
    expect(result).toEqual({ exitCode: 0 });
    expect(events.filter(e => e.startsWith('out'))).toEqual(['out:a', 'out:c', 'out:d']);
    expect(events.filter(e => e.startsWith('err'))).toEqual(['err:b', 'err:e']);
    expect(events.slice(0, 3)).toEqual(['out:a', 'err:b', 'out:c']);
  });

  test('delivers a line as soon as it is printed, not when the command ends', async () => {
    let firstAt = 0;
    const started = Date.now();
    await ssh.exec('echo first; sleep 1; echo second', {
      onStdout: l => l === 'first' && (firstAt = Date.now())
    });
    expect(firstAt - started).toBeLessThan(700);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  test('keeps multi-byte characters whole', async () => {
    expect(await run(ssh, `printf 'h\\303\\251llo w\\303\\266rld\\n'`)).toMatchObject({
      stdout: ['héllo wörld']
    });
  });

  test('returns a non-zero exit code', async () => {
    expect(await run(ssh, 'echo oops >&2; exit 3')).toMatchObject({ exitCode: 3, stderr: ['oops'] });
  });

  test('returns the signal that ended a command', async () => {
    expect(await ssh.exec('kill -TERM $$')).toEqual({ exitCode: null, signal: 'SIGTERM' });
  });

  test('with a pty, stderr arrives on stdout and lines lose their \\r', async () => {
    const out: string[] = [];
    const result = await ssh.exec('echo one; echo two >&2; tty >/dev/null && echo tty', {
      pty: true,
      onStdout: l => out.push(l)
    });
    expect(result.exitCode).toBe(0);
    expect(out).toEqual(['one', 'two', 'tty']);
  });

  test('reports a dropped connection as disconnected, and a later command as a CommunicatorError', async () => {
    const c = await connectSsh(optionsFor(ubuntu));
    // Kill this session's sshd process, as a reboot would: walk up from the shell to the first sshd.
    const killSession =
      'p=$$; while [ "$(cat /proc/$p/comm)" != sshd ]; do p=$(cut -d" " -f4 /proc/$p/stat); done; sudo kill -9 $p; sleep 5';
    expect(await c.exec(killSession)).toEqual({ exitCode: null, disconnected: true });
    const error = await c.exec('true').catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(/could not start a command/);
    await c.close();
  });

  test('an abort kills the command and rejects with the reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 200);
    const started = Date.now();
    await expect(ssh.exec('sleep 30', { signal: controller.signal })).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await run(ssh, 'echo still here')).toMatchObject({ exitCode: 0, stdout: ['still here'] });
  });

  test('an abort that comes while the channel is still opening stops the command too', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const running = ssh.exec('sleep 30', { signal: controller.signal });
    controller.abort(new Error('stopped before the command started'));
    await expect(running).rejects.toThrow('stopped before the command started');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('execStream', () => {
  /** A writable that keeps every byte, optionally slowly (a reader that lags behind the machine). */
  function sink(delayMs = 0) {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        if (delayMs) setTimeout(done, delayMs);
        else done();
      }
    });
    return { stream, bytes: () => Buffer.concat(chunks) };
  }
  const stillRunning = async (pattern: string) =>
    (await run(ssh, `pgrep -fc '^${pattern}$' || true`)).stdout[0];

  test('pipes stdin to the command until it ends, then sends EOF', async () => {
    const out = sink();
    const err = sink();
    const result = await ssh.execStream('cat; echo "stdin ended" >&2; exit 4', {
      stdin: Readable.from([Buffer.from('line 1\n'), Buffer.from('line 2\n')]),
      stdout: out.stream,
      stderr: err.stream
    });
    expect(result).toEqual({ exitCode: 4 });
    expect(out.bytes().toString()).toBe('line 1\nline 2\n');
    expect(err.bytes().toString()).toBe('stdin ended\n');
    expect(out.stream.writableEnded).toBe(false); // the caller's streams stay open
  });

  test('without stdin, the command sees EOF at once', async () => {
    const out = sink();
    expect(await ssh.execStream('cat; echo eof', { stdout: out.stream, stderr: sink().stream })).toEqual({
      exitCode: 0
    });
    expect(out.bytes().toString()).toBe('eof\n');
  });

  test('megabytes of binary both ways arrive whole, to a slow reader too', async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const hash = sink();
    await ssh.execStream('sha256sum', {
      stdin: Readable.from([data]),
      stdout: hash.stream,
      stderr: sink().stream
    });
    expect(hash.bytes().toString()).toBe(`${createHash('sha256').update(data).digest('hex')}  -\n`);
    const slow = sink(1);
    const result = await ssh.execStream('head -c 4000000 /dev/zero; echo done >&2', {
      stdout: slow.stream,
      stderr: sink().stream
    });
    expect(result).toEqual({ exitCode: 0 });
    expect(slow.bytes().length).toBe(4_000_000);
  });

  test('a reader that stops holds the command back instead of filling memory (back-pressure)', async () => {
    await run(ssh, 'rm -f /tmp/stream-written');
    let release!: () => void;
    const released = new Promise<void>(r => (release = r));
    let received = 0;
    const stuck = new Writable({
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        void released.then(() => done());
      }
    });
    const running = ssh.execStream('head -c 40000000 /dev/zero; touch /tmp/stream-written', {
      stdout: stuck,
      stderr: sink().stream
    });
    await new Promise(r => setTimeout(r, 2000));
    expect((await run(ssh, 'test -e /tmp/stream-written; echo $?')).stdout).toEqual(['1']);
    expect(received).toBeLessThan(4 * 1024 * 1024);
    release();
    expect(await running).toEqual({ exitCode: 0 });
    expect(received).toBe(40_000_000);
  });

  test('returns the signal that ended a command', async () => {
    expect(await ssh.execStream('kill -TERM $$', { stdout: sink().stream, stderr: sink().stream })).toEqual({
      exitCode: null,
      signal: 'SIGTERM'
    });
  });

  test('an abort kills the command, stdin open or already ended, and rejects with the reason', async () => {
    for (const stdin of [new PassThrough(), undefined]) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('stop')), 300);
      const started = Date.now();
      await expect(
        ssh.execStream(
          'exec sleep 43.5',
          { stdin, stdout: sink().stream, stderr: sink().stream },
          { signal: controller.signal }
        )
      ).rejects.toThrow('stop');
      expect(Date.now() - started).toBeLessThan(2000);
      await eventually(async () => ((await stillRunning('sleep 43.5')) === '0' ? true : undefined), 5000);
    }
  });

  test('an already aborted signal starts nothing', async () => {
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(
      ssh.execStream(
        'touch /tmp/should-not-exist',
        { stdout: sink().stream, stderr: sink().stream },
        { signal: controller.signal }
      )
    ).rejects.toThrow('too late');
    expect((await run(ssh, 'test -e /tmp/should-not-exist; echo $?')).stdout).toEqual(['1']);
  });
});

describe('file transfer', () => {
  test('uploads a Buffer, a string and a local file, with modes', async () => {
    const file = join(local, 'tool.sh');
    writeFileSync(file, '#!/bin/sh\necho tool\n', { mode: 0o750 });
    await ssh.upload('/tmp/buffer.bin', Buffer.from([0, 1, 2, 255]), 0o600);
    await ssh.upload('text.txt', 'hello\n');
    await ssh.upload('/tmp/tool.sh', { localPath: file });
    const result = await run(
      ssh,
      'stat -c "%n %a %s" /tmp/buffer.bin ~/text.txt /tmp/tool.sh; od -An -tu1 /tmp/buffer.bin; /tmp/tool.sh'
    );
    expect(result.stdout.map(l => l.trim())).toEqual([
      '/tmp/buffer.bin 600 4',
      '/home/ubuntu/text.txt 644 6',
      '/tmp/tool.sh 750 20',
      '0   1   2 255',
      'tool'
    ]);
  });

  test('replaces an existing file, and ~/ means the home directory', async () => {
    await ssh.upload('~/again.txt', 'first version, longer\n');
    await ssh.upload('~/again.txt', 'second\n');
    expect(await run(ssh, 'cat /home/ubuntu/again.txt')).toMatchObject({ stdout: ['second'] });
  });

  test('downloads a file with its content and mode', async () => {
    await ssh.exec('head -c 300000 /dev/urandom > /tmp/random.bin; chmod 640 /tmp/random.bin');
    const target = join(local, 'down', 'random.bin');
    await ssh.download('/tmp/random.bin', target);
    await ssh.upload('/tmp/random-back.bin', { localPath: target });
    expect(await run(ssh, 'cmp /tmp/random.bin /tmp/random-back.bin && echo same')).toMatchObject({
      stdout: ['same']
    });
    expect(statSync(target).size).toBe(300000);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  test('a failed transfer is a CommunicatorError naming the path', async () => {
    const error = await ssh.upload('/nonexistent-dir/file.txt', 'x').catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toContain('/nonexistent-dir/file.txt');
    const missing = await ssh.download('/tmp/no-such-file', join(local, 'x')).catch(e => e);
    expect(missing.message).toMatch(/no-such-file: no such file/);
    const dir = await ssh.download('/tmp', join(local, 'x')).catch(e => e);
    expect(dir.message).toMatch(/is a directory/);
  });

  test('uploads and downloads a directory tree of many files, content intact', async () => {
    const tree = join(local, 'tree');
    const expected = new Map<string, Buffer>();
    for (let d = 0; d < 10; d++) {
      const dir = join(tree, `dir${d}`, d % 2 ? 'nested/deeper' : '');
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 30; f++) {
        const content = randomBytes(f === 0 ? 200_000 : 100 + f);
        writeFileSync(join(dir, `file${f}.bin`), content);
        expected.set(join(dir, `file${f}.bin`).slice(tree.length + 1), content);
      }
    }
    mkdirSync(join(tree, 'empty'));
    writeFileSync(join(tree, 'run.sh'), 'echo hi\n', { mode: 0o755 });
    expected.set('run.sh', Buffer.from('echo hi\n'));

    const started = Date.now();
    await ssh.uploadDirectory(tree, '/tmp/uploaded/tree');
    const elapsed = Date.now() - started;
    const listing = await run(
      ssh,
      'cd /tmp/uploaded/tree && find . -type f | wc -l && find . -type d | wc -l'
    );
    expect(listing.stdout).toEqual(['301', String(1 + 10 + 5 * 2 + 1)]);
    expect(await run(ssh, 'stat -c %a /tmp/uploaded/tree/run.sh')).toMatchObject({ stdout: ['755'] });
    expect(elapsed).toBeLessThan(10_000);

    const back = join(local, 'back');
    await ssh.downloadDirectory('/tmp/uploaded/tree', back);
    const files = readdirSync(back, { recursive: true, withFileTypes: true })
      .filter(e => e.isFile())
      .map(e => join(e.parentPath, e.name).slice(back.length + 1));
    expect(files.sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(readFileSync(join(back, path)).equals(content)).toBe(true);
    expect(statSync(join(back, 'empty')).isDirectory()).toBe(true);
    expect(statSync(join(back, 'run.sh')).mode & 0o777).toBe(0o755);
  });
});
