// Upload throughput: a 200 MB file through build-ami's SSH communicator (the file provisioner's
// path) and through OpenSSH's scp, to the same sshd (a simulated instance's), alternately. Ours
// runs in a child on the runner's Node 24 without ssh2's native addon, as the action runs
// (upload-ours.ts); in this process (Node 20, the addon loaded) it would measure another cipher path.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { node24 } from './common.js';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import { ec2Client } from '../../__tests__/helpers/ec2.js';
import { launchInstance } from '../../__tests__/helpers/instance.js';

export interface UploadResult {
  megabytes: number;
  /** Seconds per run. */
  ours: number[];
  scp: number[];
}

export async function benchUpload(sim: Ec2Simulator, runs: number, megabytes = 200): Promise<UploadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'build-ami-upload-'));
  const file = join(dir, 'payload.bin');
  writeFileSync(file, randomBytes(megabytes * 1024 * 1024));
  const keyFile = join(dir, 'key');
  const instance = await launchInstance(ec2Client(sim));
  writeFileSync(keyFile, instance.privateKey.trimEnd() + '\n', { mode: 0o600 });
  const child = spawn(
    node24,
    [
      ...['--import', 'tsx', join(import.meta.dirname, 'upload-ours.ts')],
      ...[instance.host, String(sim.world.sshPort), instance.user, file]
    ],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BENCH_PRIVATE_KEY: instance.privateKey } }
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  /** One upload by the child: the seconds it reports. */
  const ours = async () => {
    child.stdin.write('upload\n');
    const line = await lines.next();
    if (line.done) throw new Error('the upload process exited');
    return Number(line.value);
  };
  const result: UploadResult = { megabytes, ours: [], scp: [] };
  const scp = () =>
    new Promise<void>((resolve, reject) =>
      execFile(
        'scp',
        [
          ...['-q', '-i', keyFile, '-P', String(sim.world.sshPort)],
          ...['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null'],
          ...['-o', 'IdentitiesOnly=yes', '-o', 'LogLevel=ERROR'],
          file,
          `${instance.user}@${instance.host}:/tmp/scp.bin`
        ],
        error => (error ? reject(error) : resolve())
      )
    );
  const time = async (run: () => Promise<void>) => {
    const started = process.hrtime.bigint();
    await run();
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  try {
    for (let i = 0; i < runs; i++) {
      result.ours.push(await ours());
      result.scp.push(await time(scp));
      console.error(
        `upload ${i + 1}: build-ami ${result.ours.at(-1)!.toFixed(2)} s, scp ${result.scp.at(-1)!.toFixed(2)} s`
      );
    }
  } finally {
    child.stdin.end();
    if (child.exitCode === null) await new Promise(resolve => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
