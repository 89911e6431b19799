// A template's problems as a user sees them on the run page, through the committed bundle run as the
// runner runs it: every mistake at once, each an annotation on its line and a row of the job summary,
// and not one EC2 call; the region from the environment, and checked against the regions AWS has.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';

let sim: Ec2Simulator;
let world: ActionWorld;
beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
});
afterEach(() => world.cleanup());

/** Five independent mistakes, one per line marked ◀ (the marks are taken out before the file is written). */
const FIVE = `{
  "variables": { "version": "1" },
  "builders": [
    {
      "type": "amazon-ebs",
      "region": "us-east-1",
      "source_ami": "ami-0123456789abcdef0",
      "instance_type": "t3.micro",
      "ssh_username": "ubuntu",
      "ami_name": "web-{{user \`version\`}}",
      "ami_nmae": "typo",◀
      "ssh_port": "ssh",◀
      "ebs_optimized": "maybe"◀
    }
  ],
  "provisioners": [
    { "type": "shell", "inline": ["true"], "script_mode": 3 },◀
    { "type": "file", "content": "x" }◀
  ]
}
`;

/** The template as written, and the 1-based lines with a ◀. */
function marked(text: string): { text: string; lines: number[] } {
  const lines = text.split('\n');
  return {
    text: lines.map(line => line.replace('◀', '')).join('\n'),
    lines: lines.flatMap((line, index) => (line.includes('◀') ? [index + 1] : []))
  };
}

test('five mistakes: five annotations on their lines, the summary lists them, no EC2 call', async () => {
  const template = marked(FIVE);
  world.write({ 'packer/web.json': template.text });
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'packer/web.json', variables: 'ghost=1' },
    env: world.env(sim)
  });
  expect(main.exitCode).toBe(1);
  // One annotation on its line per problem, then one line that sums them up.
  expect(parseWorkflowCommands(main.log).errors.at(-1)).toBe(
    '5 problems in the template; each is annotated at its line above'
  );
  const errorLines = main.log
    .split('\n')
    .filter(line => line.startsWith('::error ') && line.includes('file='));
  expect(errorLines).toHaveLength(5);
  const places = errorLines.map(line =>
    /^::error (?:title=[^,]*,)?file=([^,]+),line=(\d+),col=(\d+)/.exec(line)
  );
  expect(places.map(p => p && [p[1], Number(p[2])])).toEqual(
    template.lines.map(line => ['packer/web.json', line])
  );
  const annotations = parseWorkflowCommands(main.log).annotations.filter(
    a => a.level === 'error' && a.properties.file !== undefined
  );
  expect(annotations.map(a => a.message)).toEqual([
    expect.stringMatching(/^packer\/web\.json:11:7: builders\[0\]\.ami_nmae: unknown option ami_nmae/),
    expect.stringMatching(/^packer\/web\.json:12:19: builders\[0\]\.ssh_port: /),
    expect.stringMatching(/^packer\/web\.json:13:24: builders\[0\]\.ebs_optimized: /),
    expect.stringMatching(/^packer\/web\.json:17:44: provisioners\[0\]\.script_mode: unknown option/),
    expect.stringMatching(/^packer\/web\.json:18:5: provisioners\[1\].*destination/)
  ]);
  // The summary has a row for each, in the same order.
  const rows = main.summary.split('\n').filter(line => line.startsWith('| `packer/web.json:'));
  expect(rows.map(row => /^\| `packer\/web\.json:(\d+):/.exec(row)![1])).toEqual(template.lines.map(String));
  expect(main.summary).toContain('## ❌ 5 problems in the template');
  expect(main.summary).toContain('`builders[0].ami_nmae`');
  // An undeclared variable given in the inputs is only a warning, as in Packer.
  expect(parseWorkflowCommands(main.log).warnings).toEqual([
    expect.stringMatching(
      /^variables:1:1: variable ghost is set by variables but not declared in the template/
    )
  ]);
  expect(sim.calls).toEqual([]);
});

test('an unknown region is an error naming the field and the known regions, with no EC2 call', async () => {
  const text = JSON.stringify(
    { builders: [ubuntuBuilder({ region: 'us-east-9x', ami_name: 'web-{{timestamp}}' })] },
    null,
    2
  );
  const line = text.split('\n').findIndex(l => l.includes('us-east-9x')) + 1;
  world.write({ 'web.json': text });
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim)
  });
  expect(main.exitCode).toBe(1);
  const log = parseWorkflowCommands(main.log);
  expect(log.annotations).toEqual([
    expect.objectContaining({
      level: 'error',
      message: expect.stringMatching(
        /^web\.json:\d+:17: builders\[0\]\.region: "us-east-9x" is not a known AWS region \(known in partition aws: .*eu-west-1.*us-east-1, us-east-2, us-west-1, us-west-2\); set "skip_region_validation": true/
      ),
      properties: expect.objectContaining({ file: 'web.json', line: String(line), col: '17' })
    })
  ]);
  expect(sim.calls).toEqual([]);
});

test('a builder without region builds in AWS_REGION', async () => {
  const builder = ubuntuBuilder({ ami_name: 'web-{{timestamp}}' });
  delete builder.region;
  world.write({
    'web.json': { builders: [builder], provisioners: [{ type: 'shell', inline: ['echo ready'] }] }
  });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: { ...world.env(sim), AWS_REGION: 'us-west-2' }
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.outputs.region).toBe('us-west-2');
  expect(JSON.parse(main.outputs.amis)).toEqual({ 'us-west-2': main.outputs['ami-id'] });
  expect(post.exitCode).toBe(0);
  expect(new Set(sim.calls.map(call => call.region))).toEqual(new Set(['us-west-2']));
});

test('with neither region nor AWS_REGION / AWS_DEFAULT_REGION, the error says so', async () => {
  const builder = ubuntuBuilder({ ami_name: 'web-{{timestamp}}' });
  delete builder.region;
  world.write({ 'web.json': { builders: [builder] } });
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: { ...world.env(sim), AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }
  });
  expect(main.exitCode).toBe(1);
  expect(parseWorkflowCommands(main.log).errors).toEqual([
    expect.stringMatching(
      /^web\.json:\d+:\d+: builders\[0\]\.region: is required: set "region" in the builder, or AWS_REGION or AWS_DEFAULT_REGION in the environment$/
    )
  ]);
  expect(sim.calls).toEqual([]);
});
