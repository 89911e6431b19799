// Whole builds, build-ami against Packer 1.6.6, alternately against one simulator: wall time,
// EC2 calls by action, peak RSS, and how long each wait took to notice each state change.
import { execFile, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import type { RunnerHarness } from '../../world/runner/harness.js';
import { builder, credentials, forPacker, node24 } from './common.js';

export interface Run {
  seconds: number;
  calls: number;
  byAction: Record<string, number>;
  rssMb?: number;
  /** Per state change: milliseconds until a call that could see it, or 'via SSH'. */
  lags: { what: string; ms?: number; note?: string }[];
  ok: boolean;
}

export interface Contender {
  name: string;
  run: () => Promise<Run>;
}

/** A state change as the simulator records it (sim.events, where the simulator keeps them). */
interface SimEvent {
  at: number;
  resource: string;
  kind: 'instance' | 'image' | 'snapshot';
  from: string;
  to: string;
}

const provisioners = [
  { type: 'shell', inline: ['echo hello > /tmp/hello.txt'] },
  { type: 'file', source: 'motd.txt', destination: '/tmp/motd.txt' }
];

const OBSERVERS: Record<SimEvent['kind'], string[]> = {
  instance: ['DescribeInstances', 'DescribeInstanceStatus'],
  image: ['DescribeImages'],
  snapshot: ['DescribeSnapshots']
};

/** The arrival time of a call record: `at` where the simulator stamps it, else its start time. */
const arrival = (call: { time: string; at?: number }): number => call.at ?? Date.parse(call.time);

function detectionLags(sim: Ec2Simulator): Run['lags'] {
  const events = (sim as unknown as { events?: SimEvent[] }).events;
  if (!events) return [];
  const calls = sim.calls as unknown as { action: string; time: string; at?: number; params: object }[];
  return events.map(e => {
    const what = `${e.kind} ${e.from}→${e.to}`;
    const seen = calls.find(
      c =>
        OBSERVERS[e.kind].includes(c.action) &&
        arrival(c) >= e.at &&
        JSON.stringify(c.params).includes(e.resource)
    );
    if (seen) return { what, ms: arrival(seen) - e.at };
    if (e.kind === 'instance' && e.to === 'running') return { what, note: 'via SSH' };
    return { what, note: 'not observed' };
  });
}

function countByAction(sim: Ec2Simulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of sim.calls) counts[c.action] = (counts[c.action] ?? 0) + 1;
  return counts;
}

/** Polls a child's peak resident set (VmHWM) while it runs. */
function watchRss(child: ChildProcess): () => number | undefined {
  let peakKb: number | undefined;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb ?? 0, Number(m[1]));
    } catch {
      // Gone.
    }
  };
  const timer = setInterval(read, 50);
  child.once('exit', () => clearInterval(timer));
  return () => (peakKb === undefined ? undefined : peakKb / 1024);
}

export function buildContenders(
  sim: Ec2Simulator,
  runner: RunnerHarness,
  dir: string,
  options: { regions?: string[]; reuse?: string; tag?: string } = {}
): Contender[] {
  const tag = options.tag ?? 'one';
  const extra = options.regions ? { ami_regions: options.regions } : {};
  writeFileSync(join(dir, 'motd.txt'), 'bench\n');
  writeFileSync(join(dir, `ours-${tag}.json`), JSON.stringify({ builders: [builder(extra)], provisioners }));
  writeFileSync(
    join(dir, `packer-${tag}.json`),
    JSON.stringify({ builders: [forPacker(sim.endpoint, extra)], provisioners })
  );
  const rssFile = join(dir, 'rss');
  // The step's own peak, written as it exits (process.exit included).
  const rssHook =
    "data:text/javascript,import{appendFileSync}from'node:fs';process.on('exit',()=>appendFileSync(process.env.BENCH_RSS_FILE,process.resourceUsage().maxRSS+'\\n'))";

  const ours = async (): Promise<Run> => {
    await sim.reset();
    rmSync(rssFile, { force: true });
    const started = Date.now();
    const { main } = await runner.runMainThenPost({
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      node: node24,
      workspace: dir,
      inputs: { template: `ours-${tag}.json`, reuse: options.reuse ?? 'never', 'comment-on-pr': 'false' },
      env: {
        ...credentials,
        AWS_ENDPOINT_URL_EC2: sim.endpoint,
        BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`,
        NODE_OPTIONS: `--import=${rssHook}`,
        BENCH_RSS_FILE: rssFile
      }
    });
    const seconds = (Date.now() - started) / 1000;
    let rssMb: number | undefined;
    try {
      // main's line is the first; maxRSS is in kilobytes.
      rssMb = Number(readFileSync(rssFile, 'utf8').split('\n')[0]) / 1024;
    } catch {
      rssMb = undefined;
    }
    return {
      seconds,
      calls: sim.calls.length,
      byAction: countByAction(sim),
      rssMb,
      lags: detectionLags(sim),
      ok: main.exitCode === 0
    };
  };

  const packer = (pollSeconds?: number) => async (): Promise<Run> => {
    await sim.reset();
    const started = Date.now();
    let rss: () => number | undefined = () => undefined;
    const ok = await new Promise<boolean>(resolve => {
      const child = execFile(
        'packer',
        ['build', `packer-${tag}.json`],
        {
          cwd: dir,
          maxBuffer: 64 * 1024 * 1024,
          env: {
            PATH: process.env.PATH,
            HOME: dir,
            CHECKPOINT_DISABLE: '1',
            ...credentials,
            ...(pollSeconds ? { AWS_POLL_DELAY_SECONDS: String(pollSeconds) } : {})
          }
        },
        error => resolve(!error)
      );
      rss = watchRss(child);
    });
    return {
      seconds: (Date.now() - started) / 1000,
      calls: sim.calls.length,
      byAction: countByAction(sim),
      rssMb: rss(),
      lags: detectionLags(sim),
      ok
    };
  };

  return [
    { name: 'build-ami', run: ours },
    { name: 'packer 1.6.6 (default polling)', run: packer() },
    { name: 'packer 1.6.6 (AWS_POLL_DELAY_SECONDS=2)', run: packer(2) }
  ];
}

/** Runs each contender `runs` times, taking turns, so drift in the machine's load hits all alike. */
export async function alternate(
  contenders: Contender[],
  runs: number,
  label: string
): Promise<Map<string, Run[]>> {
  const results = new Map<string, Run[]>(contenders.map(c => [c.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of contenders) {
      const r = await c.run();
      results.get(c.name)!.push(r);
      console.error(
        `${label} ${i + 1}/${runs} ${c.name}: ${r.seconds.toFixed(1)} s, ${r.calls} calls${r.ok ? '' : ' FAILED'}`
      );
    }
  }
  return results;
}
