// The ansible provisioner's options: Packer's defaults, weak decoding, its checks on local files
// (with file, line and field), and what enters the fingerprint.
import fs from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../../src/fingerprint.js';
import type { AnsibleProvisioner } from '../../src/template/types.js';
import { loadError, loadFixture, tempDirs, templateText } from './fixtures.js';

const makeDir = tempDirs();

const PLAYBOOK_TREE = {
  'ansible/playbook.yml': '- hosts: default\n  roles: [web]\n',
  'ansible/roles/web/tasks/main.yml': '- debug: msg=hi\n',
  'ansible/group_vars/all.yml': 'port: 80\n',
  'requirements.yml': 'roles:\n  - name: x\n',
  'keys/proxy.pub': 'ssh-ed25519 AAAA test\n',
  'inventory/hosts': 'default\n'
};

/** One provisioner (JSON text) after the base builder; the template is packer/web.pkr.json. */
function fixture(provisioner: string, files: Record<string, string> = PLAYBOOK_TREE) {
  return {
    files: {
      'packer/web.pkr.json': templateText({}, { provisioners: `[\n    ${provisioner}\n  ]` }),
      ...files
    }
  };
}
function load(provisioner: string, files?: Record<string, string>) {
  const loaded = loadFixture(makeDir, fixture(provisioner, files));
  return { loaded, plan: loaded.builds[0]!.provisioners[0] as AnsibleProvisioner };
}
/** The provisioner's line in the template: builders take lines 2-11. */
const LINE = 13;

describe('ansible defaults', () => {
  it("are Packer's: the proxy, alias default, ansible-playbook and ansible-galaxy, scp", () => {
    const { plan } = load('{ "type": "ansible", "playbook_file": "ansible/playbook.yml" }');
    expect(plan).toEqual({
      type: 'ansible',
      pauseBeforeMs: 0,
      maxRetries: 0,
      timeoutMs: undefined,
      playbookFile: expect.stringMatching(/\/ansible\/playbook\.yml$/),
      command: 'ansible-playbook',
      extraArguments: [],
      ansibleEnvVars: [],
      ansibleSshExtraArgs: [],
      groups: [],
      emptyGroups: [],
      hostAlias: 'default',
      user: undefined,
      inventoryFile: undefined,
      inventoryDirectory: undefined,
      keepInventoryFile: false,
      galaxyFile: undefined,
      galaxyCommand: 'ansible-galaxy',
      galaxyForceInstall: false,
      galaxyForceWithDeps: false,
      rolesPath: undefined,
      collectionsPath: undefined,
      useProxy: true,
      useSftp: false,
      sftpCommand: undefined,
      localPort: undefined,
      sshHostKeyFile: undefined,
      sshAuthorizedKeyFile: undefined,
      skipVersionCheck: false
    });
  });

  it('decode weakly, as Packer does: "false" is false, a string is a list of one, "2222" a port', () => {
    const { plan } = load(
      `{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "use_proxy": "false", "groups": "web",
      "extra_arguments": ["-e", "id={{ build \`ID\` }}"], "ansible_env_vars": "ANSIBLE_NOCOLOR=1", "local_port": "2222",
      "galaxy_file": "requirements.yml", "roles_path": "ansible/roles", "galaxy_force_install": true, "user": "deploy",
      "ssh_authorized_key_file": "keys/proxy.pub", "inventory_directory": "inventory", "max_retries": 2, "timeout": "5m" }`
    );
    expect(plan).toMatchObject({
      useProxy: false,
      groups: ['web'],
      localPort: 2222,
      rolesPath: 'ansible/roles',
      galaxyFile: expect.stringMatching(/\/requirements\.yml$/),
      galaxyForceInstall: true,
      user: 'deploy',
      sshAuthorizedKeyFile: expect.stringMatching(/\/keys\/proxy\.pub$/),
      inventoryDirectory: expect.stringMatching(/\/inventory$/),
      maxRetries: 2,
      timeoutMs: 300_000
    });
    expect(plan.extraArguments.map(a => a.render({ ID: 'i-0abc' }))).toEqual(['-e', 'id=i-0abc']);
    expect(plan.ansibleEnvVars.map(a => a.render({}))).toEqual(['ANSIBLE_NOCOLOR=1']);
  });
});

