// Large uploads through the SSH communicator (the file provisioner's path) against a real sshd:
// many large SFTP writes in flight at once, so the bytes, the mode and a failure part-way must
// all come through as they would one write at a time.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunicatorError } from '../../src/errors.js';
import { connectSsh } from '../../src/communicator/ssh.js';
import type { Communicator } from '../../src/communicator/types.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../helpers/ec2.js';
import { launchInstance } from '../helpers/instance.js';

let sim: Ec2Simulator;
let ec2: EC2Client;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'upload-large-test-'));
// Not a whole number of writes, so the last one is short.
const payload = randomBytes(24 * 1024 * 1024 + 12_345);
const file = join(local, 'payload.bin');

beforeAll(async () => {
  writeFileSync(file, payload, { mode: 0o751 });
  sim = await startEc2Simulator({});
  ec2 = ec2Client(sim);
  const instance = await launchInstance(ec2);
  ssh = await connectSsh({
    host: instance.host,
    port: sim.world.sshPort,
    username: instance.user,
    privateKey: instance.privateKey,
    timeoutMs: 15_000,
    retryDelayMs: 100
  });
}, 30_000);
afterAll(async () => {
  await ssh?.close();
  await sim?.stop();
  rmSync(local, { recursive: true, force: true });
});

async function remote(command: string): Promise<string[]> {
  const stdout: string[] = [];
  const result = await ssh.exec(command, { onStdout: line => stdout.push(line) });
  expect(result.exitCode).toBe(0);
  return stdout;
}

test('a 24 MB file arrives byte for byte, with its local mode', async () => {
  await ssh.upload('/tmp/payload.bin', { localPath: file });
  const sha256 = createHash('sha256').update(payload).digest('hex');
  expect(await remote('sha256sum /tmp/payload.bin; stat -c "%s %a" /tmp/payload.bin')).toEqual([
    `${sha256}  /tmp/payload.bin`,
    `${payload.length} 751`
  ]);
});

test('an upload that the disk cannot hold part-way fails with an error naming the path', async () => {
  // A 4 MB disk in the instance's own mount namespace: the first writes land, a later one fails.
  await remote('sudo mkdir -p /mnt/small && sudo mount -t tmpfs -o size=4m,mode=1777 tmpfs /mnt/small');
  const error = await ssh.upload('/mnt/small/payload.bin', { localPath: file }).catch(e => e);
  expect(error).toBeInstanceOf(CommunicatorError);
  expect(error.message).toContain(`could not upload ${file} to /mnt/small/payload.bin`);
  // It failed after some bytes had gone, not before: part of the file is there.
  const [size] = await remote('stat -c %s /mnt/small/payload.bin');
  expect(Number(size)).toBeGreaterThan(0);
  expect(Number(size)).toBeLessThan(payload.length);
  // The connection still works for the next transfer.
  await ssh.upload('/tmp/after.txt', 'after\n');
  expect(await remote('cat /tmp/after.txt')).toEqual(['after']);
});
