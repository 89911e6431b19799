// The ansible provisioner's pieces as Packer builds them: the command line, the environment, the
// inventory, the galaxy installs, and proxy mode wired to a fake proxy, with a stand-in
// ansible-playbook that reports what it was given.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import {
  ansibleEnvEntries,
  ansibleEnvironment,
  describeCommand,
  playbookArguments
} from '../../src/provisioners/ansible/arguments.js';
import {
  FIND_SFTP_SERVER,
  type ProxyDependencies,
  type SshProxyOptions
} from '../../src/provisioners/ansible/connection.js';
import { galaxyInstalls } from '../../src/provisioners/ansible/galaxy.js';
import { inventoryText } from '../../src/provisioners/ansible/inventory.js';
import { AnsibleProvisioner } from '../../src/provisioners/ansible/provisioner.js';
import type { AnsibleConfig } from '../../src/provisioners/config.js';
import type { Communicator } from '../../src/communicator/types.js';
import { recordingContext } from './context.js';

describe('playbookArguments', () => {
  const base = {
    buildName: 'web',
    builderType: 'amazon-ebs',
    inventory: '/tmp/inv',
    playbook: '/w/site.yml'
  };

  it("puts Packer's extra vars first, the key file after extra_arguments, and -i <inventory> <playbook> last", () => {
    expect(
      playbookArguments({ ...base, privateKeyFile: '/t/key', extraArguments: ['--tags', 'web', '-v'] })
    ).toEqual([
      '-e',
      'packer_build_name="web"',
      '-e',
      'packer_builder_type=amazon-ebs',
      '--ssh-extra-args',
      "'-o IdentitiesOnly=yes'",
      '--tags',
      'web',
      '-v',
      '-e',
      'ansible_ssh_private_key_file=/t/key',
      '-i',
      '/tmp/inv',
      '/w/site.yml'
    ]);
  });

  it('passes packer_http_addr when the builder serves HTTP, and joins ansible_ssh_extra_args quoted', () => {
    expect(
      playbookArguments({
        ...base,
        httpAddr: '10.0.0.1:8080',
        privateKeyFile: '/t/key',
        sshExtraArgs: ['-o ForwardAgent=yes', '-o ServerAliveInterval=30']
      }).slice(4, 8)
    ).toEqual([
      '-e',
      'packer_http_addr=10.0.0.1:8080',
      '--ssh-extra-args',
      "'-o ForwardAgent=yes' '-o ServerAliveInterval=30'"
    ]);
  });

  it('leaves out the key file and --ssh-extra-args without a key, and the key file when a password is given', () => {
    expect(playbookArguments(base)).toEqual([
      '-e',
      'packer_build_name="web"',
      '-e',
      'packer_builder_type=amazon-ebs',
      '-i',
      '/tmp/inv',
      '/w/site.yml'
    ]);
    const withPassword = playbookArguments({
      ...base,
      privateKeyFile: '/t/key',
      extraArguments: ['-e', 'ansible_password=pw']
    });
    expect(withPassword.join(' ')).not.toContain('ansible_ssh_private_key_file');
    expect(withPassword.join(' ')).toContain('-e ansible_host_key_checking=False');
    expect(
      playbookArguments({
        ...base,
        extraArguments: ['-e', 'ansible_password=pw'],
        envEntries: ['ANSIBLE_HOST_KEY_CHECKING=False']
      }).join(' ')
    ).not.toContain('ansible_host_key_checking');
  });

  it('an HCL build without a name gets no packer_build_name', () => {
    expect(playbookArguments({ ...base, buildName: '' }).slice(0, 2)).toEqual([
      '-e',
      'packer_builder_type=amazon-ebs'
    ]);
  });
});

describe('ansibleEnvironment', () => {
  it('appends host key checking off and scp after ansible_env_vars, and the later entry wins, as in Packer', () => {
    const entries = ansibleEnvEntries({
      envVars: ['ANSIBLE_HOST_KEY_CHECKING=True', 'ANSIBLE_NOCOLOR=1', 'X=a=b'],
      hostKeyChecking: false,
      useSftp: false
    });
    const env = ansibleEnvironment({ PATH: '/bin' }, entries);
    expect(env).toEqual({
      PATH: '/bin',
      ANSIBLE_HOST_KEY_CHECKING: 'False',
      ANSIBLE_NOCOLOR: '1',
      X: 'a=b',
      ANSIBLE_SCP_IF_SSH: 'True'
    });
  });

  it('sets neither with ssh_host_key_file and use_sftp', () => {
    expect(ansibleEnvEntries({ hostKeyChecking: true, useSftp: true })).toEqual([]);
  });
});

