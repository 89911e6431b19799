// The ansible-local provisioner on a real instance over real SSH, running the real ansible-playbook
// there (the simulated instance's root is an overlay of this machine, where ansible-core is
// installed): the staging directory is filled as Packer fills it, plays see group_vars, roles and
// Packer's extra variables, a failing play fails with ansible's own words in the log, and
// clean_staging_directory leaves nothing on the machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Communicator } from '../../src/communicator/types.js';
import { ProvisionerError } from '../../src/errors.js';
import { provisionerFromConfig, type AnsibleLocalConfig } from '../../src/provisioners/index.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'ansible-local-test-'));

function write(files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(local, name)), { recursive: true });
    writeFileSync(join(local, name), content);
  }
}
const at = (name: string) => join(local, name);

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ({ ssh } = await connectToNewInstance(sim));
  write({
    'ansible/site.yml': [
      '- hosts: web',
      '  connection: local',
      '  roles: [motd]',
      '  tasks:',
      '    - copy:',
      '        dest: /tmp/ansible-local-site.txt',
      '        content: "{{ greeting }} from {{ packer_build_name }} on {{ packer_builder_type }} ({{ packer_http_addr }})\\n"',
      ''
    ].join('\n'),
    'ansible/roles/motd/tasks/main.yml':
      '- copy: { dest: /tmp/ansible-local-role.txt, content: "role ran\\n" }\n',
    // A directory per group, as Ansible allows, inside playbook_dir and named again by group_vars.
    'ansible/group_vars/web/main.yml': 'greeting: hello\n',
    'other/second.yml': '- hosts: all\n  tasks:\n    - debug: { msg: "second playbook" }\n',
    'fail.yml': '- hosts: all\n  tasks:\n    - fail: { msg: "the play says no" }\n'
  });
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function provision(config: Omit<AnsibleLocalConfig, 'type'>) {
  const recorded = recordingContext({ communicator: ssh, cwd: local, buildName: 'web' });
  const error = await provisionerFromConfig({ type: 'ansible-local', ...config })
    .run(recorded.ctx)
    .then(
      () => undefined,
      (e: unknown) => e
    );
  return { ...recorded, error };
}

const remote = async (command: string) => (await remoteLines(ssh, command)).join('\n');

test('a playbook_dir with group_vars and a role runs in local mode, with Packer extra variables', async () => {
  const { error, messages, stdout } = await provision({
    playbook_dir: at('ansible'),
    playbook_file: at('ansible/site.yml'),
    group_vars: at('ansible/group_vars'),
    inventory_groups: ['web']
  });
  expect(error).toBeUndefined();
  expect(await remote('cat /tmp/ansible-local-site.txt /tmp/ansible-local-role.txt')).toBe(
    'hello from web on amazon-ebs (ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER)\nrole ran'
  );
  const executing = messages.find(m => m.startsWith('info: Executing Ansible: '))!;
  const staging =
    /cd (\/tmp\/packer-provisioner-ansible-local\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) /.exec(
      executing
    )![1];
  expect(executing).toBe(
    `info: Executing Ansible: cd ${staging} && ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook ` +
      `${staging}/site.yml --extra-vars 'packer_build_name=web packer_builder_type=amazon-ebs ` +
      `packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER' -c local -i ${staging}/packer-provisioner-ansible-local2147483648`
  );
  expect(
    await remote(
      `cat ${staging}/packer-provisioner-ansible-local2147483648; echo; ls ${staging}/group_vars/web`
    )
  ).toBe('[web]\n127.0.0.1\n\nmain.yml');
  expect(stdout.join('\n')).toMatch(/PLAY RECAP/);
});

test('playbook_files outside playbook_dir are uploaded at their own path and run in order; extra_arguments join the line', async () => {
  const { error, messages, stdout } = await provision({
    playbook_files: [at('other/second.yml'), at('fail.yml')],
    staging_directory: '/tmp/ansible-local-staging',
    extra_arguments: ['--tags', 'never', '--extra-vars', '"pizza=mushroom"']
  });
  // --tags never skips the failing task: the plays ran, each from its uploaded path.
  expect(error).toBeUndefined();
  const runs = messages.filter(m => m.startsWith('info: Executing Ansible: '));
  expect(runs).toEqual([
    expect.stringContaining(
      `ansible-playbook /tmp/ansible-local-staging${at('other/second.yml')} --extra-vars`
    ),
    expect.stringContaining(`ansible-playbook /tmp/ansible-local-staging${at('fail.yml')} --extra-vars`)
  ]);
  expect(runs[0]).toContain(
    `' --tags never --extra-vars "pizza=mushroom" -c local -i /tmp/ansible-local-staging/`
  );
  expect(stdout.join('\n')).not.toMatch(/the play says no/);
  expect(await remote(`ls /tmp/ansible-local-staging${local}`)).toBe('fail.yml\nother');
});

test("a failing play fails with ansible's message in the output, and clean_staging_directory still cleans", async () => {
  const { error, stdout } = await provision({
    playbook_file: at('fail.yml'),
    staging_directory: '/tmp/ansible-local-failing',
    clean_staging_directory: true
  });
  expect(error).toBeInstanceOf(ProvisionerError);
  expect((error as Error).message).toBe(
    'ansible-local provisioner: Error executing Ansible (/tmp/ansible-local-failing/fail.yml): Non-zero exit status: 2. Its output is above.'
  );
  expect(stdout.join('\n')).toMatch(/fatal: \[127\.0\.0\.1\]: FAILED! .*the play says no/);
  expect(await remote('test -e /tmp/ansible-local-failing && echo left || echo gone')).toBe('gone');
});

