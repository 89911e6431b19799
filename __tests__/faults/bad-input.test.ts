// Bad input of every kind, through the committed bundle as the runner runs it: each case fails
// the step (exit code 1) with a message naming the file (or input), the location and the field,
// and not one EC2 call is made.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, type ActionWorld } from '../helpers/action.js';

let sim: Ec2Simulator;
let world: ActionWorld;
beforeAll(async () => {
  sim = await startEc2Simulator({ ssh: false });
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
});
afterEach(() => world.cleanup());

const builder = {
  type: 'amazon-ebs',
  region: 'us-east-1',
  source_ami: 'ami-0123456789abcdef0',
  instance_type: 't3.micro',
  ssh_username: 'ubuntu',
  ami_name: 'web-{{timestamp}}'
};
const withBuilder = (changes: Record<string, unknown>, rest: object = {}) =>
  JSON.stringify({ builders: [{ ...builder, ...changes }], ...rest }, null, 2);
const without = (key: string) => {
  const copy: Record<string, unknown> = { ...builder };
  delete copy[key];
  return JSON.stringify({ builders: [copy] }, null, 2);
};
const withProvisioner = (p: object) => withBuilder({}, { provisioners: [p] });
const AT = String.raw`web\.json:\d+:\d+: `;

interface Case {
  name: string;
  template?: string;
  files?: Record<string, string>;
  inputs?: Record<string, string>;
  /** Runner environment changes (undefined removes a variable). */
  env?: Record<string, string | undefined>;
  /** What the error must say: where and which field. */
  message: RegExp;
}