describe('ansible validation', () => {
  it.each<[string, string, Record<string, string> | undefined, RegExp]>([
    [
      'no playbook',
      '{ "type": "ansible" }',
      undefined,
      /:13:5: provisioners\[0\]\.playbook_file: must be specified$/
    ],
    [
      'a missing playbook',
      '{ "type": "ansible", "playbook_file": "nope.yml" }',
      undefined,
      /:13:43: provisioners\[0\]\.playbook_file: nope\.yml: no such file or directory/
    ],
    [
      'a playbook that is a directory',
      '{ "type": "ansible", "playbook_file": "ansible" }',
      undefined,
      /:13:43: provisioners\[0\]\.playbook_file: ansible must point to a file$/
    ],
    [
      'a missing galaxy file',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "galaxy_file": "req.yml" }',
      undefined,
      /provisioners\[0\]\.galaxy_file: req\.yml: no such file or directory/
    ],
    [
      'an inventory directory that is a file',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "inventory_directory": "requirements.yml" }',
      undefined,
      /provisioners\[0\]\.inventory_directory: requirements\.yml must point to a directory$/
    ],
    [
      'a port past 65535',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "local_port": 70000 }',
      undefined,
      /provisioners\[0\]\.local_port: must be between 0 and 65535, found 70000$/
    ],
    [
      'an environment entry without a name',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "ansible_env_vars": ["NOCOLOR"] }',
      undefined,
      /provisioners\[0\]\.ansible_env_vars: expected NAME=value, found "NOCOLOR"$/
    ],
    [
      'an option not supported yet',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "inventory_file_template": "x" }',
      undefined,
      /provisioners\[0\]\.inventory_file_template: inventory_file_template is not supported yet$/
    ],
    [
      'a misspelt option',
      '{ "type": "ansible", "playbook_file": "ansible/playbook.yml", "extra_argument": [] }',
      undefined,
      /unknown option extra_argument for the ansible provisioner \(did you mean extra_arguments\?\)$/
    ]
  ])('refuses %s, pointing at it', (_name, provisioner, files, message) => {
    const error = loadError(makeDir, fixture(provisioner, files));
    expect(error.line).toBe(LINE);
    expect(error.message).toMatch(message);
  });
});

describe('ansible fingerprint', () => {
  const template = (playbook: string) =>
    `{ "type": "ansible", "playbook_file": "${playbook}", "galaxy_file": "requirements.yml" }`;
  const print = (dir: string, files: readonly string[]) =>
    fingerprint({ build: 'amazon-ebs', plan: '', files, baseDir: dir });

  it("covers the playbook's directory (roles, group_vars) and the galaxy file, and nothing else", () => {
    const { loaded } = load(template('ansible/playbook.yml'));
    const dir = path.dirname(path.dirname(loaded.files.find(f => f.endsWith('.pkr.json'))!));
    expect(loaded.files.map(f => path.relative(dir, f))).toEqual([
      'ansible',
      'ansible/playbook.yml',
      'packer/web.pkr.json',
      'requirements.yml'
    ]);
    const before = print(dir, loaded.files);
    fs.writeFileSync(path.join(dir, 'unrelated.txt'), 'changed');
    expect(print(dir, loaded.files)).toBe(before);
    fs.writeFileSync(path.join(dir, 'ansible/roles/web/tasks/main.yml'), '- debug: msg=changed\n');
    expect(print(dir, loaded.files)).not.toBe(before);
  });

  it("takes only ansible's own neighbours of a playbook at the root of the working directory", () => {
    const { loaded } = load(template('site.yml'), {
      'site.yml': '- hosts: all\n',
      'roles/web/tasks/main.yml': '- debug: msg=hi\n',
      'group_vars/all.yml': 'a: 1\n',
      'requirements.yml': 'roles: []\n',
      'README.md': 'not read\n'
    });
    const dir = path.dirname(path.dirname(loaded.files.find(f => f.endsWith('.pkr.json'))!));
    expect(loaded.files.map(f => path.relative(dir, f))).toEqual([
      'group_vars',
      'packer/web.pkr.json',
      'requirements.yml',
      'roles',
      'site.yml'
    ]);
  });
});
