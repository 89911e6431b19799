// End to end: the committed bundle, run as the Actions runner runs it, builds a Packer JSON
// template against the EC2 simulator, and leaves nothing behind whatever happens.
import { DescribeImagesCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { DEFAULT_SHA } from '../../world/runner/environment.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import {
  actionWorld,
  copyExamples,
  MAIN,
  NODE24,
  POST,
  ubuntuBuilder,
  type ActionWorld
} from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';
import { sshToNewInstance } from '../helpers/new-instance.js';

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
const actionsCalled = new Set<string>();
afterEach(async () => {
  // Only the action's own calls (its client identifies itself), not the test's checks.
  for (const call of sim.calls)
    if (call.userAgent?.includes('build-ami')) actionsCalled.add(`ec2:${call.action}`);
  await world.cleanup();
});

/** A small template in the style of Packer's documentation, with the given provisioners. */
function template(provisioners: object[], extra: object = {}) {
  return {
    variables: { name: 'e2e' },
    builders: [ubuntuBuilder({ ami_name: '{{user `name`}}-{{timestamp}}', ...extra })],
    provisioners
  };
}

test('the example template becomes a tagged AMI carrying the provisioned files, with every output set', async () => {
  copyExamples(world);
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: {
      'working-directory': 'examples',
      template: 'web.pkr.json',
      'var-files': 'web.vars.json',
      variables: 'app_version=1.2.4'
    },
    env: world.env(sim)
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  const amiId = main.outputs['ami-id'];
  expect(amiId).toMatch(/^ami-[0-9a-f]{17}$/);
  expect(main.outputs['ami-name']).toMatch(/^web-1\.2\.4-\d{10}$/);
  expect(main.outputs.region).toBe('us-east-1');
  expect(JSON.parse(main.outputs.amis)).toEqual({ 'us-east-1': amiId });
  expect(main.outputs['build-id']).toMatch(/^[0-9a-f-]{36}$/);

  const ec2 = ec2Client(sim);
  const { Images } = await ec2.send(new DescribeImagesCommand({ ImageIds: [amiId] }));
  const tags = Object.fromEntries(Images![0].Tags!.map(t => [t.Key, t.Value]));
  expect(tags).toMatchObject({
    Name: 'web',
    Version: '1.2.4',
    Base: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301',
    'build-ami:commit': DEFAULT_SHA,
    'build-ami:repository': expect.stringMatching(/.+\/.+/),
    'build-ami:run-url': expect.stringMatching(/^https:\/\/github\.com\/.+\/actions\/runs\/\d+/),
    'build-ami:fingerprint': expect.stringMatching(/^sha256:[0-9a-f]{32}$/)
  });
  expect(Images![0].Description).toBe(
    'web 1.2.4 on ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301'
  );
  const snapshotIds = main.outputs['snapshot-ids'].split(',');
  const { Snapshots } = await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: snapshotIds }));
  expect(Object.fromEntries(Snapshots![0].Tags!.map(t => [t.Key, t.Value]))).toMatchObject({
    'build-ami:commit': DEFAULT_SHA
  });

  const manifest = JSON.parse(readFileSync(main.outputs.manifest, 'utf8'));
  expect(manifest).toEqual({
    builds: [
      {
        name: 'amazon-ebs',
        builder_type: 'amazon-ebs',
        build_time: expect.any(Number),
        files: null,
        artifact_id: `us-east-1:${amiId}`,
        packer_run_uuid: main.outputs['build-id'],
        custom_data: null
      }
    ],
    last_run_uuid: main.outputs['build-id']
  });

  const log = parseWorkflowCommands(main.log);
  expect(log.groups.map(g => g.title)).toEqual(
    expect.arrayContaining(['Find source image', 'Launch instance', 'Provision', 'Create image', 'Clean up'])
  );
  expect(main.log).toContain('installing web 1.2.4 as ubuntu (build amazon-ebs, amazon-ebs)');
  expect(log.notices).toEqual([expect.stringContaining(amiId)]);
  expect(post.exitCode).toBe(0);

  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual(['image', 'snapshot']);
  const seen = await sshToNewInstance(
    sim,
    amiId,
    'cat /opt/web/VERSION /opt/web/greeting /opt/web/index.html'
  );
  expect(seen.stdout).toBe(
    '1.2.4\nhello from build-ami\n' + readFileSync('examples/files/index.html', 'utf8')
  );
});

