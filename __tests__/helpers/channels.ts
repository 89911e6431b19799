// Runs for the channel and retention tests: a build of a given commit (its SHA, its time in the push
// event, its run number) and a promote, each through the committed bundle, main step then post step.
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import { DEFAULT_REPOSITORY } from '../../world/runner/environment.js';
import type { CancelPlan, StepResult } from '../../world/runner/harness.js';
import { MAIN, NODE24, POST, type ActionWorld } from './action.js';

export interface Commit {
  sha: string;
  /** The commit's time, as the push event carries it. */
  time: string;
  /** The workflow run that builds it. */
  run: number;
  /** For template variables and AMI names: c1, c2, ... */
  label: string;
}

const BASE = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Commit n: SHA c<n>c<n>..., made n hours after a fixed time, built by run 10·n. */
export function commit(n: number): Commit {
  const label = `c${n}`;
  return {
    sha: label.repeat(40).slice(0, 40),
    time: new Date(BASE + n * 3600_000).toISOString(),
    run: 10 * n,
    label
  };
}

/** What both kinds of run need to reach the simulator: EC2 and Parameter Store at its endpoint. */
export const simEnv = (world: ActionWorld, sim: Ec2Simulator) => ({
  ...world.env(sim),
  AWS_ENDPOINT_URL_SSM: sim.endpoint,
  GITHUB_WORKFLOW: 'build'
});

export interface ChannelRunOptions {
  commit: Commit;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  attempt?: number;
  cancelLikeRunner?: CancelPlan;
}

/** A build of `web.json` at the commit: main step then post step; the post step must succeed. */
export async function channelRun(
  world: ActionWorld,
  sim: Ec2Simulator,
  options: ChannelRunOptions
): Promise<StepResult> {
  const c = options.commit;
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json', variables: `commit=${c.label}`, ...options.inputs },
    env: {
      ...simEnv(world, sim),
      GITHUB_SHA: c.sha,
      GITHUB_RUN_NUMBER: String(c.run),
      GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1),
      ...options.env
    },
    event: {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        after: c.sha,
        head_commit: { id: c.sha, timestamp: c.time },
        repository: { full_name: DEFAULT_REPOSITORY }
      }
    },
    cancelLikeRunner: options.cancelLikeRunner
  });
  if (post.exitCode !== 0) throw new Error(`the post step failed:\n${post.log}`);
  return main;
}

/** mode: promote, as a workflow_dispatch rollback job runs it. */
export async function promoteRun(
  world: ActionWorld,
  sim: Ec2Simulator,
  inputs: Record<string, string>
): Promise<StepResult> {
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { mode: 'promote', ...inputs },
    env: { ...simEnv(world, sim), GITHUB_RUN_NUMBER: '900' },
    event: { name: 'workflow_dispatch', payload: { inputs: {} } }
  });
  if (post.exitCode !== 0) throw new Error(`the post step failed:\n${post.log}`);
  return main;
}