const cases: Case[] = [
  // Broken JSON
  { name: 'truncated JSON', template: '{"builders": [', message: new RegExp(`${AT}`) },
  { name: 'a trailing comma', template: '{"builders": [],}', message: new RegExp(`${AT}`) },
  { name: 'an unquoted key', template: '{builders: []}', message: new RegExp(`${AT}`) },
  { name: 'an empty file', template: '', message: /web\.json:1:1: / },
  { name: 'a top-level list', template: '[]', message: new RegExp(`${AT}`) },
  {
    name: 'a duplicate key',
    template: '{"builders": [], "builders": []}',
    message: new RegExp(`${AT}.*builders`)
  },
  // Wrong types
  {
    name: 'a number for ami_name',
    template: withBuilder({ ami_name: 42 }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'a list for instance_type',
    template: withBuilder({ instance_type: ['t3'] }),
    message: new RegExp(`${AT}builders\\[0\\]\\.instance_type`)
  },
  {
    name: 'a word for ssh_port',
    template: withBuilder({ ssh_port: 'ssh' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ssh_port`)
  },
  {
    name: 'a word for force_deregister',
    template: withBuilder({ force_deregister: 'maybe' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.force_deregister`)
  },
  {
    name: 'a string for tags',
    template: withBuilder({ tags: 'team=web' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.tags`)
  },
  {
    name: 'a list for run_tags',
    template: withBuilder({ run_tags: [1] }),
    message: new RegExp(`${AT}builders\\[0\\]\\.run_tags`)
  },
  {
    name: 'a string for launch_block_device_mappings',
    template: withBuilder({ launch_block_device_mappings: 'x' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.launch_block_device_mappings`)
  },
  {
    name: 'an object for ami_regions',
    template: withBuilder({ ami_regions: { a: 1 } }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_regions`)
  },
  {
    name: 'a string for aws_polling',
    template: withBuilder({ aws_polling: 'fast' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.aws_polling`)
  },
  {
    name: 'a bad http_tokens',
    template: withBuilder({ metadata_options: { http_tokens: 'sometimes' } }),
    message: new RegExp(`${AT}builders\\[0\\]\\.metadata_options\\.http_tokens`)
  },
  {
    name: 'a bad ssh_timeout',
    template: withBuilder({ ssh_timeout: 'soon' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ssh_timeout`)
  },
  {
    name: 'a bad shutdown_behavior',
    template: withBuilder({ shutdown_behavior: 'pause' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.shutdown_behavior`)
  },
  {
    name: 'a bad ssh_interface',
    template: withBuilder({ ssh_interface: 'carrier_pigeon' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ssh_interface`)
  },
  {
    name: 'a bad temporary_key_pair_type',
    template: withBuilder({ temporary_key_pair_type: 'dsa' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.temporary_key_pair_type`)
  },
  {
    name: 'a bad CIDR',
    template: withBuilder({ temporary_security_group_source_cidrs: ['10.0.0.0/99'] }),
    message: new RegExp(`${AT}builders\\[0\\]\\.temporary_security_group_source_cidrs`)
  },
  {
    name: 'a string for provisioners',
    template: withBuilder({}, { provisioners: 'shell' }),
    message: new RegExp(`${AT}provisioners`)
  },
  {
    name: 'a number for valid_exit_codes',
    template: withProvisioner({ type: 'shell', inline: ['x'], valid_exit_codes: 'zero' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.valid_exit_codes`)
  },
  // Unknown keys and types
  {
    name: 'a misspelt option',
    template: withBuilder({ ami_nmae: 'x' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_nmae: unknown option`)
  },
  {
    name: 'an invented option',
    template: withBuilder({ turbo: true }),
    message: new RegExp(`${AT}builders\\[0\\]\\.turbo`)
  },
  { name: 'a misspelt section', template: '{"buidlers": []}', message: new RegExp(`${AT}buidlers`) },
  {
    name: 'an unknown builder type',
    template: withBuilder({ type: 'googlecompute' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.type`)
  },
  { name: 'no builder at all', template: '{"builders": []}', message: new RegExp(`${AT}builders`) },
  {
    name: 'an unknown provisioner type',
    template: withProvisioner({ type: 'windows-restart' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.type`)
  },
  {
    name: 'an ansible provisioner whose playbook is missing',
    template: withProvisioner({ type: 'ansible', playbook_file: 'x.yml' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.playbook_file`)
  },
  {
    name: 'a powershell provisioner',
    template: withProvisioner({ type: 'powershell', inline: ['x'] }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.type`)
  },
  {
    name: 'an unknown post-processor',
    template: withBuilder({}, { 'post-processors': ['docker-push'] }),
    message: new RegExp(`${AT}post-processors\\[0\\]`)
  },
  {
    name: 'an unknown shell option',
    template: withProvisioner({ type: 'shell', inline: ['x'], inlne_shebang: '/bin/bash' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.inlne_shebang`)
  },
  {
    name: 'a duplicate builder name',
    template: JSON.stringify({ builders: [builder, builder] }),
    message: new RegExp(`${AT}builders\\[1\\]`)
  },
  // Missing required fields
  {
    name: 'no ssh_username',
    template: without('ssh_username'),
    message: new RegExp(`${AT}builders\\[0\\].*ssh_username`)
  },
  // AWS_REGION would stand in for it (world.env sets it): here neither is there.
  {
    name: 'no region, nor AWS_REGION or AWS_DEFAULT_REGION',
    template: without('region'),
    env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
    message: new RegExp(`${AT}builders\\[0\\]\\.region: is required.*AWS_REGION or AWS_DEFAULT_REGION`)
  },
  {
    name: 'an unknown region',
    template: withBuilder({ region: 'us-east-9x' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.region: "us-east-9x" is not a known AWS region`)
  },
  {
    name: 'no instance_type',
    template: without('instance_type'),
    message: new RegExp(`${AT}builders\\[0\\].*instance_type`)
  },
  {
    name: 'no ami_name',
    template: without('ami_name'),
    message: new RegExp(`${AT}builders\\[0\\].*ami_name`)
  },
  {
    name: 'no source image',
    template: without('source_ami'),
    message: new RegExp(`${AT}builders\\[0\\].*source_ami`)
  },
  {
    name: 'a shell provisioner with nothing to run',
    template: withProvisioner({ type: 'shell' }),
    message: new RegExp(`${AT}provisioners\\[0\\]`)
  },
  {
    name: 'a file provisioner without destination',
    template: withProvisioner({ type: 'file', content: 'x' }),
    message: new RegExp(`${AT}provisioners\\[0\\].*destination`)
  },
  // ami_name
  {
    name: 'an ami_name too short',
    template: withBuilder({ ami_name: 'ab' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'an ami_name with a star',
    template: withBuilder({ ami_name: 'web*1' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'an ami_name too long',
    template: withBuilder({ ami_name: 'a'.repeat(129) }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'an ami_name with a pipe',
    template: withBuilder({ ami_name: 'web|1' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  // Options that exclude each other
  {
    name: 'source_ami and source_ami_filter',
    template: withBuilder({ source_ami_filter: { filters: { name: 'x' }, owners: ['self'] } }),
    message: new RegExp(`${AT}builders\\[0\\]`)
  },
  {
    name: 'user_data and user_data_file',
    template: withBuilder({ user_data: 'x', user_data_file: 'x.sh' }),
    files: { 'x.sh': '#!/bin/sh' },
    message: new RegExp(`${AT}builders\\[0\\]\\.user_data`)
  },
  {
    name: 'security_group_id and security_group_ids',
    template: withBuilder({ security_group_id: 'sg-1', security_group_ids: ['sg-2'] }),
    message: new RegExp(`${AT}builders\\[0\\]\\.security_group_ids`)
  },
  {
    name: 'inline and script together',
    template: withProvisioner({ type: 'shell', inline: ['x'], script: 'x.sh' }),
    files: { 'x.sh': '#!/bin/sh' },
    message: new RegExp(`${AT}provisioners\\[0\\]`)
  },
  {
    name: 'a KMS key without encrypt_boot',
    template: withBuilder({ kms_key_id: 'alias/x' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.kms_key_id`)
  },
  // Variables
  // {{user}} of an undeclared variable is "" (as in Packer): here that leaves an ami_name too short.
  {
    name: 'an undefined variable',
    template: withBuilder({ ami_name: 'w{{user `nope`}}' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'an undefined variable inside variables',
    template: JSON.stringify({ variables: { v: '{{user `nope`}}' }, builders: [builder] }),
    message: new RegExp(`${AT}variables\\.v: .*nope`)
  },
  {
    name: 'a required variable left unset',
    template: JSON.stringify({ variables: { version: null }, builders: [builder] }),
    message: new RegExp(`${AT}variables\\.version`)
  },
  {
    name: 'env outside variables',
    template: withBuilder({ ami_name: 'web-{{env `HOME`}}' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name.*env`)
  },
  {
    name: 'an unknown function',
    template: withBuilder({ ami_name: 'web-{{frobnicate}}' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name.*frobnicate`)
  },
  {
    name: 'an unclosed action',
    template: withBuilder({ ami_name: 'web-{{timestamp' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ami_name`)
  },
  {
    name: 'a var-file that is missing',
    template: withBuilder({}),
    inputs: { 'var-files': 'nope.json' },
    message: /nope\.json/
  },
  {
    name: 'a var-file that is not JSON',
    template: withBuilder({}),
    files: { 'v.json': '{nope' },
    inputs: { 'var-files': 'v.json' },
    message: /v\.json:1:\d+: /
  },
  {
    name: 'a var-file value that is a list',
    template: withBuilder({}),
    files: { 'v.json': '{"who": ["x"]}' },
    inputs: { 'var-files': 'v.json' },
    message: /v\.json:1:\d+: who: expected a string/
  },
  {
    name: 'a var-file that is a list',
    template: withBuilder({}),
    files: { 'v.json': '[1]' },
    inputs: { 'var-files': 'v.json' },
    message: /v\.json:1:1: /
  },
  {
    name: 'a variable input that is not name=value',
    template: withBuilder({}),
    inputs: { variables: 'just-a-word' },
    message: /variables:1:\d+: /
  },
  {
    name: 'a variable input whose value is a broken template',
    template: JSON.stringify({ variables: { who: 'x' }, builders: [builder] }),
    inputs: { variables: 'who={{user' },
    message: /variables:1:\d+: who: /
  },
  // Missing local files
  {
    name: 'a missing script',
    template: withProvisioner({ type: 'shell', script: 'setup.sh' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.script.*setup\\.sh`)
  },
  {
    name: 'a missing script in scripts',
    template: withProvisioner({ type: 'shell', scripts: ['a.sh'] }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.scripts`)
  },
  {
    name: 'a missing file source',
    template: withProvisioner({ type: 'file', source: 'app.tar', destination: '/tmp/' }),
    message: new RegExp(`${AT}provisioners\\[0\\]\\.source`)
  },
  {
    name: 'a missing user_data_file',
    template: withBuilder({ user_data_file: 'cloud-init.yaml' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.user_data_file`)
  },
  {
    name: 'a missing ssh_private_key_file',
    template: withBuilder({ ssh_private_key_file: 'id_ed25519' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.ssh_private_key_file`)
  },
  // Options not supported yet
  {
    name: 'elastic_ip_allocation_id',
    template: withBuilder({ elastic_ip_allocation_id: 'eipalloc-1' }),
    message: new RegExp(
      `${AT}builders\\[0\\]\\.elastic_ip_allocation_id: elastic_ip_allocation_id is not supported yet`
    )
  },
  {
    name: 'an interactive bastion',
    template: withBuilder({ ssh_bastion_host: 'b', ssh_bastion_interactive: true }),
    message: new RegExp(
      `${AT}builders\\[0\\]\\.ssh_bastion_interactive: ssh_bastion_interactive is not supported yet`
    )
  },
  {
    name: 'the winrm communicator',
    template: withBuilder({ communicator: 'winrm' }),
    message: new RegExp(`${AT}builders\\[0\\]\\.communicator`)
  },
  {
    name: 'fast_launch (not supported yet)',
    template: withBuilder({ fast_launch: { enable_fast_launch: true } }),
    message: new RegExp(`${AT}builders\\[0\\]\\.fast_launch`)
  },
  // Invalid action inputs and paths
  {
    name: 'a bad reuse input',
    template: withBuilder({}),
    inputs: { reuse: 'sometimes' },
    message: /input reuse:1:1: reuse: /
  },
  {
    name: 'a bad comment-on-pr input',
    template: withBuilder({}),
    inputs: { 'comment-on-pr': 'yes' },
    message: /input comment-on-pr:1:1: comment-on-pr: /
  },
  {
    name: 'only and except together',
    template: withBuilder({}),
    inputs: { only: 'a', except: 'b' },
    message: /input only:1:1: only: /
  },
  { name: 'only naming no builder', template: withBuilder({}), inputs: { only: 'nope' }, message: /nope/ },
  {
    name: 'a template path that does not exist',
    inputs: { template: 'missing.json' },
    message: /missing\.json/
  },
  {
    name: 'a template path that is a directory',
    files: { 'dir/keep': '' },
    inputs: { template: 'dir' },
    message: /dir/
  },
  { name: 'no template input', inputs: { template: '' }, message: /input template:1:1: template: required/ }
];

test.each(cases)('$name: the step fails with where and what, and makes no EC2 call', async c => {
  world.write({ ...(c.template === undefined ? {} : { 'web.json': c.template }), ...(c.files ?? {}) });
  const main = await world.runner.runStep({
    entry: MAIN,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json', ...(c.inputs ?? {}) },
    env: { ...world.env(sim), ...(c.env ?? {}) }
  });
  const errors = parseWorkflowCommands(main.log).errors.join('\n');
  expect({ exit: main.exitCode, errors }).toEqual({ exit: 1, errors: expect.stringMatching(c.message) });
  expect(sim.calls).toEqual([]);
});

test('there are at least 60 bad-input cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});