test('a failing provisioner fails the step with its exit code and leaves nothing behind', async () => {
  world.write({ 'web.json': template([{ type: 'shell', inline: ['echo about to fail', 'exit 3'] }]) });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json', 'public-ip-lookup-url': 'http://127.0.0.1:9/' },
    env: world.env(sim)
  });
  expect(main.exitCode).toBe(1);
  // The runner's address could not be found: the group falls back to Packer's 0.0.0.0/0, and says so.
  expect(parseWorkflowCommands(main.log).warnings.join('\n')).toMatch(
    /Could not find this runner's public address/
  );
  const ingress = sim.calls.find(c => c.action === 'AuthorizeSecurityGroupIngress')!.params as {
    IpPermissions: { IpRanges: { CidrIp: string }[] }[];
  };
  expect(ingress.IpPermissions[0].IpRanges).toEqual([{ CidrIp: '0.0.0.0/0' }]);
  const errors = parseWorkflowCommands(main.log).errors.join('\n');
  expect(errors).toMatch(/Provision: .*exit(ed)? (with )?(code|status) 3/);
  expect(main.log).toContain('about to fail');
  // The summary says which step failed, shows its last output and what was cleaned up.
  expect(main.summary).toContain('Provision');
  expect(main.summary).toContain('about to fail');
  expect(main.summary).toMatch(/\*\*Cleaned up:\*\*.*instance i-\w+ \(us-east-1; shutting down\)/);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
  expect(sim.callCount('RunInstances')).toBe(1);
});

test('provisioners start relative paths in working-directory, as Packer starts them in its own', async () => {
  world.write({
    'packer/web.json': template([
      { type: 'shell', inline: ['echo built-here > /tmp/where.txt'] },
      { type: 'file', direction: 'download', source: '/tmp/where.txt', destination: 'out/where.txt' },
      { type: 'shell-local', inline: ['pwd > local-pwd.txt'] }
    ]),
    'packer/scripts/.keep': ''
  });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { 'working-directory': 'packer', template: 'web.json' },
    env: world.env(sim)
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  const packer = join(world.workspace, 'packer');
  expect(readFileSync(join(packer, 'out', 'where.txt'), 'utf8')).toBe('built-here\n');
  expect(realpathSync(readFileSync(join(packer, 'local-pwd.txt'), 'utf8').trim())).toBe(realpathSync(packer));
  expect(post.exitCode).toBe(0);
});

test.each([
  ['broken JSON', '{"builders": [', /web\.json:1:\d+: /],
  [
    'an unknown option',
    template([], { ami_nmae: 'x' }),
    /web\.json:\d+:\d+: builders\[0\]\.ami_nmae: unknown option ami_nmae/
  ],
  ['a missing ssh_username', template([], { ssh_username: undefined }), /web\.json:\d+:\d+: builders\[0\]/],
  ['a bad ami_name', template([], { ami_name: 'no*stars' }), /web\.json:\d+:\d+: builders\[0\]\.ami_name: /],
  [
    'an option not supported yet',
    template([], { elastic_ip_allocation_id: 'eipalloc-1' }),
    /elastic_ip_allocation_id is not supported yet/
  ]
])('a template with %s fails with file:line:column and makes no EC2 call', async (_name, body, message) => {
  world.write({ 'web.json': body });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim)
  });
  expect(main.exitCode).toBe(1);
  expect(parseWorkflowCommands(main.log).errors.join('\n')).toMatch(message);
  expect(post.exitCode).toBe(0);
  expect(sim.calls).toEqual([]);
});

const slowProvisioner = [{ type: 'shell', inline: ['echo provisioning-started', 'sleep 60'] }];

test('cancelled during provisioning (SIGINT, as the runner does), then the post step: nothing is left', async () => {
  world.write({ 'web.json': template(slowProvisioner) });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim),
    cancelLikeRunner: { whenLog: /provisioning-started/ }
  });
  expect(main.log).toContain('SIGINT received');
  expect(main.exitCode).not.toBe(0);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
  expect(sim.callCount('CreateImage')).toBe(0);
});

test('killed during provisioning (SIGKILL), then the post step: nothing is left', async () => {
  world.write({ 'web.json': template(slowProvisioner) });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim),
    signals: [{ signal: 'SIGKILL', whenLog: /provisioning-started/ }]
  });
  expect(main.signal).toBe('SIGKILL');
  expect(post.exitCode).toBe(0);
  // The main step died with its instance, key pair and group alive: the post step removed them.
  expect(post.log).toMatch(/Removed instance i-/);
  expect(post.log).toMatch(/Removed key-pair /);
  expect(post.log).toMatch(/Removed security-group sg-/);
  expect(sim.leftovers()).toEqual([]);
});

