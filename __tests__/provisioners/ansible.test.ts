// The ansible provisioner with the real ansible-playbook on a real simulated instance: straight to
// the instance with the build's key (use_proxy false), a role and a galaxy requirements file, a
// failing play, cancellation; the key file never outlives the run.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Communicator } from '../../src/communicator/types.js';
import { ProvisionerError } from '../../src/errors.js';
import { provisionerFromConfig, type AnsibleConfig } from '../../src/provisioners/index.js';
import type { ProvisionerContext } from '../../src/provisioners/types.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import type { TestInstance } from '../helpers/instance.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let instance: TestInstance;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'ansible-test-'));
const runnerTemp = join(local, 'runner-temp');

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ({ instance, ssh } = await connectToNewInstance(sim));
  mkdirSync(runnerTemp);
  writePlaybookTree(local);
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

/** A playbook in the style of Packer's docs: a local role, and a role installed by ansible-galaxy from a tarball. */
function writePlaybookTree(dir: string) {
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'ansible/playbook.yml',
    `- hosts: default
  roles:
    - motd
  tasks:
    - name: what the play sees
      copy:
        dest: /tmp/ansible-facts
        content: "{{ packer_build_name }} {{ packer_builder_type }} {{ inventory_hostname }} {{ ansible_user }} {{ packer_http_addr | default('none') }}\\n"
`
  );
  write(
    'ansible/roles/motd/tasks/main.yml',
    `- name: write the marker
  copy:
    dest: /tmp/ansible-role
    content: "from a role\\n"
`
  );
  write(
    'ansible/fail.yml',
    `- hosts: all\n  tasks:\n    - name: give up\n      fail:\n        msg: the play failed on purpose\n`
  );
  write(
    'ansible/slow.yml',
    `- hosts: all\n  gather_facts: false\n  tasks:\n    - name: wait\n      command: sleep 30\n`
  );
  // A galaxy role from a local tarball: there is no internet.
  write(
    'galaxy-src/greeting/meta/main.yml',
    `galaxy_info:\n  author: test\n  description: greeting\n  license: MIT\n  min_ansible_version: "2.9"\n  platforms: []\ndependencies: []\n`
  );
  write(
    'galaxy-src/greeting/tasks/main.yml',
    `- copy:\n    dest: /tmp/ansible-galaxy-role\n    content: "from galaxy\\n"\n`
  );
  execFileSync('tar', ['-czf', join(dir, 'greeting.tar.gz'), '-C', join(dir, 'galaxy-src'), 'greeting']);
  write('requirements.yml', `roles:\n  - src: file://${join(dir, 'greeting.tar.gz')}\n    name: greeting\n`);
  write('ansible/galaxy.yml', `- hosts: default\n  gather_facts: false\n  roles:\n    - greeting\n`);
}

function context(overrides: Partial<ProvisionerContext> = {}) {
  return recordingContext({
    communicator: ssh,
    cwd: local,
    env: { ...process.env, RUNNER_TEMP: runnerTemp, ANSIBLE_NOCOLOR: '1' },
    buildData: { PackerRunUUID: 'run-1' },
    sshTarget: {
      host: instance.host,
      port: sim.world.sshPort,
      user: instance.user,
      privateKey: instance.privateKey
    },
    ...overrides
  });
}

async function provision(config: Omit<AnsibleConfig, 'type'>, overrides: Partial<ProvisionerContext> = {}) {
  const recorded = context(overrides);
  await provisionerFromConfig({ type: 'ansible', ...config }).run(recorded.ctx);
  return recorded;
}

const remote = async (command: string) => (await remoteLines(ssh, command)).join('\n');

/** Everything left in the build's temporary directory (the run's own directory is removed). */
const leftovers = () => readdirSync(join(runnerTemp, 'build-ami-run-1'));

test("use_proxy false: runs the playbook straight to the instance, with its role and Packer's extra vars", async () => {
  const { messages, stdout } = await provision({ playbook_file: 'ansible/playbook.yml', use_proxy: false });
  expect(await remote('cat /tmp/ansible-role /tmp/ansible-facts')).toBe(
    `from a role\namazon-ebs amazon-ebs default ${instance.user} none`
  );
  expect(stdout.join('\n')).toMatch(
    /PLAY RECAP[\s\S]*default\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0/
  );
  const executing = messages.find(m => m.startsWith('info: Executing Ansible:'))!;
  expect(executing).toContain('-e packer_build_name="amazon-ebs" -e packer_builder_type=amazon-ebs');
  expect(executing).toContain("--ssh-extra-args '-o IdentitiesOnly=yes'");
  expect(executing).toMatch(
    /-e ansible_ssh_private_key_file=\S+\/build-ami-run-1\/ansible-\w+\/ansible-key -i \S+packer-provisioner-ansible\d+ \S+\/ansible\/playbook\.yml$/
  );
  expect(messages.join('\n')).not.toContain(instance.privateKey.split('\n')[1]);
  expect(leftovers()).toEqual([]);
  // ssh's master connection (ControlPersist) did not outlive the play.
  expect(sshMasters()).toEqual([]);
});

