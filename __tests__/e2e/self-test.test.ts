// The ci workflow's self-test job, run here step by step from the workflow file itself: its
// "start the simulator" script (npm run sim in the background), its `uses: ./` step through
// the runner harness on Node 24 with the step's own inputs and the job's environment, its check
// script with the step's outputs, then the post step as the runner runs it at the end of the
// job. The steps are read from .github/workflows/ci.yml, so a green test here means the job
// would pass, and the two cannot drift apart.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionWorld, copyExamples, MAIN, NODE24, POST, type ActionWorld } from '../helpers/action.js';
import { parseWorkflow, type Job, type Step } from '../helpers/workflows.js';
import { freePort } from '../../world/free-port.js';

/** The port the workflow starts the simulator on; the test swaps in a free one. */
const WORKFLOW_PORT = '4566';

function selfTestJob(port: number): Job {
  const text = readFileSync('.github/workflows/ci.yml', 'utf8').split(WORKFLOW_PORT).join(String(port));
  const workflow = parseWorkflow(text) as ReturnType<typeof parseWorkflow> & {
    defaults?: { run?: { shell?: string } };
  };
  // runScript runs steps as `shell: bash` does; a different shell would need a different runScript.
  expect(workflow.defaults?.run?.shell).toBe('bash');
  return workflow.jobs['self-test'];
}

/** `${{ steps.<id>.outputs.<name> }}` from the outputs given; any other expression is a test error. */
function expand(value: unknown, outputs: Record<string, Record<string, string>> = {}): string {
  return String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (whole, expression: string) => {
    const match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (!match || !outputs[match[1]]) throw new Error(`the test cannot evaluate ${whole}`);
    return outputs[match[1]][match[2]] ?? '';
  });
}

function expandAll(values: Record<string, unknown> | undefined, outputs = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, expand(v, outputs)]));
}

interface ScriptResult {
  code: number | null;
  output: string;
  pid: number;
}

/** A `run:` step as the runner runs it with `shell: bash` (ci.yml's default), in the given directory. */
function runScript(script: string, env: Record<string, string>, cwd: string): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    // In its own process group, so what it leaves running in the background can be stopped.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.once('error', reject);
    child.once('close', code => resolve({ code, output, pid: child.pid! }));
  });
}

function alive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops what a step left running, as the runner does at the end of the job. */
async function stopGroup(group: number): Promise<void> {
  if (!alive(group)) return;
  process.kill(-group, 'SIGTERM');
  for (let i = 0; i < 200 && alive(group); i++) await new Promise(r => setTimeout(r, 100));
  if (alive(group)) process.kill(-group, 'SIGKILL');
}

function stepNamed(job: Job, test: (step: Step) => boolean, what: string): Step {
  const step = job.steps?.find(test);
  if (!step) throw new Error(`the self-test job has no ${what} step`);
  return step;
}

let world: ActionWorld;
let runnerTemp: string;
let simulatorGroup: number | undefined;

beforeEach(() => {
  world = actionWorld();
  runnerTemp = mkdtempSync(join(tmpdir(), 'build-ami-self-test-'));
});
afterEach(async () => {
  if (simulatorGroup !== undefined) await stopGroup(simulatorGroup);
  await world.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
});

test("the ci workflow's self-test job passes: simulator, uses: ./, output checks, post step", async () => {
  const port = await freePort();
  const job = selfTestJob(port);
  const jobEnv: Record<string, string> = { ...expandAll(job.env), RUNNER_TEMP: runnerTemp };
  expect(jobEnv.AWS_ENDPOINT_URL_EC2).toBe(`http://127.0.0.1:${port}`);

  // The simulator, started by the workflow's own script (from the repository, as after checkout).
  const start = stepNamed(job, step => /npm run sim/.test(step.run ?? ''), 'simulator');
  const started = await runScript(start.run!, { ...jobEnv, ...expandAll(start.env) }, process.cwd());
  simulatorGroup = started.pid;
  expect({ code: started.code, output: started.output }).toEqual({
    code: 0,
    output: expect.stringContaining(`EC2 simulator listening on http://127.0.0.1:${port}`)
  });

  // The `uses: ./` step: the committed bundle, with that step's inputs and the job's environment.
  const action = stepNamed(job, step => step.uses === './', 'uses: ./');
  expect(action.id).toBeDefined();
  copyExamples(world);
  const stepEnv = { ...jobEnv, ...expandAll(action.env) };
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: expandAll(action.with),
    env: stepEnv
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.outputs.manifest).toBe(join(world.workspace, 'examples', 'packer-manifest.json'));

  // The check step, with the outputs the runner would substitute.
  const check = job.steps![job.steps!.indexOf(action) + 1];
  expect(JSON.stringify(check.env)).toContain(`steps.${action.id}.outputs.ami-id`);
  const checked = await runScript(
    check.run!,
    { ...jobEnv, ...expandAll(check.env, { [action.id!]: main.outputs }) },
    world.workspace
  );
  expect({ code: checked.code, output: checked.output }).toEqual({
    code: 0,
    output: expect.stringContaining(`ami-id=${main.outputs['ami-id']} region=us-east-1`)
  });

  // The post step, as the runner runs it after the job's last step: same inputs, saved state.
  const post = await world.runner.runStep({
    entry: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: expandAll(action.with),
    env: stepEnv,
    state: main.state
  });
  expect({ exit: post.exitCode, log: post.exitCode === 0 ? '' : post.log }).toEqual({ exit: 0, log: '' });
  const leftovers = (await (await fetch(`${jobEnv.AWS_ENDPOINT_URL_EC2}/_sim/leftovers`)).json()) as {
    type: string;
    id: string;
  }[];
  expect(leftovers.map(r => r.type).sort()).toEqual(['image', 'snapshot']);
  expect(leftovers.find(r => r.type === 'image')?.id).toBe(main.outputs['ami-id']);
});

test('a check step that finds no AMI id fails the job', async () => {
  const job = selfTestJob(await freePort());
  const action = stepNamed(job, step => step.uses === './', 'uses: ./');
  const check = job.steps![job.steps!.indexOf(action) + 1];
  const result = await runScript(
    check.run!,
    { ...expandAll(job.env), ...expandAll(check.env, { [action.id!]: { manifest: '/nonexistent' } }) },
    runnerTemp
  );
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("::error::ami-id is not an AMI id: ''");
});
