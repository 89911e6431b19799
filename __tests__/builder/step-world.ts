// The steps against the real EC2 simulator, without the bundle or sshd: a BuildContext for a
// template's one builder, pointed at the simulator with the real SDK client, and a way to run
// some steps as the runner does (cleanups included). Resources are then checked in the
// simulator itself (leftovers, images, snapshots), never on mocks.
import { EC2Client } from '@aws-sdk/client-ec2';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newBuildState, type BuildContext, type BuildState } from '../../src/builder/context.js';
import { runSteps, type RunReport, type Step } from '../../src/builder/runner.js';
import { finishCleanup } from '../../src/cleanup/finish.js';
import { readRunInfo } from '../../src/github/run-info.js';
import { Journal } from '../../src/journal.js';
import type { Log } from '../../src/log.js';
import { loadTemplate } from '../../src/template/index.js';
import { temporaryTags, traceTags } from '../../src/tags.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import type { SimulatorOptions } from '../../world/ec2/simulator.js';
import { ubuntuBuilder } from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';

export interface StepWorld {
  readonly sim: Ec2Simulator;
  /** A fresh temp dir, removed after the file's tests. */
  dir(): string;
}

/** One simulator for the test file (no sshd), reset after each test. */
export function stepWorld(options: SimulatorOptions = {}): StepWorld {
  let sim: Ec2Simulator | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    sim = await startEc2Simulator({ ssh: false, ...options });
  });
  afterEach(() => sim?.reset());
  afterAll(async () => {
    await sim?.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  return {
    get sim() {
      return sim!;
    },
    dir() {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'build-ami-steps-'));
      dirs.push(d);
      return d;
    }
  };
}

export interface TestBuild {
  ctx: BuildContext;
  state: BuildState;
  journal: Journal;
  lines: string[];
  /** Runs the steps as a build does: in order, then every started step's cleanup in reverse. */
  run(steps: (Step<BuildState> | undefined)[], signal?: AbortSignal): Promise<RunReport>;
}

/** A build of one amazon-ebs builder: the defaults below, with `builder` merged over them; `files` beside it. */
export function testBuild(
  world: StepWorld,
  builder: Record<string, unknown> = {},
  files: Record<string, string> = {}
): TestBuild {
  const dir = world.dir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(
    path.join(dir, 'build.json'),
    JSON.stringify({
      builders: [ubuntuBuilder({ name: 'web', ami_name: 'steps-web', ...builder })]
    })
  );
  const loaded = loadTemplate({ path: 'build.json', cwd: dir, env: {} }).builds[0]!;
  if (loaded.type !== 'amazon-ebs') throw new Error('step-world builds amazon-ebs templates');
  const plan = loaded;
  const lines: string[] = [];
  const log: Log = {
    info: l => lines.push(l),
    warning: l => lines.push(`warning: ${l}`),
    error: l => lines.push(`error: ${l}`),
    debug: () => undefined,
    group: async (title, fn) => {
      lines.push(`::group::${title}`);
      return fn();
    }
  };
  const clients = new Map<string, EC2Client>();
  const ec2For = (region: string) => {
    if (!clients.has(region)) clients.set(region, ec2Client(world.sim, region));
    return clients.get(region)!;
  };
  const buildId = randomUUID();
  const run = readRunInfo({ GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'octo/web', GITHUB_RUN_ID: '1' });
  const journal = new Journal(() => undefined);
  const ctx: BuildContext = {
    plan,
    polling: { delayMs: 50 },
    buildId,
    ec2: ec2For(plan.builder.region),
    ec2For,
    journal,
    log,
    connect: async () => {
      throw new Error('no SSH in the step tests');
    },
    createProvisioner: () => {
      throw new Error('no provisioners in the step tests');
    },
    provisionerLog: {
      info: l => lines.push(l),
      warning: l => lines.push(l),
      output: (_s, l) => lines.push(l)
    },
    temporaryTags: temporaryTags(run, buildId),
    traceTags: traceTags(run, 'fingerprint-1', buildId),
    workingDirectory: dir,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, Math.min(ms, 100));
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
    now: Date.now,
    uuid: randomUUID,
    readFile: p => fs.promises.readFile(path.resolve(dir, p), 'utf8'),
    publicIp: async () => '203.0.113.7'
  };
  const state = newBuildState();
  return {
    ctx,
    state,
    journal,
    lines,
    run: (steps, signal = new AbortController().signal) =>
      runSteps(
        steps.filter(s => s !== undefined),
        state,
        { log, signal }
      )
  };
}

/** A step that runs `fn` (a look at the world mid-build, or a failure after the steps before it). */
export function probe(fn: () => void | Promise<void>, title = 'Probe'): Step<BuildState> {
  return { title, run: async () => fn() };
}

/** What the build left in the simulator, as "type:id" sorted. */
export function left(sim: Ec2Simulator): string[] {
  return sim
    .leftovers()
    .map(r => `${r.type}`)
    .sort();
}

/**
 * What the build left once the post step has run (it confirms the termination the main step
 * asked for and did not wait for) and EC2 has finished what it was asked: a shutting-down
 * instance ends terminated, and its volumes with it.
 */
export async function leftAfterPost(build: TestBuild, sim: Ec2Simulator): Promise<string[]> {
  await finishCleanup({
    saved: {
      buildId: build.ctx.buildId,
      journal: build.journal.all(),
      regions: [build.ctx.plan.builder.region],
      endpoints: {},
      mainFinished: true,
      accounts: {}
    },
    ec2: build.ctx.ec2For,
    info: l => build.lines.push(`post: ${l}`),
    warning: l => build.lines.push(`post warning: ${l}`),
    sleep: build.ctx.sleep
  });
  for (let i = 0; i < 50 && shuttingDown(sim); i++) await new Promise(r => setTimeout(r, 100));
  return left(sim);
}

const shuttingDown = (sim: Ec2Simulator) =>
  sim.resources().some(r => r.type === 'instance' && r.state === 'shutting-down');
