// The command line, run as a user runs it: the bundle (`npm run bundle` first) as a child process,
// against the EC2 simulator through the standard AWS environment. validate makes no AWS call; build
// makes an image and leaves nothing else; Ctrl-C mid-build removes everything and exits 130.
import { jest } from '@jest/globals';
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ubuntuBuilder } from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';

jest.setTimeout(120_000);

const CLI = resolve('dist/cli/index.js');
let sim: Ec2Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  dir = mkdtempSync(join(tmpdir(), 'build-ami-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `dir`; `onStdout` sees the output so far and may signal the child. */
function cli(
  args: string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void
): Promise<Run> {
  return new Promise(done => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => {
      stdout += chunk;
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('close', code => done({ code, stdout, stderr }));
  });
}

/**
 * What is left once instances asked to terminate have finished: the build does not wait for that (it
 * confirms the instance is shutting down), so a check right after the command sees it going.
 */
async function leftoversOnceTerminated() {
  for (let waited = 0; waited < 15_000; waited += 200) {
    const going = sim.leftovers().some(r => r.type === 'instance' && r.state === 'shutting-down');
    if (!going) break;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return sim.leftovers();
}

/** The standard AWS environment, pointed at the simulator. */
const awsEnv = (): Record<string, string> => ({
  AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
  AWS_SECRET_ACCESS_KEY: 'simulator-secret-key-do-not-print',
  AWS_REGION: 'us-east-1',
  AWS_ENDPOINT_URL_EC2: sim.endpoint,
  BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
});

function write(name: string, content: object) {
  writeFileSync(join(dir, name), JSON.stringify(content, null, 2));
}

function template(provisioners: object[] = [{ type: 'shell', inline: ['echo provisioned'] }]) {
  return {
    variables: { version: '1.0.0' },
    builders: [
      ubuntuBuilder({
        name: 'web',
        ami_name: 'cli-{{user `version`}}-{{timestamp}}',
        ami_regions: ['us-west-2']
      })
    ],
    provisioners,
    'post-processors': [
      {
        type: 'manifest',
        output: 'packer-manifest.json',
        // As amazon-eks-ami's template: the manifest records the source image by name.
        custom_data: { source_ami_name: '{{ build `SourceAMIName` }}', version: '{{user `version`}}' }
      }
    ]
  };
}

test('--help and <command> --help print usage and exit 0; a bad command line exits 1 with usage', async () => {
  const help = await cli(['--help']);
  expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: build-ami <command>') });
  const buildHelp = await cli(['build', '--help']);
  expect(buildHelp.code).toBe(0);
  expect(buildHelp.stdout).toMatch(/Ctrl-C \(SIGINT\)[\s\S]*exits 130/);
  expect((await cli(['validate', '-h'])).stdout).toContain('Makes no AWS call');
  const bad = await cli(['deploy', 'x.json']);
  expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown command "deploy"') });
  const missing = await cli(['validate']);
  expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('the template is missing') });
});

test('validate prints the plan and exits 0, with no AWS call', async () => {
  write('t.json', template());
  write('v.json', { version: '2.0.0' });
  const run = await cli(
    ['validate', '-var-file', 'v.json', '-var', 'version=3.0.0', '-only', 'web', 't.json'],
    awsEnv()
  );
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.stdout).toContain('The template is valid: t.json, 1 build.');
  expect(run.stdout).toContain('build "web" (amazon-ebs)');
  expect(run.stdout).toContain('  region: us-east-1\n  ami_regions: us-west-2');
  expect(run.stdout).toContain('owners 099720109477; most recent');
  expect(run.stdout).toMatch(/ami_name: cli-3\.0\.0-\d{10}/);
  expect(run.stdout).toContain('provisioners: 1. shell');
  expect(run.stdout).toContain('post-processors: manifest');
  expect(sim.calls).toHaveLength(0);
});

test('validate prints each problem as file:line:col: field: detail and exits 1, with no AWS call', async () => {
  write('t.json', {
    builders: [
      ubuntuBuilder({ ami_name: 'x-{{timestamp}}', instance_typ: 't3.micro', ssh_usernme: 'ubuntu' })
    ]
  });
  const run = await cli(['validate', 't.json'], awsEnv());
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^t\.json:\d+:\d+: builders\[0\]\.instance_typ: unknown option instance_typ/),
    // Every problem of the template, in order, then the count.
    expect.stringMatching(
      /^t\.json:\d+:\d+: builders\[0\]\.ssh_usernme: unknown option ssh_usernme .*did you mean ssh_username/
    ),
    't.json: 2 problems; nothing was built.'
  ]);
  expect(sim.calls).toHaveLength(0);
});

test('build makes the image, copies it, writes the manifest, prints the outputs and leaves nothing else', async () => {
  write('t.json', template());
  const run = await cli(['build', '-var', 'version=1.2.3', 't.json'], awsEnv());
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(/^==> /m);
  const amiId = /^ami-id: (ami-[0-9a-f]+)$/m.exec(run.stdout)?.[1];
  expect(amiId).toBeDefined();
  const { Images } = await ec2Client(sim).send(new DescribeImagesCommand({ ImageIds: [amiId!] }));
  expect(Images![0].Name).toMatch(/^cli-1\.2\.3-\d{10}$/);
  const manifest = JSON.parse(readFileSync(join(dir, 'packer-manifest.json'), 'utf8'));
  expect(manifest.builds[0].artifact_id).toContain(`us-east-1:${amiId}`);
  expect(manifest.builds[0].artifact_id).toMatch(/us-west-2:ami-/);
  expect(manifest.builds[0].custom_data).toEqual({
    source_ami_name: expect.stringMatching(/^ubuntu\/images\/hvm-ssd\/ubuntu-jammy-22\.04-amd64-server-\d+$/),
    version: '1.2.3'
  });
  const kept = new Set(
    sim
      .resources()
      .filter(r => r.type === 'image' || r.type === 'snapshot')
      .map(r => r.id)
  );
  expect((await leftoversOnceTerminated()).filter(r => !kept.has(r.id))).toEqual([]);
});

test('a failed build exits 1 and leaves nothing behind', async () => {
  write('t.json', template([{ type: 'shell', inline: ['echo about to fail', 'exit 3'] }]));
  const run = await cli(['build', 't.json'], awsEnv());
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/Error: /);
  expect(await leftoversOnceTerminated()).toEqual([]);
  expect(existsSync(join(dir, 'packer-manifest.json'))).toBe(false);
});

test('Ctrl-C mid-build cleans up everything and exits 130', async () => {
  write('t.json', template([{ type: 'shell', inline: ['echo provisioning-started', 'sleep 30'] }]));
  let sent = false;
  const run = await cli(['build', 't.json'], awsEnv(), (stdout, child) => {
    if (!sent && /provisioning-started/.test(stdout)) {
      sent = true;
      child.kill('SIGINT');
    }
  });
  expect(sent).toBe(true);
  expect({ code: run.code, leftovers: await leftoversOnceTerminated() }).toEqual({
    code: 130,
    leftovers: []
  });
  expect(run.stderr).toContain('SIGINT received: stopping the build and removing everything it created');
});
