// End to end: credentials from a named profile of a shared credentials file, then a role assumed
// through STS (the simulator's), as Packer's profile, shared_credentials_file and assume_role do.
// The runner's environment carries no AWS keys: every EC2 call must be signed with the role's
// temporary credentials, in the main step and in the post step's cleanup.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
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

const ROLE = 'arn:aws:iam::123456789012:role/ami-builder';
const SESSION = 'arn:aws:sts::123456789012:assumed-role/ami-builder/e2e-build';

/** The simulator's endpoint for EC2 and STS, and no keys in the environment. */
function env(): Record<string, string> {
  const env: Record<string, string> = { ...world.env(sim), AWS_ENDPOINT_URL_STS: sim.endpoint };
  delete env.AWS_ACCESS_KEY_ID;
  delete env.AWS_SECRET_ACCESS_KEY;
  return env;
}

function writeTemplate(provisioners: object[]) {
  world.write({
    'aws-credentials': [
      '[default]',
      'aws_access_key_id = AKIDWRONGPROFILE',
      'aws_secret_access_key = wrong',
      '[builder]',
      'aws_access_key_id = AKIDPROFILEBUILDER',
      'aws_secret_access_key = profile-secret-key'
    ].join('\n'),
    'web.json': {
      builders: [
        ubuntuBuilder({
          ami_name: 'creds-{{timestamp}}',
          profile: 'builder',
          shared_credentials_file: 'aws-credentials',
          assume_role: {
            role_arn: ROLE,
            session_name: 'e2e-build',
            external_id: 'ext-1234',
            duration_seconds: 1800,
            policy_arns: ['arn:aws:iam::aws:policy/AmazonEC2FullAccess'],
            tags: { Project: 'images' },
            transitive_tag_keys: ['Project']
          }
        })
      ],
      provisioners
    }
  });
}

const actionCalls = (service: string) =>
  sim.calls.filter(c => c.service === service && c.userAgent?.includes('build-ami'));

test('a named profile assumes the role: every EC2 call is signed with the role session credentials', async () => {
  writeTemplate([{ type: 'shell', inline: ['echo provisioned'] }]);
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: env()
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.outputs['ami-id']).toMatch(/^ami-/);
  expect(post.exitCode).toBe(0);

  const assumeRole = actionCalls('sts').filter(c => c.action === 'AssumeRole');
  expect(assumeRole.length).toBeGreaterThanOrEqual(1);
  for (const call of assumeRole) {
    // The profile's keys (not the file's default profile) asked for the role.
    expect(call.accessKeyId).toBe('AKIDPROFILEBUILDER');
    expect(call.params).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'e2e-build',
      ExternalId: 'ext-1234',
      DurationSeconds: '1800',
      PolicyArns: { member: [{ arn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess' }] },
      Tags: { member: [{ Key: 'Project', Value: 'images' }] },
      TransitiveTagKeys: { member: ['Project'] }
    });
  }
  const ec2 = actionCalls('ec2');
  expect(ec2.map(c => c.action)).toEqual(expect.arrayContaining(['RunInstances', 'CreateImage']));
  expect([...new Set(ec2.map(c => c.principal))]).toEqual([SESSION]);
  expect(ec2.every(c => c.accessKeyId?.startsWith('ASIA'))).toBe(true);
  // The image and its snapshot stay; the instance, key pair and group were removed.
  expect(sim.leftovers().map(r => r.type)).toEqual(['image', 'snapshot']);
});

test('the post step cleans up after a killed main step with the same role credentials', async () => {
  writeTemplate([{ type: 'shell', inline: ['echo provisioning-started', 'sleep 60'] }]);
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: env(),
    signals: [{ signal: 'SIGKILL', whenLog: /provisioning-started/ }]
  });
  expect(main.signal).toBe('SIGKILL');
  expect(post.exitCode).toBe(0);
  expect(post.log).toMatch(/Removed instance i-/);
  const terminate = actionCalls('ec2').filter(c => c.action === 'TerminateInstances');
  expect(terminate.length).toBeGreaterThanOrEqual(1);
  expect([...new Set(terminate.map(c => c.principal))]).toEqual([SESSION]);
  expect(sim.leftovers()).toEqual([]);
});

test('a bad role session: the build fails naming STS, and makes no EC2 call with other credentials', async () => {
  world.write({
    'web.json': {
      builders: [ubuntuBuilder({ ami_name: 'creds-{{timestamp}}', assume_role: { role_arn: 'not-an-arn' } })]
    }
  });
  const { main } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: { ...world.env(sim), AWS_ENDPOINT_URL_STS: sim.endpoint }
  });
  expect(main.exitCode).toBe(1);
  expect(main.log).toMatch(/not-an-arn is invalid/);
  expect(actionCalls('ec2').filter(c => c.outcome === 'ok')).toEqual([]);
});
