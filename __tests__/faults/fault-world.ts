// The world every fault test runs in: one EC2 simulator per test file (reset between cases),
// the committed bundle run as the Actions runner runs it (main, then post), and a ledger of
// what each case left behind. The ledger feeds the run's last line,
// "fault suite: N cases, M builds left something behind" (scripts/fault-summary-reporter.cjs);
// without that reporter each file prints its own line.
import { appendFileSync } from 'node:fs';
import { startEc2Simulator, type Ec2Simulator, type SimulatorOptions } from '../../world/ec2/simulator.js';
import type { ResourceSummary } from '../../world/ec2/inspect.js';
import type { CallRecord } from '../../world/ec2/server.js';
import type { MainThenPostResult, StepResult } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, POST, type ActionWorld, type RunOptions } from '../helpers/action.js';

export const LEDGER_ENV = 'BUILD_AMI_FAULT_LEDGER';

export interface FaultContext {
  readonly sim: Ec2Simulator;
  readonly world: ActionWorld;
}

export interface BuildRun extends MainThenPostResult {
  buildId: string;
  /** Wall-clock time (ms since the epoch) the main step started, to compare with sim.calls. */
  mainStartedAt: number;
  /** Wall-clock time of each signal sent to the main step. */
  signalsAt: { signal: string; at: number }[];
}

export type BuildOptions = Omit<RunOptions, 'workspace' | 'node'>;

/**
 * Sets up the simulator and a fresh workspace per case. After each case, whatever the
 * simulator still holds besides the images the case's successful builds produced is a leak:
 * it is written to the ledger (and the case's own assertions fail on it).
 */
export function faultSuite(options: SimulatorOptions = {}): FaultContext {
  let sim: Ec2Simulator | undefined;
  let world: ActionWorld | undefined;
  const kept = new Set<string>();
  const reported = new Set<string>();
  let cases = 0;
  const leaky: string[] = [];
  const ctx: Tracker = {
    get sim() {
      return sim!;
    },
    get world() {
      return world!;
    },
    keep: ids => ids.forEach(id => kept.add(id)),
    reported: ids => ids.forEach(id => reported.add(id))
  };
  active = ctx;
  beforeAll(async () => {
    sim = await startEc2Simulator(options);
  });
  afterAll(async () => {
    await sim?.stop();
    if (!process.env[LEDGER_ENV] && cases > 0) {
      process.stdout.write(
        leaky.map(line => `  ${line}\n`).join('') +
          `fault suite: ${cases} cases, ${leaky.length} builds left something behind\n`
      );
    }
  });
  beforeEach(async () => {
    await sim!.reset();
    kept.clear();
    reported.clear();
    world = actionWorld();
  });
  afterEach(async () => {
    // Left on purpose (the artifact), or left because EC2 refused to delete it and the post step
    // printed the command to remove it by hand: neither is a leak.
    const left = leaks(sim!, new Set([...kept, ...reported]));
    cases++;
    const test = expect.getState().currentTestName ?? '';
    const what = left.map(r => `${r.type} ${r.id} (${r.region}, ${r.state ?? '-'})`);
    if (left.length) leaky.push(`${test}: left ${what.join(', ')}`);
    const ledger = process.env[LEDGER_ENV];
    if (ledger) appendFileSync(ledger, JSON.stringify({ test, left: what }) + '\n');
    await world!.cleanup();
  });
  return ctx;
}

interface Tracker extends FaultContext {
  keep(ids: string[]): void;
  reported(ids: string[]): void;
}
let active: Tracker | undefined;

/** Ids named in the post step's "remove it by hand" commands: `aws ec2 <verb> --region R --<what> <id>`. */
export function manualCommands(log: string): { command: string; id: string }[] {
  return [...log.matchAll(/aws ec2 [a-z-]+ --region \S+ --[a-z-]+ ([\w.-]+)/g)].map(m => ({
    command: m[0],
    id: m[1]
  }));
}

/**
 * Client-made resources still alive, other than the given ids (a successful build's images) or
 * names (key pairs are known to EC2's API by name).
 */
export function leaks(sim: Ec2Simulator, kept: ReadonlySet<string> = new Set()): ResourceSummary[] {
  return sim.leftovers().filter(r => !kept.has(r.id) && !(r.name && kept.has(r.name)));
}

/**
 * The images and snapshots the main step reported: what a build is meant to leave. A step that
 * failed still reports the outputs of the builds that succeeded.
 */
