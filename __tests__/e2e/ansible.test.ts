// End to end: the committed bundle runs Packer templates with the remote ansible provisioner, the
// way its documentation writes them (a playbook with a local role and a galaxy requirements file),
// straight to the instance and through the SSH proxy; a new instance from the AMI shows what the
// play put there. A failing or cancelled play leaves nothing behind, the key file included.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { parseWorkflowCommands, type LogLine } from '../../world/runner/harness.js';
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

const PLAYBOOK = `- name: web
  hosts: default
  become: true
  roles:
    - webapp
    - greeting
  tasks:
    - name: what the play saw
      copy:
        dest: /opt/ansible/facts
        content: "{{ packer_build_name }} {{ packer_builder_type }} {{ inventory_hostname }} {{ motd }}\\n"
    # Lookups run on the controller: the key file's mode while the play runs, seen from the runner.
    - name: the key file
      debug:
        msg: "key file mode {{ lookup('ansible.builtin.pipe', 'stat -c %a ' + ansible_ssh_private_key_file) }}"
`;

/** A playbook, a role beside it, and a requirements file whose role is a local tarball (no internet here). */
function writePlaybook(files: Record<string, string> = {}) {
  world.write({
    'ansible/playbook.yml': PLAYBOOK,
    'ansible/roles/webapp/tasks/main.yml':
      '- file: { path: /opt/ansible, state: directory }\n- copy: { dest: /opt/ansible/webapp, content: "from the webapp role\\n" }\n',
    'ansible/requirements.yml': 'roles:\n  - src: ./vendor/greeting.tar.gz\n    name: greeting\n',
    'ansible/fail.yml':
      '- hosts: default\n  gather_facts: false\n  tasks:\n    - fail: { msg: "the play failed on purpose" }\n',
    'ansible/slow.yml':
      '- hosts: default\n  gather_facts: false\n  tasks:\n    - name: wait\n      command: sleep 60\n',
    ...files
  });
  const src = mkdtempSync(join(tmpdir(), 'galaxy-src-'));
  try {
    mkdirSync(join(src, 'greeting/tasks'), { recursive: true });
    mkdirSync(join(src, 'greeting/meta'), { recursive: true });
    writeFileSync(
      join(src, 'greeting/meta/main.yml'),
      'galaxy_info: { author: e2e, description: greeting, license: MIT, min_ansible_version: "2.9", platforms: [] }\ndependencies: []\n'
    );
    writeFileSync(
      join(src, 'greeting/tasks/main.yml'),
      '- copy: { dest: /opt/ansible/greeting, content: "from galaxy\\n" }\n'
    );
    mkdirSync(join(world.workspace, 'vendor'));
    execFileSync('tar', ['-czf', join(world.workspace, 'vendor/greeting.tar.gz'), '-C', src, 'greeting']);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

function template(provisioner: object) {
  return {
    builders: [ubuntuBuilder({ ami_name: 'ansible-{{timestamp}}' })],
    provisioners: [
      {
        type: 'ansible',
        playbook_file: './ansible/playbook.yml',
        galaxy_file: './ansible/requirements.yml',
        roles_path: './ansible/roles',
        extra_arguments: ['--extra-vars', 'motd=hello'],
        ansible_env_vars: ['ANSIBLE_NOCOLOR=True'],
        ...provisioner
      }
    ]
  };
}

/**
 * Watches the key file the log names (ansible_ssh_private_key_file=...): whether it still exists when the
 * build moves past provisioning (the first group after it). Its mode during the play is printed by the
 * playbook itself (a lookup on the runner), since the log arrives here later than ansible writes it.
 */
function keyFileWatch() {
  const watch = { path: '', existedAtFirstTask: false, existsAfter: [] as boolean[] };
  const onLine = (line: LogLine) => {
    const named = /ansible_ssh_private_key_file=(\S+)/.exec(line.text);
    if (named && !watch.path) watch.path = named[1]!;
    // Only a play that lingers (slow.yml) makes this reliable: a quick one may be over when the line arrives.
    if (watch.path && /TASK \[/.test(line.text) && !watch.existedAtFirstTask)
      watch.existedAtFirstTask = existsSync(watch.path);
    if (watch.path && !watch.existsAfter.length && /::group::(Stop instance|Clean up)/.test(line.text))
      watch.existsAfter.push(existsSync(watch.path));
  };
  return { watch, onLine };
}

async function run(
  provisioner: object,
  extra: { onLine?: (line: LogLine) => void; cancelWhen?: RegExp } = {}
) {
  world.write({ 'web.json': template(provisioner) });
  return world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs: { template: 'web.json' },
    env: world.env(sim),
    onLine: extra.onLine,
    ...(extra.cancelWhen ? { cancelLikeRunner: { whenLog: extra.cancelWhen } } : {})
  });
}

const EXPECTED_FILES = 'from the webapp role\nfrom galaxy\namazon-ebs amazon-ebs default hello\n';

test('use_proxy false: the playbook, its role and a galaxy role reach the AMI; the key file lives only during the play', async () => {
  writePlaybook();
  const { watch, onLine } = keyFileWatch();
  const { main, post } = await run({ use_proxy: false }, { onLine });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain('Executing Ansible Galaxy: ansible-galaxy install -r');
  expect(main.log).toContain('greeting was installed successfully');
  expect(main.log).toMatch(
    /PLAY RECAP \*+\s*\n.*default\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0/
  );
  expect(watch).toMatchObject({
    path: expect.stringMatching(/\/build-ami-[0-9a-f-]+\/ansible-\w+\/ansible-key$/),
    existsAfter: [false]
  });
  expect(main.log).toContain('key file mode 600');
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
    'cat /opt/ansible/webapp /opt/ansible/greeting /opt/ansible/facts'
  );
  expect(seen.stdout).toBe(EXPECTED_FILES);
});

