// Upload throughput: a 200 MB file through build-ami's SSH communicator (the file provisioner's
// path) and through OpenSSH's scp, to the same sshd (a simulated instance's), in turns. Ours
// runs in a child on the runner's Node 24 without ssh2's native addon, as the action runs
// (upload-ours.ts); in this process (Node 20, the addon loaded) it would measure another cipher path.
//
// Ours uploads over one connection, opened once, as a build's file provisioner does; scp opens
// its own each time, as a user's `scp` does. For the bytes alone, scp also runs over an OpenSSH
// connection kept open (ControlMaster), reported beside the target, not in it. Over loopback the
// first bulk transfer on any connection stalls for a few hundred ms (sshd's first receive window
// holds about one 64 KiB segment, whose ACK it delays: the sender's loss probes show as spurious
// retransmissions), so each connection's first upload is reported on its own too.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
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
  /** Seconds per run; the first of ours and of scpOpen is its connection's first transfer. */
  ours: number[];
  scp: number[];
  scpOpen: number[];
}

export async function benchUpload(sim: Ec2Simulator, runs: number, megabytes = 200): Promise<UploadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'build-ami-upload-'));
  const file = join(dir, 'payload.bin');
  writeFileSync(file, randomBytes(megabytes * 1024 * 1024));
  const keyFile = join(dir, 'key');
  const instance = await launchInstance(ec2Client(sim));
  writeFileSync(keyFile, instance.privateKey.trimEnd() + '\n', { mode: 0o600 });
  const target = `${instance.user}@${instance.host}`;
  const options = [
    ...['-i', keyFile, '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no'],
    ...['-o', 'UserKnownHostsFile=/dev/null', '-o', 'IdentitiesOnly=yes', '-o', 'LogLevel=ERROR']
  ];
  const controlPath = join(dir, 'control');
  const run = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile(command, args, error => (error ? reject(error) : resolve()))
    );
  const child = spawn(
    node24,
    [
      ...['--import', 'tsx', join(import.meta.dirname, 'upload-ours.ts')],
      ...[instance.host, String(sim.world.sshPort), instance.user, file]
    ],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BENCH_PRIVATE_KEY: instance.privateKey } }
  );
  let master: ChildProcess | undefined;
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  /** One upload by the child: the seconds it reports. */
  const ours = async () => {
    child.stdin.write('upload\n');
    const line = await lines.next();
    if (line.done) throw new Error('the upload process exited');
    return Number(line.value);
  };
  const scp = (extra: string[], destination: string) => () =>
    run('scp', [
      '-q',
      '-P',
      String(sim.world.sshPort),
      ...options,
      ...extra,
      file,
      `${target}:${destination}`
    ]);
  /** Seconds of one upload; one that fails is said and tried again once (a long run is not lost to it). */
  const time = async (upload: () => Promise<void>, retry = true): Promise<number> => {
    const started = process.hrtime.bigint();
    try {
      await upload();
    } catch (error) {
      if (!retry) throw error;
      console.error(`an upload failed, trying it again: ${(error as Error).message}`);
      return time(upload, false);
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const result: UploadResult = { megabytes, ours: [], scp: [], scpOpen: [] };
  try {
    // The kept-open connection: a master that only holds the connection (-N) for the scp runs.
    const masterOptions = ['-p', String(sim.world.sshPort), ...options, '-o', `ControlPath=${controlPath}`];
    await waitFor(() => run('ssh', ['-p', String(sim.world.sshPort), ...options, target, 'true'])); // sshd is up
    master = spawn('ssh', [...masterOptions, '-o', 'ControlMaster=yes', '-N', target], { stdio: 'ignore' });
    await waitFor(() => run('ssh', [...masterOptions, '-O', 'check', target]));
    const scpOpen = scp(['-o', `ControlPath=${controlPath}`, '-o', 'ControlMaster=no'], '/tmp/scp-open.bin');
    for (let i = 0; i < runs; i++) {
      result.ours.push(await ours());
      result.scp.push(await time(scp([], '/tmp/scp.bin')));
      result.scpOpen.push(await time(scpOpen));
      console.error(
        `upload ${i + 1}: build-ami ${result.ours.at(-1)!.toFixed(2)} s, scp ${result.scp.at(-1)!.toFixed(2)} s, ` +
          `scp over an open connection ${result.scpOpen.at(-1)!.toFixed(2)} s`
      );
    }
  } finally {
    child.stdin.end();
    master?.kill();
    await Promise.all(
      [child, master].map(
        p => p && p.exitCode === null && p.signalCode === null && new Promise(r => p.once('exit', r))
      )
    );
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** Retries check (every 100 ms, for up to 30 s) until it succeeds. */
async function waitFor(check: () => Promise<void>): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      return await check();
    } catch (error) {
      if (tries >= 300) throw error;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }
}