export function artifactIds(main: StepResult): string[] {
  const amis = Object.values(JSON.parse(main.outputs.amis || '{}') as Record<string, string>);
  const snapshots = (main.outputs['snapshot-ids'] || '').split(',').filter(Boolean);
  return [...amis, ...snapshots];
}

/**
 * Runs the action's main step, then its post step, on the committed bundle under Node 24 with
 * the simulator's endpoint and credentials. Whatever the main step reported as its artifact is
 * recorded as meant to stay.
 */
export async function build(ctx: FaultContext, options: BuildOptions): Promise<BuildRun> {
  let mainStartedAt = 0;
  const { onLine, env, inputs, ...rest } = options;
  const result = await ctx.world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: ctx.world.workspace,
    ...rest,
    // A push with no pull request to comment on: no GitHub API in these cases.
    inputs: { 'comment-on-pr': 'false', ...inputs },
    env: { ...ctx.world.env(ctx.sim), ...env },
    onLine: line => {
      // The first line tells when the step started (its atMs counts from the start).
      if (!mainStartedAt) mainStartedAt = Date.now() - line.atMs;
      onLine?.(line);
    },
    timeoutMs: options.timeoutMs ?? 180_000
  });
  active?.keep(artifactIds(result.main));
  active?.reported(manualCommands(result.post.log).map(c => c.id));
  return {
    ...result,
    buildId: result.main.outputs['build-id'] || result.main.state['build-id'] || '',
    mainStartedAt,
    signalsAt: result.main.signalsSent.map(s => ({ signal: s.signal, at: mainStartedAt + s.atMs }))
  };
}

/**
 * Fails the case if the simulator holds anything but the run's artifact (and, if given, what the
 * post step named a command for), showing both step logs to explain why.
 */
export function expectNothingLeft(sim: Ec2Simulator, run: MainThenPostResult, also: string[] = []): void {
  const left = leaks(sim, new Set([...artifactIds(run.main), ...also]));
  if (left.length) {
    throw new Error(
      `left behind: ${left.map(r => `${r.type} ${r.id} (${r.region}, ${r.state ?? '-'})`).join(', ')}\n${describeRun(run)}`
    );
  }
}

/** Checks how the main and post steps ended, showing both logs when they did not end so. */
export function expectExits(run: MainThenPostResult, main: number | null, post: number | null = 0): void {
  if (run.main.exitCode !== main || run.post.exitCode !== post) {
    throw new Error(
      `expected main to exit ${main} and post ${post}, got ${run.main.exitCode} and ${run.post.exitCode}\n${describeRun(run)}`
    );
  }
}

/** A build's resources still in the simulator (tagged with its build id), for a shared simulator. */
export function ofBuild(resources: ResourceSummary[], buildId: string): ResourceSummary[] {
  return resources.filter(r => r.tags['build-ami:build-id'] === buildId);
}

/** "RunInstances", "RunInstances#2": an action and which of its calls (1-based) it was. */
export function numberedCalls(calls: readonly CallRecord[]): { action: string; nth: number }[] {
  const seen = new Map<string, number>();
  return calls.map(c => {
    const nth = (seen.get(c.action) ?? 0) + 1;
    seen.set(c.action, nth);
    return { action: c.action, nth };
  });
}

/** A compact view of a failed run for assertion messages. */
export function describeRun(run: MainThenPostResult): string {
  return `main exit ${run.main.exitCode} (${run.main.signal ?? 'no signal'})\n--- main log ---\n${run.main.log}\n--- post log ---\n${run.post.log}`;
}

/** The main step's visible error annotations (::error::) joined. */
export function errorsOf(step: StepResult): string {
  return step.log
    .split('\n')
    .filter(l => l.startsWith('::error'))
    .map(l => l.replace(/^::error[^:]*::/, '').replace(/%0A/g, '\n'))
    .join('\n');
}

/** A template in the style of Packer's documentation: an Ubuntu source image, an SSH user, a name. */
export function builder(name: string, extra: object = {}): Record<string, unknown> {
  return {
    type: 'amazon-ebs',
    name,
    region: 'us-east-1',
    source_ami_filter: {
      filters: { name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*' },
      owners: ['099720109477'],
      most_recent: true
    },
    instance_type: 't3.micro',
    ssh_username: 'ubuntu',
    // Instances answer within a second here: a build that cannot connect fails in a minute, not five.
    ssh_timeout: '60s',
    ami_name: `faults-${name}-{{timestamp}}`,
    ...extra
  };
}
