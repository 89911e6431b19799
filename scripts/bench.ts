// `npm run bench [-- --timing realistic|fast] [--runs N] [--scenario one-region|instant|four-region|rerun|upload|cold-start|all] [--only build-ami]`:
// build-ami (the committed bundle dist/ on Node 24, run as the Actions runner runs it) against
// Packer 1.6.6 on one EC2 simulator, taking turns; writes bench/results.md and prints it.
// "realistic" holds instances pending 20 s, stopping 20 s and images pending 40 s, the profile
// REFERENCE.md measured Packer on; "fast" is the tests' timing. The scenarios are in scripts/bench/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { startEc2Simulator } from '../world/ec2/simulator.js';
import { REALISTIC_TIMING } from '../world/ec2/timing-profiles.js';
import { FAST_TIMING } from '../world/ec2/world.js';
import { createRunnerHarness } from '../world/runner/harness.js';
import { alternate, buildContenders, type Run } from './bench/builds.js';
import { benchColdStart, coldStartEntries } from './bench/cold-start.js';
import { builder, credentials, median, node24, range } from './bench/common.js';
import { benchUpload } from './bench/upload.js';

const SCENARIOS = ['one-region', 'instant', 'four-region', 'rerun', 'upload', 'cold-start'];
const { values } = parseArgs({
  options: {
    timing: { type: 'string', default: 'realistic' },
    runs: { type: 'string', default: '3' },
    scenario: { type: 'string', default: 'all' },
    out: { type: 'string', default: 'bench/results.md' },
    // For a quick look at one tool while changing it: `--only build-ami`. Ratios need all of them.
    only: { type: 'string' }
  }
});
const realistic = values.timing === 'realistic';
const only = <T extends { name: string }>(contenders: T[]) =>
  values.only ? contenders.filter(c => c.name.startsWith(values.only!)) : contenders;
const runs = Number(values.runs);
const chosen = values.scenario === 'all' ? SCENARIOS : values.scenario!.split(',');
for (const s of chosen) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s}`);
const timing = { ...FAST_TIMING, ...(realistic ? REALISTIC_TIMING : {}) };
const floorOf = (t: typeof FAST_TIMING) =>
  (t.instancePendingMs + t.sshBootMs + t.instanceStoppingMs + t.imagePendingMs) / 1000;
const floorSeconds = floorOf(timing);

const dir = mkdtempSync(join(tmpdir(), 'build-ami-bench-'));
// The cold start's floor is bundled first: a bundling error ends the run before the long scenarios.
const coldStart = chosen.includes('cold-start') ? coldStartEntries(dir) : undefined;
const sim = await startEc2Simulator({ timing: realistic ? REALISTIC_TIMING : undefined });
const runner = createRunnerHarness();
const out: string[] = [];
const targets: { target: string; measured: string; met: boolean }[] = [];
const s1 = (n: number) => n.toFixed(1);

function buildTable(title: string, results: Map<string, Run[]>, floor = floorSeconds): number[] {
  const rows = [...results.entries()];
  const base = rows[0][1];
  const baseWall = median(base.map(r => r.seconds));
  const baseCalls = median(base.map(r => r.calls));
  out.push(`### ${title}`, '');
  out.push(
    '| tool | wall s (min–max) | overhead s (wall − floor) | EC2 calls (min–max) | peak RSS MB | wall / build-ami | calls / build-ami | ok |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |'
  );
  for (const [name, rs] of rows) {
    const wall = rs.map(r => r.seconds);
    const calls = rs.map(r => r.calls);
    const rss = rs.map(r => r.rssMb).filter((x): x is number => x !== undefined);
    out.push(
      `| ${name} | ${s1(median(wall))} (${range(wall)}) | ${s1(median(wall) - floor)} | ${median(calls)} (${range(calls, 0)}) | ${rss.length ? s1(median(rss)) : '—'} | ${(median(wall) / baseWall).toFixed(2)} | ${(median(calls) / baseCalls).toFixed(2)} | ${rs.every(r => r.ok) ? 'yes' : 'NO'} |`
    );
  }
  out.push('', 'EC2 calls by action (median run of each tool):', '');
  const actions = [...new Set(rows.flatMap(([, rs]) => rs.flatMap(r => Object.keys(r.byAction))))].sort();
  out.push(`| action | ${rows.map(([n]) => n).join(' | ')} |`, `| --- |${rows.map(() => ' --- |').join('')}`);
  for (const a of actions)
    out.push(`| ${a} | ${rows.map(([, rs]) => median(rs.map(r => r.byAction[a] ?? 0))).join(' | ')} |`);
  out.push('');
  const lagged = rows.filter(([, rs]) => rs.some(r => r.lags.length > 0));
  if (lagged.length === 0)
    out.push('Detection lag: not measured (this simulator records no state changes).', '');
  for (const [name, rs] of lagged) {
    const byWhat = new Map<string, { ms: number[]; notes: Set<string> }>();
    for (const r of rs)
      for (const l of r.lags) {
        const entry = byWhat.get(l.what) ?? { ms: [], notes: new Set() };
        if (l.ms !== undefined) entry.ms.push(l.ms);
        if (l.note) entry.notes.add(l.note);
        byWhat.set(l.what, entry);
      }
    out.push(
      `Detection lag, ${name}: ` +
        [...byWhat.entries()]
          .map(([w, e]) => `${w} ${e.ms.length ? `${median(e.ms)} ms` : [...e.notes].join('/')}`)
          .join('; '),
      ''
    );
  }
  return [baseWall, baseCalls];
}

