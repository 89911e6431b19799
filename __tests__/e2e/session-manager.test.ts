// End to end: the committed bundle, run as the Actions runner runs it, builds a template with
// ssh_interface "session_manager". SSH goes over the Session Manager data channel the simulator's
// agent end bridges to the instance's sshd: no session-manager-plugin, no local port, and no
// address of the instance dialled (the instance has no public address, and the SSH host is the
// instance id, which nothing could dial). Every session started is terminated.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { ssmSessions } from '../../world/ssm/sessions.js';
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

const template = (extra: Record<string, unknown>) =>
  JSON.stringify({
    builders: [
      ubuntuBuilder({
        ami_name: 'over-ssm-1',
        associate_public_ip_address: false,
        ssh_interface: 'session_manager',
        ...extra
      })
    ],
    provisioners: [{ type: 'shell', inline: ['echo "provisioned as $(id -un) on port ${SSH_PORT:-22}"'] }]
  });

test('a build with ssh_interface session_manager provisions over the Session Manager data channel', async () => {
  world.write({
    'packer/app.json': template({ iam_instance_profile: 'ssm-core', session_manager_port: 8022 })
  });
  const { main, post } = await world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'packer/app.json' },
    env: world.env(sim)
  });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  expect(main.outputs['ami-id']).toMatch(/^ami-/);
  expect(main.log).toContain('provisioned as ubuntu on port 22');

  const [instance] = [...sim.world.region('us-east-1')!.instances.values()];
  expect(instance!.publicIp).toBeUndefined();
  expect(instance!.iamInstanceProfile).toBeTruthy();
  expect(main.log).toContain(`Connecting to ubuntu@${instance!.id}:22 over Session Manager`);

  // The SSH connection that ran the provisioner went through a session, and every session ended.
  const sessions = [...ssmSessions(sim.world).values()];
  expect(sessions.length).toBeGreaterThanOrEqual(1);
  expect(sessions.map(s => [s.target, s.documentName, s.parameters, s.status])).toEqual(
    sessions.map(() => [
      instance!.id,
      'AWS-StartPortForwardingSession',
      { portNumber: ['22'], localPortNumber: ['8022'] },
      'Terminated'
    ])
  );
  expect(sessions.some(s => s.bytesToInstance > 1000 && s.bytesFromInstance > 1000)).toBe(true);
  expect(sim.callCount('StartSession', 'ssm')).toBeGreaterThanOrEqual(sessions.length);
  expect(sim.callCount('TerminateSession', 'ssm')).toBe(sessions.length);
  expect(main.log).toMatch(/Terminated Session Manager session simulator-/);
  // As Packer (SkipSSHRuleCreation): the temporary security group admits nothing.
  expect(main.log).toContain('admitting nothing (session_manager)');
  expect(sim.callCount('AuthorizeSecurityGroupIngress')).toBe(0);
});

test('ssh_interface session_manager without an instance profile fails validation before any call, as in Packer', async () => {
  world.write({ 'packer/app.json': template({}) });
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'packer/app.json' },
    env: world.env(sim)
  });
  expect(main.exitCode).not.toBe(0);
  expect(main.log).toContain(
    'no iam_instance_profile defined; session_manager connectivity requires a valid instance profile with AmazonSSMManagedInstanceCore permissions'
  );
  expect(sim.callCount()).toBe(0);
});
