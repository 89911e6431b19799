// The shell provisioner on a real instance over real SSH: scripts upload, run with Packer's
// variables and execute_command, stream their output, fail with their exit code, clean up, and
// survive a dropped connection when told to expect one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectSsh } from '../../src/communicator/ssh.js';
import type { Communicator, ConnectOptions } from '../../src/communicator/types.js';
import { CommunicatorError, ProvisionerError } from '../../src/errors.js';
import { createProvisioner, provisionerFromConfig } from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import type { ShellConfig } from '../../src/provisioners/config.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let connectOptions: ConnectOptions;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'shell-test-'));

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ({ connectOptions, ssh } = await connectToNewInstance(sim));
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function provision(config: Omit<ShellConfig, 'type'>, overrides = {}) {
  const recorded = recordingContext({ communicator: ssh, cwd: local, ...overrides });
  await provisionerFromConfig({ type: 'shell', ...config }).run(recorded.ctx);
  return recorded;
}

const remote = (command: string) => remoteLines(ssh, command);

test('runs inline commands, streaming output line by line, and removes the script', async () => {
  const { messages, stdout, stderr } = await provision({
    inline: ['echo one', 'echo two >&2', 'echo "running $0"', 'printf "no newline"']
  });
  expect(messages).toEqual(['info: Provisioning with shell script: inline']);
  expect(stdout).toEqual(['one', 'running /tmp/script_4999.sh', 'no newline']);
  expect(stderr).toEqual(['two']);
  expect(await remote('ls /tmp/script_*.sh 2>/dev/null | wc -l')).toEqual(['0']);
});

test('inline scripts run under /bin/sh -e by default, and a failure carries script and exit code', async () => {
  const error = await provision({ inline: ['echo before', 'false', 'echo never'] }).catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    'shell provisioner: script /tmp/script_4999.sh (inline) exited with code 1; valid_exit_codes allows 0. Its output is above.'
  );
  expect(error).toMatchObject({ provisioner: 'shell', script: 'inline', exitCode: 1 });
});

test('inline_shebang changes the interpreter', async () => {
  const { stdout } = await provision({
    inline_shebang: '/bin/bash',
    inline: ['false', 'echo "bash ${BASH_VERSINFO[0]}"']
  });
  expect(stdout[0]).toMatch(/^bash \d+$/);
});

test('valid_exit_codes accepts other codes', async () => {
  const { stdout } = await provision({ inline: ['echo done', 'exit 3'], valid_exit_codes: [0, 3] });
  expect(stdout).toEqual(['done']);
});

test('runs a script and then scripts in order, CRLF turned into LF', async () => {
  writeFileSync(
    join(local, 'first.sh'),
    '#!/bin/sh\nA=1\r\n[ "$A" = 1 ] && echo first-clean || echo first-crlf\r\n'
  );
  writeFileSync(join(local, 'second.sh'), '#!/bin/sh\necho second\n');
  const one = await provision({ script: 'first.sh' });
  expect(one.messages).toEqual(['info: Provisioning with shell script: first.sh']);
  expect(one.stdout).toEqual(['first-clean']);
  const both = await provision({ scripts: ['first.sh', join(local, 'second.sh')] });
  expect(both.stdout).toEqual(['first-clean', 'second']);
  const binary = await provision({ script: 'first.sh', binary: true });
  expect(binary.stdout).toEqual(['first-crlf']);
});

test('reads a relative script from the working directory only, never next to the template, as Packer does', async () => {
  const templateDir = join(local, 'packer');
  mkdirSync(join(templateDir, 'scripts'), { recursive: true });
  writeFileSync(join(templateDir, 'scripts', 'setup.sh'), 'echo from template dir\n');
  const error = await provision({ script: 'scripts/setup.sh' }).catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    `shell provisioner: scripts/setup.sh: no such file or directory (looked for ${join(local, 'scripts', 'setup.sh')}; ` +
      'relative paths are read from the working directory, as in Packer: use {{template_dir}} for paths next to the template)'
  );
  const { stdout } = await provision({ script: 'packer/scripts/setup.sh' });
  expect(stdout).toEqual(['from template dir']);
});