let failure: unknown;
try {
  let oneRegion: number[] | undefined;
  if (chosen.includes('one-region')) {
    const results = await alternate(only(buildContenders(sim, runner, dir)), runs, 'one-region');
    oneRegion = buildTable('one-region', results);
    const packerFast = results.get('packer 1.6.6 (AWS_POLL_DELAY_SECONDS=2)');
    const packerDefault = results.get('packer 1.6.6 (default polling)');
    if (realistic) {
      targets.push({
        target: `one-region calls <= 20${packerDefault ? ` (Packer default polling: ${median(packerDefault.map(r => r.calls))})` : ''}`,
        measured: String(oneRegion[1]),
        met: oneRegion[1] <= 20
      });
      if (packerFast) {
        const theirs = median(packerFast.map(r => r.seconds));
        targets.push({
          target: 'one-region wall <= Packer with 2 s polling',
          measured: `${s1(oneRegion[0])} s vs ${s1(theirs)} s`,
          met: oneRegion[0] <= theirs
        });
      }
      targets.push({
        target: 'overhead (wall - floor) <= 2 s',
        measured: `${s1(oneRegion[0] - floorSeconds)} s`,
        met: oneRegion[0] - floorSeconds <= 2
      });
    }
  }
  if (chosen.includes('instant')) {
    // The instant profile (the tests' timing) in a simulator of its own, for its call target.
    const instantSim = await startEc2Simulator({});
    try {
      const results = await alternate(
        only(buildContenders(instantSim, runner, dir, { tag: 'instant' })),
        runs,
        'instant'
      );
      const [, calls] = buildTable(
        'one-region, instant profile (`--timing fast`)',
        results,
        floorOf(FAST_TIMING)
      );
      const packerDefault = results.get('packer 1.6.6 (default polling)');
      targets.push({
        target: `instant profile calls <= 15${packerDefault ? ` (Packer: ${median(packerDefault.map(r => r.calls))})` : ''}`,
        measured: String(calls),
        met: calls <= 15
      });
    } finally {
      await instantSim.stop();
    }
  }
  if (chosen.includes('four-region')) {
    const extra = ['us-west-2', 'eu-west-1', 'eu-central-1'];
    // CopyImage takes only an available source, and a copy is pending as long as an image (the
    // simulator holds it for the image or snapshot time): the copies add that much to the floor.
    const copySeconds = Math.max(timing.imagePendingMs, timing.snapshotPendingMs) / 1000;
    const fourFloor = floorSeconds + copySeconds;
    const [wall, calls] = buildTable(
      `four-region (ami_regions: ${extra.join(', ')})`,
      await alternate(
        only(buildContenders(sim, runner, dir, { regions: extra, tag: 'four' })),
        runs,
        'four-region'
      ),
      fourFloor
    );
    out.push(
      `Floor: ${s1(floorSeconds)} s, then the copies, ${s1(copySeconds)} s (a copy starts once its source is available) = ` +
        `${s1(fourFloor)} s, ${(fourFloor / floorSeconds).toFixed(2)}x the one-region floor.`,
      ''
    );
    if (oneRegion) {
      targets.push({
        target: 'four-region wall <= 1.2 x one-region',
        measured: `${s1(wall)} s vs ${s1(oneRegion[0])} s (${(wall / oneRegion[0]).toFixed(2)}x; floors ${(fourFloor / floorSeconds).toFixed(2)}x)`,
        met: wall <= 1.2 * oneRegion[0]
      });
      targets.push({
        target: 'four-region calls <= one-region + 3 per extra region',
        measured: `${calls} vs ${oneRegion[1]} + ${3 * extra.length}`,
        met: calls <= oneRegion[1] + 3 * extra.length
      });
    }
  }
  if (chosen.includes('rerun')) {
    writeFileSync(join(dir, 'rerun.json'), JSON.stringify({ builders: [builder()] }));
    const step = () =>
      runner.runMainThenPost({
        main: 'dist/main/index.js',
        post: 'dist/post/index.js',
        node: node24,
        workspace: dir,
        inputs: { template: 'rerun.json', reuse: 'commit', 'comment-on-pr': 'false' },
        env: {
          ...credentials,
          AWS_ENDPOINT_URL_EC2: sim.endpoint,
          BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
        }
      });
    await sim.reset();
    await step(); // builds the image the reruns find
    const walls: number[] = [];
    const calls: number[] = [];
    for (let i = 0; i < Math.max(runs, 3); i++) {
      const before = sim.calls.length;
      const { main } = await step();
      walls.push(main.durationMs / 1000);
      calls.push(sim.calls.length - before);
      console.error(`rerun ${i + 1}: ${main.durationMs} ms, ${calls.at(-1)} calls, exit ${main.exitCode}`);
    }
    out.push('### rerun (`reuse: commit` of an already-built commit, main step)', '');
    out.push(
      `wall ${median(walls).toFixed(2)} s (${range(walls, 2)}); EC2 calls ${median(calls)} (${range(calls, 0)})`,
      ''
    );
    targets.push({ target: 'rerun calls <= 2', measured: String(median(calls)), met: median(calls) <= 2 });
    targets.push({
      target: 'rerun wall <= 1.5 s',
      measured: `${median(walls).toFixed(2)} s`,
      met: median(walls) <= 1.5
    });
  }
  if (chosen.includes('upload')) {
    await sim.reset();
    // At least five runs: each connection's first upload is slower over loopback (upload.ts), and
    // the median of three would move with it.
    const u = await benchUpload(sim, Math.max(runs, 5));
    const ours = median(u.ours);
    const scp = median(u.scp);
    const scpOpen = median(u.scpOpen);
    const line = (name: string, xs: number[]) =>
      `${name} ${median(xs).toFixed(2)} s (${range(xs, 2)}), ${(u.megabytes / median(xs)).toFixed(0)} MB/s`;
    out.push(`### upload (${u.megabytes} MB, file provisioner's SFTP vs OpenSSH scp, same sshd)`, '');
    out.push(
      `${line('build-ami, over its open connection,', u.ours)}; ${line('scp, its own connection each run,', u.scp)}; ` +
        `ratio ${(scp / ours).toFixed(2)}x (${u.ours.length} runs each).`,
      '',
      `First upload on a new connection: build-ami ${u.ours[0].toFixed(2)} s, scp over an open connection ` +
        `${u.scpOpen[0].toFixed(2)} s (over loopback, a connection's first bulk transfer stalls: scripts/bench/upload.ts). ` +
        `For the bytes alone, not the target: ${line('scp over an open OpenSSH connection (ControlMaster)', u.scpOpen)}, ` +
        `ratio ${(scpOpen / ours).toFixed(2)}x.`,
      ''
    );
    targets.push({
      target: 'upload >= 2x scp',
      measured: `${(scp / ours).toFixed(2)}x`,
      met: scp / ours >= 2
    });
  }
  if (coldStart) {
    const c = await benchColdStart(sim, runner, dir, Math.max(runs, 5), coldStart);
    const ms = (xs: number[]) => `${median(xs)} ms (${range(xs, 0)})`;
    out.push(
      '### cold start (spawn of `node24 dist/main/index.js` to its first EC2 call at the simulator)',
      ''
    );
    out.push(
      `${ms(c.step)}, ${c.step.length} runs. In the same turns, the floors under it on this machine: ` +
        `the AWS SDK's EC2 client alone making one call, bundled as dist/ is, ${ms(c.sdkFloor)}; ` +
        `Node alone making one HTTP request, ${ms(c.nodeFloor)}.`,
      ''
    );
    targets.push({
      target: 'cold start <= 150 ms',
      measured: `${median(c.step)} ms (SDK alone ${median(c.sdkFloor)} ms)`,
      met: median(c.step) <= 150
    });
  }
} catch (error) {
  // What was measured is still written, with the reason the run ended.
  failure = error;
  out.push(`**The run stopped early:** ${(error as Error).message.split('\n')[0]}`, '');
} finally {
  await runner.cleanup();
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}

const cpu = cpus();
const head = [
  '# Benchmark results',
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ` +
    `node ${execFileSync(node24, ['--version']).toString().trim()} (build-ami), ${new Date().toISOString()}`,
  '',
  `Command: \`npm run bench -- --timing ${values.timing} --runs ${runs} --scenario ${values.scenario}\`; ` +
    `floor (simulated pending + boot + stopping + image) ${s1(floorSeconds)} s; medians, min–max in brackets.`,
  '',
  '| target | measured | met |',
  '| --- | --- | --- |',
  ...targets.map(t => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : 'not met'} |`),
  ''
];
// Written as the repository's formatter would (CI checks it), so a fresh result commits as it is.
const text = await format([...head, ...out].join('\n'), {
  ...(await resolveConfig(values.out!)),
  filepath: values.out!
});
mkdirSync(join(values.out!, '..'), { recursive: true });
writeFileSync(values.out!, text);
console.log(text);
if (failure) throw failure;
