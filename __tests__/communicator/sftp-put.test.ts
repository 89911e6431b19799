// sftp-put.ts against a real sshd: its SFTP WRITEs, framed on ssh2's channel, must land as fastPut's
// would (every byte, the mode, an error naming the path), also several at once on one session
// sharing the channel window with each other and with ssh2's own requests, and a session that
// closes under an upload must fail it rather than leave it waiting.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ssh2, { type SFTPWrapper } from 'ssh2';
import { connectSsh } from '../../src/communicator/ssh.js';
import { canSftpPut, sftpPut } from '../../src/communicator/sftp-put.js';
import type { Communicator } from '../../src/communicator/types.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';
import { launchInstance, type TestInstance } from '../helpers/instance.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
let instance: TestInstance;
let ssh: Communicator;
let client: InstanceType<typeof ssh2.Client>;
let sftp: SFTPWrapper;
const local = mkdtempSync(join(tmpdir(), 'sftp-put-test-'));

/** Small writes and reads, so that a few megabytes take many of each and several blocks. */
const small = { chunkBytes: 64 * 1024, inFlight: 3, chunksPerRead: 3 };

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
  instance = await launchInstance(ec2);
  ssh = await connectSsh({
    host: instance.host,
    port: sim.world.sshPort,
    username: instance.user,
    privateKey: instance.privateKey,
    timeoutMs: 15_000,
    retryDelayMs: 100
  });
  client = new ssh2.Client();
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve).once('error', reject);
    client.connect({
      host: instance.host,
      port: sim.world.sshPort,
      username: instance.user,
      privateKey: instance.privateKey
    });
  });
  sftp = await openSftp();
}, 30_000);
afterAll(async () => {
  client?.end();
  await ssh?.close();
  await sim?.stop();
  rmSync(local, { recursive: true, force: true });
});

function openSftp(): Promise<SFTPWrapper> {
  return new Promise((resolve, reject) => client.sftp((err, s) => (err ? reject(err) : resolve(s))));
}

function localFile(name: string, bytes: number): { path: string; sha256: string } {
  const data = randomBytes(bytes);
  const path = join(local, name);
  writeFileSync(path, data);
  return { path, sha256: createHash('sha256').update(data).digest('hex') };
}

async function remote(command: string): Promise<string[]> {
  const stdout: string[] = [];
  const result = await ssh.exec(command, { onStdout: line => stdout.push(line) });
  expect(result.exitCode).toBe(0);
  return stdout;
}

test("ssh2's SFTP session is one sftp-put.ts can drive (or uploads would quietly take fastPut)", () => {
  expect(canSftpPut(sftp)).toBe(true);
  expect(canSftpPut({})).toBe(false);
  expect(canSftpPut(undefined)).toBe(false);
});

test('a file of many writes and blocks, the last write short, arrives byte for byte with its mode', async () => {
  const file = localFile('many.bin', 5 * 1024 * 1024 + 777);
  await sftpPut(sftp, file.path, '/tmp/many.bin', { mode: 0o751, ...small });
  expect(await remote('sha256sum /tmp/many.bin; stat -c "%s %a" /tmp/many.bin')).toEqual([
    `${file.sha256}  /tmp/many.bin`,
    `${5 * 1024 * 1024 + 777} 751`
  ]);
});

test('an empty file arrives empty, with its mode, over an existing longer one', async () => {
  await remote('head -c 1000 /dev/zero > /tmp/empty.bin');
  const file = localFile('empty.bin', 0);
  await sftpPut(sftp, file.path, '/tmp/empty.bin', { mode: 0o600, ...small });
  expect(await remote('stat -c "%s %a" /tmp/empty.bin')).toEqual(['0 600']);
});

test('files uploaded at once on one session, beside ssh2 requests, each arrive whole', async () => {
  const files = [0, 1, 2, 3].map(i => localFile(`parallel-${i}.bin`, 3 * 1024 * 1024 + i * 4099));
  // Full-size writes, eight in flight each: together far more than the channel window holds.
  const uploads = files.map((f, i) =>
    sftpPut(sftp, f.path, `/tmp/parallel-${i}.bin`, { mode: 0o644, chunkBytes: 255 * 1024, inFlight: 8 })
  );
  const stats = [0, 1, 2].map(
    () =>
      new Promise<number>((resolve, reject) =>
        sftp.stat('/tmp', (err, s) => (err ? reject(err) : resolve(s.mode)))
      )
  );
  await Promise.all([...uploads, ...stats]);
  expect(await remote('sha256sum /tmp/parallel-*.bin')).toEqual(
    files.map((f, i) => `${f.sha256}  /tmp/parallel-${i}.bin`)
  );
});

test('a file another user owns and lets us write takes the bytes, and keeps its mode (as fastPut)', async () => {
  await remote(
    'sudo mkdir -p /srv/shared && sudo chmod 777 /srv/shared && sudo install -m 666 -o root /dev/null /srv/shared/theirs.bin'
  );
  const file = localFile('theirs.bin', 300_000);
  await sftpPut(sftp, file.path, '/srv/shared/theirs.bin', { mode: 0o600, ...small });
  expect(await remote('sha256sum /srv/shared/theirs.bin; stat -c "%U %a" /srv/shared/theirs.bin')).toEqual([
    `${file.sha256}  /srv/shared/theirs.bin`,
    'root 666'
  ]);
});

test('a path the user may not write fails with the path in the error, and the session goes on', async () => {
  const file = localFile('denied.bin', 100_000);
  const error = await ssh.upload('/etc/denied.bin', { localPath: file.path }).catch(e => e);
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toContain(`could not upload ${file.path} to /etc/denied.bin`);
  expect(error.message).toContain('Permission denied');
  const direct = await sftpPut(sftp, file.path, '/etc/denied.bin', { mode: 0o644, ...small }).catch(e => e);
  expect(direct).toMatchObject({ code: 3 }); // SSH_FX_PERMISSION_DENIED
  await ssh.upload('/tmp/after.bin', { localPath: file.path });
  expect(await remote('stat -c %s /tmp/after.bin')).toEqual(['100000']);
});

test('a session that closes during an upload fails it', async () => {
  const file = localFile('closing.bin', 64 * 1024 * 1024);
  const own = await openSftp();
  const upload = sftpPut(own, file.path, '/tmp/closing.bin', { mode: 0o644, ...small });
  setTimeout(() => own.end(), 10);
  await expect(upload).rejects.toThrow();
}, 20_000);