test('passes environment_vars, env and the PACKER_ variables, quotes intact', async () => {
  const { stdout } = await provision(
    {
      environment_vars: [`GREETING=it's "quoted" $HOME \`id\``, 'EMPTY=', 'WITH_EQUALS=a=b'],
      env: { FROM_MAP: "o'neil" },
      inline: [
        'for v in GREETING EMPTY WITH_EQUALS FROM_MAP PACKER_BUILD_NAME PACKER_BUILDER_TYPE; do printf "%s=[%s]\\n" $v "$(printenv $v)"; done'
      ]
    },
    { buildName: 'web' }
  );
  expect(stdout).toEqual([
    'GREETING=[it\'s "quoted" $HOME `id`]',
    'EMPTY=[]',
    'WITH_EQUALS=[a=b]',
    "FROM_MAP=[o'neil]",
    'PACKER_BUILD_NAME=[web]',
    'PACKER_BUILDER_TYPE=[amazon-ebs]'
  ]);
});

test('renders a custom execute_command with {{.Vars}} and {{ .Path }}', async () => {
  const { stdout } = await provision({
    execute_command: "echo 'packer' | sudo -S env {{ .Vars }} sh '{{ .Path }}'",
    environment_vars: ['WHO=me'],
    inline: ['echo "$(id -un) $WHO"']
  });
  expect(stdout).toEqual(['root me']);
});

test('use_env_var_file puts the variables in a file for {{.EnvVarFile}}, removed afterwards', async () => {
  const { stdout } = await provision({
    use_env_var_file: true,
    environment_vars: ["QUOTED=it's"],
    inline: ['echo "$QUOTED"']
  });
  expect(stdout).toEqual(["it's"]);
  expect(await remote('ls /tmp/varfile_*.sh /tmp/script_*.sh 2>/dev/null | wc -l')).toEqual(['0']);
});

test('skip_clean leaves the script where remote_folder and remote_file put it', async () => {
  await provision({
    inline: ['echo kept'],
    skip_clean: true,
    remote_folder: '/var/tmp',
    remote_file: 'kept.sh'
  });
  expect(await remote('cat /var/tmp/kept.sh')).toEqual(['#!/bin/sh -e', 'echo kept']);
  await provision({ inline: ['true'], remote_path: '/home/ubuntu/custom.sh' });
  expect(await remote('ls /home/ubuntu/custom.sh /var/tmp/kept.sh 2>&1')).toEqual([
    "ls: cannot access '/home/ubuntu/custom.sh': No such file or directory",
    '/var/tmp/kept.sh'
  ]);
});

test('an upload the machine refuses fails at once, not after start_retry_timeout', async () => {
  const started = Date.now();
  const error = await provision(
    { inline: ['true'], remote_folder: '/root' },
    { reconnect: () => connectSsh(connectOptions) }
  ).catch(e => e);
  expect(error).toBeInstanceOf(CommunicatorError);
  expect(error.message).toMatch(/could not upload to \/root\/script_4999.sh .*Permission denied/);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('a lost connection before the start is dialed again (start_retry_timeout)', async () => {
  const dead = await connectSsh(connectOptions);
  await dead.close();
  const fresh: Communicator[] = [];
  const reconnect = async () => {
    fresh.push(await connectSsh(connectOptions));
    return fresh.at(-1)!;
  };
  const { stdout, messages } = await provision(
    { inline: ['echo on the new connection'] },
    { communicator: dead, reconnect, sleep: async () => {} }
  );
  expect(stdout).toEqual(['on the new connection']);
  expect(fresh).toHaveLength(1);
  expect(messages[1]).toMatch(
    /^warning: starting \/tmp\/script_4999.sh: SSH: could not open SFTP .*connecting again/
  );
  await fresh[0].close();
});

test('gives up when the machine stays away past start_retry_timeout, with the last error', async () => {
  const dead = await connectSsh(connectOptions);
  await dead.close();
  let dials = 0;
  const reconnect = async () => {
    dials++;
    throw new CommunicatorError({ message: 'SSH to ubuntu@10.0.0.1:22: could not connect within 1s' });
  };
  const error = await provision(
    { inline: ['true'], start_retry_timeout: 300 },
    { communicator: dead, reconnect, sleep: () => new Promise<void>(r => setTimeout(r, 20)) }
  ).catch(e => e);
  expect(error).toBeInstanceOf(CommunicatorError);
  expect(error.message).toBe(
    'starting /tmp/script_4999.sh: the machine did not answer again within start_retry_timeout (300ms); ' +
      'last error: SSH to ubuntu@10.0.0.1:22: could not connect within 1s'
  );
  expect(dials).toBeGreaterThan(3);
});

test('pause_after waits after the scripts', async () => {
  const slept: number[] = [];
  const { messages } = await provision(
    { inline: ['true'], pause_after: 10_000 },
    { sleep: async (ms: number) => void slept.push(ms) }
  );
  expect(slept).toEqual([10_000]);
  expect(messages).toContain('info: Pausing 10s after this provisioner...');
});

test('cancellation stops a running script', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('build cancelled')), 300);
  const started = Date.now();
  await expect(provision({ inline: ['sleep 30'] }, { signal: controller.signal })).rejects.toThrow(
    'build cancelled'
  );
  expect(Date.now() - started).toBeLessThan(3000);
});

