// End to end against real OpenSSH: the instance reached through a bastion sshd (ssh_bastion_*), and
// logged in to with the keys of a real ssh-agent (ssh_agent_auth) instead of a temporary key pair.
import { EC2Client, ImportKeyPairCommand } from '@aws-sdk/client-ec2';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
import { makeKey, startAgent, startBastion, type Agent, type Bastion } from '../helpers/ssh-side.js';

let sim: Ec2Simulator;
let world: ActionWorld;
let keys: string;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
  keys = mkdtempSync(join(tmpdir(), 'build-ami-keys-'));
});
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  await world.cleanup();
  rmSync(keys, { recursive: true, force: true });
});

async function bastionFor(publicKey: string): Promise<Bastion> {
  const bastion = await startBastion(publicKey);
  stops.push(() => bastion.stop());
  return bastion;
}

async function agentWith(privateKeyFiles: string[]): Promise<Agent> {
  const agent = await startAgent(privateKeyFiles);
  stops.push(() => agent.stop());
  return agent;
}

function build(builder: object, env: Record<string, string> = {}) {
  world.write({
    'web.json': {
      builders: [ubuntuBuilder({ ami_name: 'ssh-{{timestamp}}', ...builder })],
      provisioners: [{ type: 'shell', inline: ['echo "provisioned as $(whoami)"'] }]
    }
  });
  return world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: { ...world.env(sim), ...env }
  });
}

const succeeded = (run: { exitCode: number | null; log: string }) => ({
  exit: run.exitCode,
  log: run.exitCode === 0 ? '' : run.log
});

/** Targets of the channels the bastion forwarded (sshd DEBUG1: server_request_direct_tcpip). */
const forwardedTargets = (bastion: Bastion) =>
  [
    ...bastion
      .log()
      .matchAll(/server_request_direct_tcpip: originator \S+ port \d+, target (\S+) port (\d+)/g)
  ].map(m => `${m[1]}:${m[2]}`);

const actionCalls = (action: string) =>
  sim.calls.filter(c => c.action === action && c.userAgent?.includes('build-ami'));

test('ssh_bastion_*: the provisioner runs on the instance over a channel the bastion forwards', async () => {
  const jumpKey = makeKey(keys, 'jump');
  const bastion = await bastionFor(jumpKey.publicKey);
  const { main, post } = await build({
    ssh_bastion_host: bastion.host,
    ssh_bastion_port: bastion.port,
    ssh_bastion_username: bastion.username,
    ssh_bastion_private_key_file: jumpKey.privateKeyFile,
    ssh_keep_alive_interval: '2s',
    ssh_ciphers: ['aes256-gcm@openssh.com', 'aes128-ctr'],
    ssh_key_exchange_algorithms: ['curve25519-sha256', 'curve25519-sha256@libssh.org']
  });
  expect(succeeded(main)).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain('provisioned as ubuntu');
  expect(main.log).toContain(`Connecting through bastion root@127.0.0.1:${bastion.port}`);
  expect(post.exitCode).toBe(0);

  // The bastion logged in with the jump key and forwarded to the instance's own address and sshd port.
  expect(bastion.log()).toMatch(/Accepted publickey for root from 127\.0\.0\.1/);
  const instance = /Connecting to ubuntu@(127\.[0-9.]+):22/.exec(main.log)?.[1];
  expect(instance).toBeDefined();
  expect(forwardedTargets(bastion)).toContain(`${instance}:22`);
  expect(sim.leftovers().map(r => r.type)).toEqual(['image', 'snapshot']);
});

test('ssh_bastion_*: a bastion that refuses the key fails the build naming the bastion, and cleans up', async () => {
  const bastion = await bastionFor(makeKey(keys, 'allowed').publicKey);
  const other = makeKey(keys, 'other');
  const { main, post } = await build({
    ssh_bastion_host: bastion.host,
    ssh_bastion_port: bastion.port,
    ssh_bastion_username: bastion.username,
    ssh_bastion_private_key_file: other.privateKeyFile,
    ssh_timeout: '5s'
  });
  expect(main.exitCode).toBe(1);
  expect(main.log).toMatch(new RegExp(`bastion root@127\\.0\\.0\\.1:${bastion.port}`));
  expect(main.log).not.toContain('provisioned as');
  expect(forwardedTargets(bastion)).toEqual([]);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});

test('ssh_agent_auth and ssh_bastion_agent_auth: no temporary key pair; the agent logs in to bastion and instance', async () => {
  const deploy = makeKey(keys, 'deploy');
  const jumpKey = makeKey(keys, 'jump');
  const bastion = await bastionFor(jumpKey.publicKey);
  const ec2 = new EC2Client({
    region: 'us-east-1',
    endpoint: sim.endpoint,
    credentials: { accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret-key-do-not-print' }
  });
  await ec2.send(
    new ImportKeyPairCommand({ KeyName: 'deploy', PublicKeyMaterial: Buffer.from(deploy.publicKey) })
  );
  ec2.destroy();
  // The private keys are nowhere but in the agent.
  const agent = await agentWith([deploy.privateKeyFile, jumpKey.privateKeyFile]);
  rmSync(deploy.privateKeyFile);
  rmSync(jumpKey.privateKeyFile);

  const { main, post } = await build(
    {
      ssh_agent_auth: true,
      ssh_keypair_name: 'deploy',
      ssh_bastion_host: bastion.host,
      ssh_bastion_port: bastion.port,
      ssh_bastion_username: bastion.username,
      ssh_bastion_agent_auth: true
    },
    { SSH_AUTH_SOCK: agent.socket }
  );
  expect(succeeded(main)).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain('provisioned as ubuntu');
  expect(post.exitCode).toBe(0);
  // Through the bastion to the instance's SSH port only (dialled again while its sshd was starting).
  const targets = forwardedTargets(bastion);
  expect(targets.length).toBeGreaterThan(0);
  expect(new Set(targets).size).toBe(1);
  expect(targets[0]).toMatch(/:22$/);
  expect(actionCalls('CreateKeyPair')).toEqual([]);
  expect(actionCalls('DeleteKeyPair')).toEqual([]);
  expect(actionCalls('RunInstances').map(c => c.params.KeyName)).toEqual(['deploy']);
  // The user's key pair stays, with the image.
  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual(['image', 'key-pair', 'snapshot']);
});

test('ssh_agent_auth without SSH_AUTH_SOCK fails naming SSH_AUTH_SOCK, and cleans up', async () => {
  const { main, post } = await build({ ssh_agent_auth: true }, { SSH_AUTH_SOCK: '' });
  expect(main.exitCode).toBe(1);
  expect(main.log).toContain('SSH_AUTH_SOCK is not set');
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});
