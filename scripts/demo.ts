// `npm run demo`: the action's main job, locally. Starts the EC2 simulator in-process (real
// sshd instances, so run it as root), builds examples/web.pkr.hcl (or, with `-- --json`, its JSON
// twin examples/web.pkr.json) with the committed bundle
// the way the Actions runner runs it, then prints the log, the outputs and the job summary as
// a run page would show them, and what the simulator holds afterwards.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator } from '../world/ec2/simulator.js';
import { createRunnerHarness, parseWorkflowCommands } from '../world/runner/harness.js';

/** The log as the run page shows it: groups as headings, annotations labelled, masked values hidden. */
function asRunPage(log: string): string {
  const masks = parseWorkflowCommands(log).masks;
  const hide = (text: string) => masks.reduce((t, m) => (m ? t.split(m).join('***') : t), text);
  return log
    .split('\n')
    .flatMap(line => {
      const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
      if (!command) return [hide(line)];
      const [, name, text] = command;
      if (name === 'group') return [`▶ ${hide(text)}`];
      if (name === 'error' || name === 'warning' || name === 'notice')
        return [`${name.toUpperCase()}: ${hide(text)}`];
      return [];
    })
    .join('\n');
}

const sim = await startEc2Simulator({});
const runner = createRunnerHarness();
const workspace = mkdtempSync(join(tmpdir(), 'build-ami-demo-'));
cpSync('examples', join(workspace, 'examples'), { recursive: true });
try {
  console.log(`EC2 simulator listening on ${sim.endpoint}; workspace ${workspace}\n`);
  const { main, post } = await runner.runMainThenPost({
    main: 'dist/main/index.js',
    post: 'dist/post/index.js',
    workspace,
    inputs: {
      'working-directory': 'examples',
      ...(process.argv.includes('--json')
        ? { template: 'web.pkr.json', 'var-files': 'web.vars.json' }
        : { template: 'web.pkr.hcl', 'var-files': 'web.pkrvars.hcl' }),
      variables: 'app_version=1.2.4'
    },
    env: {
      AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
      AWS_SECRET_ACCESS_KEY: 'simulator-secret',
      AWS_ENDPOINT_URL_EC2: sim.endpoint,
      AWS_REGION: 'us-east-1',
      BUILD_AMI_PUBLIC_IP_URL: `${sim.endpoint}/_sim/checkip`
    }
  });
  const show = (title: string, text: string) =>
    console.log(`\n──── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}\n${text}`);
  show('main step log', asRunPage(main.log));
  show(`main step exit code ${main.exitCode}; outputs`, JSON.stringify(main.outputs, null, 2));
  show('job summary', main.summary || '(none)');
  show('post step log', asRunPage(post.log));
  show(
    'left in the simulated account',
    sim
      .leftovers()
      .map(r => `${r.type} ${r.id} ${r.state ?? ''} ${r.name ?? ''}`)
      .join('\n') || '(nothing)'
  );
  process.exitCode = main.exitCode ?? 1;
} finally {
  await runner.cleanup();
  await sim.stop();
  rmSync(workspace, { recursive: true, force: true });
}