test('runs a shell provisioner loaded from a template, with build data and its execute_command', async () => {
  const template = {
    builders: [
      {
        type: 'amazon-ebs',
        region: 'us-east-1',
        source_ami: 'ami-0123456789abcdef0',
        instance_type: 't3.micro',
        ssh_username: 'ubuntu',
        ami_name: 'web-image'
      }
    ],
    provisioners: [
      {
        type: 'shell',
        inline: ['echo "$(id -un) on {{ build `ID` }} as $PACKER_BUILD_NAME, $GREETING"'],
        environment_vars: ["GREETING=it's fine"],
        execute_command: "sudo -n env {{ .Vars }} sh '{{ .Path }}'"
      }
    ]
  };
  writeFileSync(join(local, 'template.json'), JSON.stringify(template));
  const loaded = loadTemplate({ path: 'template.json', cwd: local, env: {} });
  const { ctx, stdout } = recordingContext({ communicator: ssh, cwd: local, buildData: { ID: 'i-0abc' } });
  await createProvisioner(loaded.builds[0].provisioners[0]).run(ctx);
  expect(stdout).toEqual(["root on i-0abc as amazon-ebs, it's fine"]);
});

describe('a script that drops the connection (a reboot)', () => {
  // Kills the sshd process serving this session, as a reboot does: the connection drops mid-command.
  const dropConnection = [
    'p=$$',
    'while [ "$(cat /proc/$p/comm)" != sshd ]; do p=$(cut -d" " -f4 /proc/$p/stat); done',
    'echo rebooting',
    'sudo kill -9 $p',
    'sleep 5'
  ];

  test('with expect_disconnect: reconnects to clean up, and the next script runs on the new connection', async () => {
    const first = await connectSsh(connectOptions);
    let latest: Communicator | undefined;
    const reconnect = async () => (latest = await connectSsh(connectOptions));
    const { ctx, messages, stdout } = recordingContext({
      communicator: first,
      cwd: local,
      reconnect,
      sleep: async () => {}
    });
    writeFileSync(join(local, 'drop.sh'), ['#!/bin/sh', ...dropConnection, ''].join('\n'));
    writeFileSync(join(local, 'after.sh'), 'echo after reboot\n');
    const config = { type: 'shell' as const, scripts: ['drop.sh', 'after.sh'], expect_disconnect: true };
    await provisionerFromConfig(config).run(ctx);
    expect(stdout).toEqual(['rebooting', 'after reboot']);
    expect(messages).toContain(
      'info: The connection dropped while script /tmp/script_4999.sh (drop.sh) ran, as expect_disconnect allows.'
    );
    expect(messages.some(m => /^warning: removing \/tmp\/script_4999.sh: .*connecting again/.test(m))).toBe(
      true
    );
    expect(latest).toBeDefined();
    expect(await remote('ls /tmp/script_4999.sh 2>/dev/null | wc -l')).toEqual(['0']);
    await latest!.close();
    await first.close();
  });

  test('without it: fails with advice to add expect_disconnect', async () => {
    const first = await connectSsh(connectOptions);
    const { ctx } = recordingContext({ communicator: first, cwd: local });
    const error = await provisionerFromConfig({ type: 'shell', inline: dropConnection })
      .run(ctx)
      .catch(e => e);
    expect(error).toBeInstanceOf(ProvisionerError);
    expect(error.message).toMatch(
      /script \/tmp\/script_4999.sh \(inline\) lost its connection before it finished.*"expect_disconnect": true/
    );
    expect(error.exitCode).toBeNull();
    await first.close();
  });
});
