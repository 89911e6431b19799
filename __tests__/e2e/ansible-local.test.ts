// End to end: the committed bundle, run as the Actions runner runs it, builds templates that use
// ansible-local and breakpoint the way their documentation shows (a playbook directory with
// group_vars and a role, extra_arguments quoted as Packer's example quotes them). The play runs
// with the real ansible-playbook on the instance, and what it put there is found in an instance
// launched from the new AMI. A failing play fails the step with ansible's own message, and
// leaves nothing behind.
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
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
afterEach(() => world.cleanup());

/** The playbook directory Packer's docs describe: a playbook, its group_vars and a role. */
const ANSIBLE_DIR = {
  'packer/ansible/site.yml': [
    '---',
    '- name: web server',
    '  hosts: all',
    '  become: true',
    '  roles: [web]',
    ''
  ].join('\n'),
  'packer/ansible/group_vars/all/main.yml': 'greeting: hello from group_vars\n',
  'packer/ansible/roles/web/tasks/main.yml': [
    '- name: app directory',
    '  file: { path: /opt/web, state: directory, mode: "0755" }',
    '- name: version file',
    '  copy:',
    '    dest: /opt/web/VERSION',
    '    content: "{{ app_version }} {{ greeting }} ({{ packer_build_name }}, {{ packer_builder_type }})\\n"',
    ''
  ].join('\n')
};

function template(provisioners: object[]) {
  return {
    variables: { version: '2.0.1' },
    builders: [ubuntuBuilder({ ami_name: 'ansible-local-{{timestamp}}' })],
    provisioners
  };
}

async function build() {
  return world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { 'working-directory': 'packer', template: 'web.json' },
    env: world.env(sim)
  });
}

test('a playbook_dir with group_vars and a role provisions the AMI (reused until a playbook file changes); a breakpoint logs its note', async () => {
  world.write({
    ...ANSIBLE_DIR,
    'packer/web.json': template([
      { type: 'breakpoint', note: 'look around before ansible runs' },
      {
        type: 'ansible-local',
        playbook_dir: 'ansible',
        playbook_file: 'ansible/site.yml',
        group_vars: 'ansible/group_vars',
        extra_arguments: ['--extra-vars', '"app_version={{user `version`}}"'],
        clean_staging_directory: true
      },
      { type: 'breakpoint', note: 'not now', disable: true }
    ])
  });
  const { main, post } = await build();
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain(
    'Pausing at breakpoint provisioner with note "look around before ansible runs".'
  );
  expect(main.log).toContain('Nobody can press Enter in a workflow run: continuing without a pause.');
  expect(main.log).toContain('Breakpoint provisioner with note "not now" disabled; continuing...');
  expect(main.log).toMatch(
    /Executing Ansible: cd \/tmp\/packer-provisioner-ansible-local\/[0-9a-f-]{36} && /
  );
  expect(main.log).toMatch(/PLAY RECAP/);
  expect(post.exitCode).toBe(0);
  expect(
    sim
      .leftovers()
      .map(r => r.type)
      .sort()
  ).toEqual(['image', 'snapshot']);

  const seen = await sshToNewInstance(
    sim,
    main.outputs['ami-id'],
    'cat /opt/web/VERSION; find /tmp/packer-provisioner-ansible-local -mindepth 1 2>/dev/null | wc -l'
  );
  expect(seen.stdout).toBe('2.0.1 hello from group_vars (amazon-ebs, amazon-ebs)\n0\n');

  // The playbook's files are in the fingerprint: the same inputs reuse the image, a changed variable does not.
  const again = await build();
  expect(again.main.outputs).toMatchObject({ 'ami-id': main.outputs['ami-id'], reused: 'true' });
  world.write({ 'packer/ansible/group_vars/all/main.yml': 'greeting: changed\n' });
  const changed = await build();
  expect(changed.main.outputs.reused).toBe('false');
  expect(changed.main.outputs['ami-id']).not.toBe(main.outputs['ami-id']);
});

test("a failing play fails the step with ansible's message, and leaves nothing behind", async () => {
  world.write({
    'packer/ansible/site.yml': [
      '- hosts: all',
      '  tasks:',
      '    - name: check the database',
      '      fail: { msg: "the database is not reachable" }',
      ''
    ].join('\n'),
    'packer/web.json': template([{ type: 'ansible-local', playbook_file: 'ansible/site.yml' }])
  });
  const { main, post } = await build();
  expect(main.exitCode).toBe(1);
  const errors = parseWorkflowCommands(main.log).errors.join('\n');
  expect(errors).toMatch(
    /Provision: .*ansible-local provisioner: Error executing Ansible .*Non-zero exit status: 2/
  );
  expect(main.log).toMatch(/fatal: \[127\.0\.0\.1\]: FAILED! .*the database is not reachable/);
  expect(main.summary).toContain('the database is not reachable');
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
  expect(sim.callCount('CreateImage')).toBe(0);
});