test('clean_staging_directory removes the staging directory after a successful run', async () => {
  const { error, messages } = await provision({
    playbook_file: at('other/second.yml'),
    staging_directory: '/tmp/ansible-local-clean',
    clean_staging_directory: true
  });
  expect(error).toBeUndefined();
  expect(messages).toContain('info: Removing staging directory...');
  expect(await remote('test -e /tmp/ansible-local-clean && echo left || echo gone')).toBe('gone');
});

test('a command that is not on the PATH says so, as Packer does', async () => {
  const { error } = await provision({ playbook_file: at('other/second.yml'), command: 'no-such-ansible' });
  expect((error as Error).message).toMatch(
    /no-such-ansible could not be found\. Verify that it is available on the PATH after connecting to the machine\./
  );
});

test('galaxy_file installs roles into galaxy_roles before the play, which finds them', async () => {
  const roleDir = at('galaxy-src/greeter');
  write({
    'galaxy-src/greeter/meta/main.yml':
      'galaxy_info: { author: t, description: t, license: MIT, min_ansible_version: "2.9", platforms: [] }\ndependencies: []\n',
    'galaxy-src/greeter/tasks/main.yml': '- debug: { msg: "greeter from galaxy" }\n',
    'galaxy/requirements.yml': 'roles:\n  - src: ./greeter.tar.gz\n    name: greeter\n',
    'galaxy/play.yml': '- hosts: all\n  roles: [greeter]\n'
  });
  execFileSync('tar', ['-czf', at('galaxy/greeter.tar.gz'), '-C', dirname(roleDir), 'greeter']);
  const { error, messages, stdout } = await provision({
    playbook_dir: at('galaxy'),
    playbook_file: at('galaxy/play.yml'),
    galaxy_file: at('galaxy/requirements.yml'),
    staging_directory: '/tmp/ansible-local-galaxy'
  });
  expect(error).toBeUndefined();
  expect(messages).toContain(
    'info: Executing Ansible Galaxy: cd /tmp/ansible-local-galaxy && ansible-galaxy install -r ' +
      '/tmp/ansible-local-galaxy/requirements.yml -p /tmp/ansible-local-galaxy/galaxy_roles'
  );
  expect(messages.find(m => m.startsWith('info: Executing Ansible: '))).toContain(
    '&& ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:/tmp/ansible-local-galaxy/galaxy_roles ANSIBLE_FORCE_COLOR=1'
  );
  expect(stdout.join('\n')).toMatch(/greeter from galaxy/);
});

test('a cancellation stops the play on the machine and rejects at once', async () => {
  write({ 'slow.yml': '- hosts: all\n  gather_facts: false\n  tasks:\n    - shell: sleep 61.25\n' });
  const controller = new AbortController();
  const recorded = recordingContext({ communicator: ssh, cwd: local, signal: controller.signal });
  const { output } = recorded.ctx.log;
  let runningBefore = '';
  recorded.ctx.log = {
    ...recorded.ctx.log,
    output: (stream, line) => {
      output(stream, line);
      if (!line.includes('TASK [shell]')) return;
      // Once the task's process is seen on the machine (on a loaded machine that can take seconds), cancel.
      void (async () => {
        for (let tries = 0; tries < 50 && Number(runningBefore) === 0; tries++) {
          await new Promise(resolve => setTimeout(resolve, 200));
          runningBefore = await remote("pgrep -f '[s]leep 61.25' | wc -l");
        }
        controller.abort(new Error('cancelled'));
      })();
    }
  };
  const started = Date.now();
  const error = await provisionerFromConfig({ type: 'ansible-local', playbook_file: at('slow.yml') })
    .run(recorded.ctx)
    .catch((e: unknown) => e);
  expect((error as Error).message).toBe('cancelled');
  expect(Number(runningBefore)).toBeGreaterThan(0);
  expect(Date.now() - started).toBeLessThan(20_000);
  await new Promise(resolve => setTimeout(resolve, 1000));
  expect(await remote("pgrep -f '[s]leep 61.25' | wc -l")).toBe('0');
});

test('inventory_file, host_vars, collection_paths and playbook_paths land where the play finds them', async () => {
  write({
    'coll/ansible_collections/acme/tools/roles/hello/tasks/main.yml':
      '- debug: { msg: "hello from the acme.tools collection" }\n',
    'hv/builder.yml': 'where: from host_vars\n',
    'inventory.ini': 'builder ansible_connection=local\n',
    'more/extra/included.yml': '- debug: { msg: "{{ where }}" }\n',
    'collections-play.yml': [
      '- hosts: builder',
      '  gather_facts: false',
      '  roles: [acme.tools.hello]',
      '  tasks:',
      '    - include_tasks: playbooks/extra/included.yml',
      ''
    ].join('\n')
  });
  const { error, messages, stdout } = await provision({
    playbook_file: at('collections-play.yml'),
    inventory_file: at('inventory.ini'),
    host_vars: at('hv'),
    collection_paths: [at('coll/ansible_collections')],
    playbook_paths: [at('more/extra')],
    staging_directory: '/tmp/ansible-local-collections'
  });
  expect(error).toBeUndefined();
  expect(messages.find(m => m.startsWith('info: Executing Ansible: '))).toBe(
    'info: Executing Ansible: cd /tmp/ansible-local-collections && ' +
      'ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:/tmp/ansible-local-collections/collections ' +
      'ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook /tmp/ansible-local-collections/collections-play.yml ' +
      "--extra-vars 'packer_build_name=web packer_builder_type=amazon-ebs " +
      "packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER' -c local -i /tmp/ansible-local-collections/inventory.ini"
  );
  const output = stdout.join('\n');
  expect(output).toContain('hello from the acme.tools collection');
  expect(output).toContain('from host_vars');
});