test('two builders run in parallel with prefixed logs; copies, sharing, deprecation; secrets stay out of the log', async () => {
  const secret = 'pa55-w0rd-never-printed';
  const builder = (name: string, extra: object) => ({ ...template([]).builders[0], name, ...extra });
  world.write({
    'web.json': {
      variables: { name: 'multi', db_password: secret },
      'sensitive-variables': ['db_password'],
      builders: [
        builder('east', {
          ami_regions: ['us-west-2'],
          ami_users: ['210987654321'],
          deprecate_at: '2099-01-01T00:00:00Z',
          tags: { Role: 'web' }
        }),
        builder('west', { region: 'eu-west-1', ami_name: 'multi-west-{{timestamp}}' })
      ],
      provisioners: [{ type: 'shell', inline: ['echo "password is {{user `db_password`}}"'] }],
      'post-processors': [
        'manifest',
        { type: 'shell-local', inline: ['echo "$BUILD_AMI_ARTIFACT_ID" >> artifacts.txt'] }
      ]
    }
  });
  const { main } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim)
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  const amis = JSON.parse(main.outputs.amis);
  expect(Object.keys(amis).sort()).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);

  const west2 = ec2Client(sim, 'us-west-2');
  const { Images } = await west2.send(new DescribeImagesCommand({ ImageIds: [amis['us-west-2']] }));
  expect(Images![0]).toMatchObject({
    Name: main.outputs['ami-name'],
    DeprecationTime: expect.stringMatching(/^2099-01-01/)
  });
  expect(Object.fromEntries(Images![0].Tags!.map(t => [t.Key, t.Value]))).toMatchObject({
    Role: 'web',
    'build-ami:commit': DEFAULT_SHA
  });
  const { DescribeImageAttributeCommand } = await import('@aws-sdk/client-ec2');
  const perms = await west2.send(
    new DescribeImageAttributeCommand({ ImageId: amis['us-west-2'], Attribute: 'launchPermission' })
  );
  expect(perms.LaunchPermissions).toEqual([{ UserId: '210987654321' }]);

  const visible = parseWorkflowCommands(main.log).visible;
  expect(
    visible.some(line => line.startsWith('east: ')) && visible.some(line => line.startsWith('west: '))
  ).toBe(true);
  expect(visible.filter(line => line.includes('password is'))).toEqual([
    expect.stringContaining('password is ***'),
    expect.stringContaining('password is ***')
  ]);
  expect(main.log.split('\n').filter(l => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([]);
  const manifest = JSON.parse(readFileSync(main.outputs.manifest, 'utf8'));
  expect(
    manifest.builds.map((b: { name: string; artifact_id: string }) => [
      b.name,
      b.artifact_id.split(',').length
    ])
  ).toEqual([
    ['east', 2],
    ['west', 1]
  ]);
  const artifacts = readFileSync(`${world.workspace}/artifacts.txt`, 'utf8').trim().split('\n').sort();
  expect(artifacts).toEqual([
    `eu-west-1:${amis['eu-west-1']}`,
    `us-east-1:${amis['us-east-1']},us-west-2:${amis['us-west-2']}`
  ]);
  const left = sim.leftovers().map(r => r.type);
  expect(left.sort()).toEqual(['image', 'image', 'image', 'snapshot', 'snapshot', 'snapshot']);
});

test('a second run of the same commit reuses the image: no instance, same ami-id, reused=true', async () => {
  world.write({
    'web.json': template([{ type: 'shell', inline: ['echo once'] }]),
    'vars.json': { name: 'reuse' }
  });
  const run = () =>
    world.runner.runMainThenPost({
      main: MAIN,
      post: POST,
      node: NODE24,
      workspace: world.workspace,
      inputs: { template: 'web.json', 'var-files': 'vars.json' },
      env: world.env(sim)
    });
  const first = await run();
  expect(first.main.exitCode).toBe(0);
  expect(first.main.outputs.reused).toBe('false');
  const callsBefore = sim.calls.length;
  const second = await run();
  expect(second.main.exitCode).toBe(0);
  expect(second.main.outputs).toMatchObject({
    'ami-id': first.main.outputs['ami-id'],
    'ami-name': first.main.outputs['ami-name'],
    reused: 'true'
  });
  const secondCalls = sim.calls.slice(callsBefore);
  expect(secondCalls.map(c => c.action)).toEqual(['DescribeImages']);
  expect(second.main.log).toMatch(/Reusing us-east-1: ami-\w+ .*built from the same inputs at this commit/);

  world.write({ 'vars.json': { name: 'reuse-changed' } });
  const third = await run();
  expect(third.main.outputs.reused).toBe('false');
  expect(third.main.outputs['ami-id']).not.toBe(first.main.outputs['ami-id']);
});

test('every EC2 action called in the builds above is allowed by the documented IAM policy', () => {
  const policy = JSON.parse(readFileSync('iam-policy.json', 'utf8')) as {
    Statement: { Action: string | string[] }[];
  };
  const allowed = new Set(
    policy.Statement.flatMap(st => (Array.isArray(st.Action) ? st.Action : [st.Action]))
  );
  expect(actionsCalled.size).toBeGreaterThan(10);
  expect([...actionsCalled].filter(action => !allowed.has(action))).toEqual([]);
});