test('describeCommand hides the values of password and secret extra arguments, as Packer does', () => {
  const extra = ['-e', 'db_password=hunter2', 'api_secret=xyz', 'user=bob'];
  expect(describeCommand(['ansible-playbook', ...extra], extra)).toBe(
    'ansible-playbook -e db_password=***** api_secret=***** user=bob'
  );
});

test('inventoryText: the host line, again under each group, then the empty groups', () => {
  expect(
    inventoryText({ alias: 'default', host: '127.0.0.1', port: 2222, user: 'runner' }, ['web', 'db'], ['old'])
  ).toBe(
    'default ansible_host=127.0.0.1 ansible_user=runner ansible_port=2222\n' +
      '[web]\ndefault ansible_host=127.0.0.1 ansible_user=runner ansible_port=2222\n' +
      '[db]\ndefault ansible_host=127.0.0.1 ansible_user=runner ansible_port=2222\n' +
      '[old]\n'
  );
});

describe('galaxyInstalls', () => {
  const file = '/w/requirements.yml';
  it.each<[string, string, string[][]]>([
    ['an old-style list of roles', '- src: geerlingguy.nginx\n', [['install', '-r', file]]],
    ['a roles section', 'roles:\n  - name: x\n', [['install', '-r', file]]],
    ['a collections section', 'collections:\n  - name: a.b\n', [['collection', 'install', '-r', file]]],
    [
      'both',
      'roles: []\ncollections: []\n',
      [
        ['install', '-r', file],
        ['collection', 'install', '-r', file]
      ]
    ]
  ])('installs what %s asks for', (_name, text, expected) => {
    expect(galaxyInstalls({ file, text })).toEqual(expected);
  });

  it('adds -f, --force-with-deps and each -p', () => {
    expect(
      galaxyInstalls({
        file,
        text: 'roles: []\ncollections: []\n',
        force: true,
        forceWithDeps: true,
        rolesPath: 'roles',
        collectionsPath: 'collections'
      })
    ).toEqual([
      ['install', '-r', file, '-f', '--force-with-deps', '-p', 'roles'],
      ['collection', 'install', '-r', file, '-f', '--force-with-deps', '-p', 'collections']
    ]);
  });
});