test('use_proxy (the default): the same play through the SSH proxy reaches the AMI', async () => {
  writePlaybook();
  const { watch, onLine } = keyFileWatch();
  // As Packer's documentation says: without `user`, ansible would log in as the runner's user.
  const { main, post } = await run({ user: 'ubuntu' }, { onLine });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(main.log).toContain('Setting up proxy adapter for Ansible');
  expect(main.log).toMatch(/default\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0/);
  expect(watch.existsAfter).toEqual([false]);
  expect(main.log).toContain('key file mode 600');
  expect(post.exitCode).toBe(0);
  const seen = await sshToNewInstance(
    sim,
    main.outputs['ami-id'],
    'cat /opt/ansible/webapp /opt/ansible/greeting /opt/ansible/facts'
  );
  expect(seen.stdout).toBe(EXPECTED_FILES);
});

test("a failing play fails the step with ansible's own message and recap, and leaves nothing behind", async () => {
  writePlaybook();
  const { watch, onLine } = keyFileWatch();
  const { main, post } = await run({ use_proxy: false, playbook_file: './ansible/fail.yml' }, { onLine });
  expect(main.exitCode).toBe(1);
  expect(main.log).toContain('the play failed on purpose');
  expect(main.log).toMatch(/PLAY RECAP[\s\S]*default\s+: ok=0\s+changed=0\s+unreachable=0\s+failed=1/);
  expect(parseWorkflowCommands(main.log).errors.join('\n')).toMatch(
    /Provision: ansible provisioner: Error executing Ansible: Non-zero exit status: exit status 2/
  );
  expect(watch.existsAfter).toEqual([false]);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
});

test('cancelled during the play: ansible is stopped, the key file is gone, nothing is left', async () => {
  writePlaybook();
  const { watch, onLine } = keyFileWatch();
  const { main, post } = await run(
    { use_proxy: false, playbook_file: './ansible/slow.yml' },
    { onLine, cancelWhen: /TASK \[wait\]/ }
  );
  expect(main.log).toContain('SIGINT received');
  expect(main.exitCode).not.toBe(0);
  expect(watch.existedAtFirstTask).toBe(true);
  expect(watch.existsAfter).toEqual([false]);
  expect(post.exitCode).toBe(0);
  expect(sim.leftovers()).toEqual([]);
  expect(sim.callCount('CreateImage')).toBe(0);
});