test('galaxy_file installs a role from a requirements file into roles_path before the play', async () => {
  const { messages } = await provision({
    playbook_file: 'ansible/galaxy.yml',
    galaxy_file: 'requirements.yml',
    roles_path: 'ansible/roles',
    galaxy_force_install: true,
    use_proxy: false
  });
  expect(messages).toContainEqual(
    `info: Executing Ansible Galaxy: ansible-galaxy install -r ${join(local, 'requirements.yml')} -f -p ansible/roles`
  );
  expect(await remote('cat /tmp/ansible-galaxy-role')).toBe('from galaxy');
});

test("a failing play fails with Packer's message, the recap in the output, and no key file left", async () => {
  const recorded = context();
  const error = await provisionerFromConfig({
    type: 'ansible',
    playbook_file: 'ansible/fail.yml',
    use_proxy: false
  })
    .run(recorded.ctx)
    .catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    'ansible provisioner: Error executing Ansible: Non-zero exit status: exit status 2. Its output, with the play recap, is above.'
  );
  const output = recorded.stdout.join('\n');
  expect(output).toContain('the play failed on purpose');
  expect(output).toMatch(/PLAY RECAP[\s\S]*failed=1/);
  expect(leftovers()).toEqual([]);
});

test('cancelling kills ansible-playbook and removes the key file', async () => {
  const abort = new AbortController();
  const recorded = context({ signal: abort.signal });
  const run = provisionerFromConfig({
    type: 'ansible',
    playbook_file: 'ansible/slow.yml',
    use_proxy: false
  }).run(recorded.ctx);
  await waitFor(() => recorded.stdout.some(line => line.includes('TASK [wait]')));
  const started = Date.now();
  abort.abort(new Error('cancelled'));
  await expect(run).rejects.toThrow('cancelled');
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(leftovers()).toEqual([]);
});

test("a missing ansible-playbook fails the version check with Packer's message", async () => {
  const error = await provision({ playbook_file: 'ansible/playbook.yml', command: 'no-such-ansible' }).catch(
    e => e
  );
  expect(error.message).toMatch(
    /^ansible provisioner: Error running "no-such-ansible --version": could not run no-such-ansible: .*ENOENT/
  );
});

test("use_proxy (the default): the play runs through the SSH proxy over the build's connection", async () => {
  const { messages, stdout } = await provision({
    playbook_file: 'ansible/playbook.yml',
    user: instance.user,
    galaxy_file: 'requirements.yml',
    roles_path: 'ansible/roles'
  });
  expect(messages).toContain('info: Setting up proxy adapter for Ansible');
  const executing = messages.find(m => m.startsWith('info: Executing Ansible:'))!;
  expect(executing).toMatch(/-e ansible_ssh_private_key_file=\S+\/ansible-key -i \S+ \S+\/playbook\.yml$/);
  expect(stdout.join('\n')).toMatch(
    /PLAY RECAP[\s\S]*default\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0/
  );
  expect(await remote('cat /tmp/ansible-role /tmp/ansible-facts')).toBe(
    `from a role\namazon-ebs amazon-ebs default ${instance.user} none`
  );
  expect(leftovers()).toEqual([]);
});

test("use_proxy with use_sftp: files go over the proxy's sftp subsystem", async () => {
  await remote('rm -f /tmp/ansible-role');
  const { stdout } = await provision({
    playbook_file: 'ansible/playbook.yml',
    user: instance.user,
    use_sftp: true,
    sftp_command: '/usr/lib/openssh/sftp-server -e'
  });
  expect(stdout.join('\n')).toMatch(/failed=0/);
  expect(await remote('cat /tmp/ansible-role')).toBe('from a role');
});

test('a failing play through the proxy closes it and leaves no key file', async () => {
  const error = await provision({ playbook_file: 'ansible/fail.yml', user: instance.user }).catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toMatch(/Non-zero exit status: exit status 2/);
  expect(leftovers()).toEqual([]);
});

test('ssh_host_key_file: the proxy shows that key, and ansible checks it against known_hosts', async () => {
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-f',
    join(local, 'proxy_host'),
    '-C',
    'proxy'
  ]);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-f',
    join(local, 'other_host'),
    '-C',
    'other'
  ]);
  const knownHosts = (key: string) => {
    const path = join(local, `known_hosts_${key}`);
    const [type, blob] = readFileSync(join(local, `${key}.pub`), 'utf8').split(' ');
    writeFileSync(path, `[127.0.0.1]:47222 ${type} ${blob}\n`);
    return path;
  };
  const config = (key: string) => ({
    playbook_file: 'ansible/fail.yml',
    user: instance.user,
    local_port: 47222,
    ssh_host_key_file: 'proxy_host',
    ansible_env_vars: [`ANSIBLE_SSH_COMMON_ARGS=-o UserKnownHostsFile=${knownHosts(key)}`]
  });
  // The play reaches the machine (and fails on purpose) with the right key, and not with another.
  const right = await provision(config('proxy_host')).catch(e => e);
  expect(right.message).toMatch(/exit status 2/);
  const wrong = context();
  const error = await provisionerFromConfig({ type: 'ansible', ...config('other_host') })
    .run(wrong.ctx)
    .catch(e => e);
  expect(error.message).toMatch(/exit status 4/);
  expect(wrong.stdout.join('\n')).toMatch(/Host key verification failed/);
  expect(leftovers()).toEqual([]);
});

/** ssh master processes ("ssh: <socket> [mux]") whose socket is in this test's directories. */
function sshMasters(): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter(line => line.includes('[mux]') && line.includes(local));
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise(r => setTimeout(r, 100));
}