describe('the provisioner, with a stand-in ansible-playbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ansible-unit-'));
  const runnerTemp = join(dir, 'runner-temp');
  const report = join(dir, 'report');
  // Writes its argv, the ANSIBLE_ variables, the inventory and the key file's mode and first line.
  const fake = join(dir, 'fake-ansible-playbook');
  beforeAll(() => {
    mkdirSync(runnerTemp);
    writeFileSync(join(dir, 'site.yml'), '- hosts: all\n');
    writeFileSync(
      fake,
      `#!/bin/sh
{
  echo "argv: $*"
  env | grep '^ANSIBLE_' | sort
  for a in "$@"; do case "$a" in
    ansible_ssh_private_key_file=*) k="\${a#*=}"; echo "key: $(stat -c %a "$k") $(head -1 "$k")";;
  esac; done
  while [ $# -gt 2 ]; do shift; done
  echo "inventory:"; cat "$1"
} > ${report}
echo "PLAY RECAP"
exit \${FAKE_EXIT:-0}
`
    );
    chmodSync(fake, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The proxy's only use of it: handed over, never called here.
  const machine = { close: async () => undefined } as unknown as Communicator;
  const started: SshProxyOptions[] = [];
  let closed = 0;
  const fakeProxy: ProxyDependencies = {
    oneTimeKeyPair: () => ({
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n-----END OPENSSH PRIVATE KEY-----',
      publicKey: 'ssh-ed25519 AAAAone-time packer-ansible'
    }),
    startSshProxy: async options => {
      started.push(options);
      if (options.port === 4000) throw new Error('listen EADDRINUSE: address already in use 127.0.0.1:4009');
      return {
        host: '127.0.0.1',
        port: options.port ?? 40123,
        hostKey: 'ssh-ed25519 AAAAhost',
        close: async () => void closed++
      };
    }
  };

  async function run(config: Partial<AnsibleConfig>, env: NodeJS.ProcessEnv = {}) {
    started.length = 0;
    closed = 0;
    const recorded = recordingContext({
      communicator: machine,
      cwd: dir,
      env: { PATH: process.env.PATH, RUNNER_TEMP: runnerTemp, ...env },
      buildData: { PackerRunUUID: 'unit', PackerHTTPAddr: 'ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER' },
      sshTarget: { host: '10.1.2.3', port: 22, user: 'ubuntu', privateKey: 'PRIVATE\nKEY' }
    });
    const provisioner = new AnsibleProvisioner(
      { type: 'ansible', playbook_file: 'site.yml', command: fake, skip_version_check: true, ...config },
      fakeProxy
    );
    const error = await provisioner.run(recorded.ctx).then(
      () => undefined,
      (e: Error) => e
    );
    return { ...recorded, error, report: readFileSync(report, 'utf8') };
  }

  it("by default goes through the proxy as the runner's user, with a one-time key and Packer's environment", async () => {
    const { report, messages, error } = await run({
      groups: ['web'],
      sftp_command: '/usr/lib/openssh/sftp-server -e'
    });
    expect(error).toBeUndefined();
    const user = userInfo().username;
    expect(started).toEqual([
      {
        communicator: machine,
        user,
        authorizedKey: 'ssh-ed25519 AAAAone-time packer-ansible',
        sftpCommand: '/usr/lib/openssh/sftp-server -e',
        port: undefined
      }
    ]);
    expect(closed).toBe(1);
    expect(report).toContain('ANSIBLE_HOST_KEY_CHECKING=False\nANSIBLE_SCP_IF_SSH=True\n');
    expect(report).toContain('key: 600 -----BEGIN OPENSSH PRIVATE KEY-----\n');
    expect(report).toContain(
      `inventory:\ndefault ansible_host=127.0.0.1 ansible_user=${user} ansible_port=40123\n[web]\ndefault ansible_host=127.0.0.1 ansible_user=${user} ansible_port=40123\n`
    );
    expect(report).not.toContain('packer_http_addr');
    expect(messages).toContain('info: Setting up proxy adapter for Ansible');
    expect(messages.join('\n')).not.toContain('secret');
    expect(readdirSync(join(runnerTemp, 'build-ami-unit'))).toEqual([]);
  });

  it('use_proxy false connects to the instance as the communicator user, with the build key', async () => {
    const { report } = await run({ use_proxy: false });
    expect(started).toEqual([]);
    expect(report).toContain('key: 600 PRIVATE\n');
    expect(report).toContain(
      'inventory:\ndefault ansible_host=10.1.2.3 ansible_user=ubuntu ansible_port=22\n'
    );
  });

  it('local_port and user go to the proxy and into the inventory; a proxy that cannot listen fails the run', async () => {
    const { report } = await run({ local_port: 4100, user: 'packer', host_alias: 'web1' });
    expect(started.map(s => [s.port, s.user])).toEqual([[4100, 'packer']]);
    expect(report).toContain(
      'inventory:\nweb1 ansible_host=127.0.0.1 ansible_user=packer ansible_port=4100\n'
    );
    const { error } = await run({ local_port: 4000 });
    expect(error?.message).toBe(
      'ansible provisioner: Error setting up SSH proxy connection: listen EADDRINUSE: address already in use 127.0.0.1:4009'
    );
    expect(readdirSync(join(runnerTemp, 'build-ami-unit'))).toEqual([]);
  });

  it('without sftp_command the proxy looks for sftp-server where Linux distributions keep it', async () => {
    await run({});
    expect(started[0]!.sftpCommand).toBe(FIND_SFTP_SERVER);
    expect(FIND_SFTP_SERVER).toMatch(/^for p in \/usr\/lib\/sftp-server \/usr\/lib\/openssh\/sftp-server /);
  });

  it('ssh_authorized_key_file: the proxy accepts that key, and no key file is passed', async () => {
    writeFileSync(join(dir, 'mine.pub'), 'ssh-ed25519 AAAAmine me@laptop\n');
    const { report } = await run({ ssh_authorized_key_file: 'mine.pub' });
    expect(started[0]!.authorizedKey).toBe('ssh-ed25519 AAAAmine me@laptop');
    expect(report).not.toContain('ansible_ssh_private_key_file');
    expect(report).not.toContain('--ssh-extra-args');
  });

  it('inventory_file is used as it is; inventory_directory and keep_inventory_file place and keep ours', async () => {
    writeFileSync(join(dir, 'hosts'), 'mine\n');
    expect((await run({ inventory_file: 'hosts' })).report).toContain('inventory:\nmine\n');
    mkdirSync(join(dir, 'inv'));
    await run({ inventory_directory: 'inv' });
    expect(readdirSync(join(dir, 'inv'))).toEqual([]);
    await run({ inventory_directory: 'inv', keep_inventory_file: true });
    expect(readdirSync(join(dir, 'inv'))).toEqual([expect.stringMatching(/^packer-provisioner-ansible\d+$/)]);
  });

  it("a failing play fails with Packer's message, and closes the proxy and removes the key all the same", async () => {
    const { error, stdout } = await run({}, { FAKE_EXIT: '2' });
    expect(error?.message).toBe(
      'ansible provisioner: Error executing Ansible: Non-zero exit status: exit status 2. Its output, with the play recap, is above.'
    );
    expect(stdout).toEqual(['PLAY RECAP']);
    expect(closed).toBe(1);
    expect(readdirSync(join(runnerTemp, 'build-ami-unit'))).toEqual([]);
  });
});
