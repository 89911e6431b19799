// puppet-masterless on a real instance over real SSH, running the real `puppet apply` (Debian's
// puppet 7, there because the instance's root is an overlay over this machine's): manifests and modules
// are uploaded to the staging directory, facts arrive as FACTER_ variables, "changes applied" (2) is
// success, and a puppet error fails with puppet's own message in the output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Communicator } from '../../src/communicator/types.js';
import { ProvisionerError } from '../../src/errors.js';
import {
  createProvisioner,
  provisionerFromConfig,
  type PuppetMasterlessConfig
} from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'puppet-test-'));

function files(tree: Record<string, string>) {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(join(local, path, '..'), { recursive: true });
    writeFileSync(join(local, path), content);
  }
}

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ({ ssh } = await connectToNewInstance(sim));
  files({
    'puppet/site.pp': 'include motd\n',
    'puppet/modules/motd/manifests/init.pp':
      'class motd {\n' +
      '  file { "/etc/motd-from-puppet":\n' +
      "    content => \"role ${facts['role']} built by ${facts['packer_build_name']}\\n\",\n" +
      '    mode    => "0644",\n' +
      '  }\n' +
      '}\n',
    'puppet/broken.pp': 'fail("the manifest failed on purpose")\n',
    'puppet/dir/a.pp': 'notify { "from a directory of manifests": }\n',
    'puppet/hiera.yaml': '---\nversion: 5\n'
  });
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function provision(config: Omit<PuppetMasterlessConfig, 'type'>) {
  const recorded = recordingContext({ communicator: ssh, cwd: local, buildName: 'web' });
  await provisionerFromConfig({ type: 'puppet-masterless', ...config }).run(recorded.ctx);

  return recorded;
}

const remote = (command: string) => remoteLines(ssh, command);

test('applies a manifest with a module and facts, with sudo, and takes "changes applied" as success', async () => {
  const { messages, stdout } = await provision({
    manifest_file: 'puppet/site.pp',
    module_paths: ['puppet/modules'],
    facter: { role: 'web' }
  });
  const staging = '/tmp/packer-puppet-masterless';
  expect(messages).toContain(
    `info: Running Puppet: cd ${staging} && FACTER_packer_build_name='web' FACTER_packer_builder_type='amazon-ebs' ` +
      `FACTER_role='web' sudo -E puppet apply --detailed-exitcodes --modulepath='${staging}/module-0' ${staging}/manifests/site.pp`
  );
  expect(stdout.join('\n')).toMatch(/File\[\/etc\/motd-from-puppet\]\/ensure: defined content/);
  expect(await remote('cat /etc/motd-from-puppet; stat -c %U /etc/motd-from-puppet')).toEqual([
    'role web built by web',
    'root'
  ]);
  expect(await remote(`ls ${staging} ${staging}/manifests`)).toEqual([
    `${staging}:`,
    'manifests',
    'module-0',
    '',
    `${staging}/manifests:`,
    'site.pp'
  ]);
  // Applied again, nothing changes: exit status 0, also success.
  const again = await provision({
    manifest_file: 'puppet/site.pp',
    module_paths: ['puppet/modules'],
    facter: { role: 'web' }
  });
  expect(again.stdout.join('\n')).not.toMatch(/defined content/);
});

test("a puppet error fails the provisioner, with puppet's own message in the output", async () => {
  const recorded = recordingContext({ communicator: ssh, cwd: local });
  const error = await provisionerFromConfig({ type: 'puppet-masterless', manifest_file: 'puppet/broken.pp' })
    .run(recorded.ctx)
    .catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    'puppet-masterless provisioner: Puppet exited with a non-zero exit status: 1. Its output is above.'
  );
  expect(error.exitCode).toBe(1);
  expect([...recorded.stdout, ...recorded.stderr].join('\n')).toContain('the manifest failed on purpose');
});

test('ignore_exit_codes takes any exit status', async () => {
  const { stderr } = await provision({ manifest_file: 'puppet/broken.pp', ignore_exit_codes: true });
  expect(stderr.join('\n')).toContain('the manifest failed on purpose');
});

test('through a template: a directory of manifests, hiera, extra arguments, own directories, no sudo, cleaned up', async () => {
  const staging = '/tmp/puppet-staging-own';
  const template = {
    variables: { log: 'puppet.log' },
    builders: [
      {
        type: 'amazon-ebs',
        region: 'us-east-1',
        source_ami: 'ami-0123456789abcdef0',
        instance_type: 't3.micro',
        ssh_username: 'ubuntu',
        ami_name: 'puppet-image'
      }
    ],
    provisioners: [
      {
        type: 'puppet-masterless',
        manifest_file: 'puppet/dir',
        hiera_config_path: 'puppet/hiera.yaml',
        extra_arguments: ['--verbose', '--logdest={{.WorkingDir}}/{{user `log`}}'],
        staging_directory: staging,
        working_directory: '/tmp',
        prevent_sudo: 'true',
        clean_staging_directory: true,
        execute_command:
          'cd {{.WorkingDir}} && {{if .Sudo}}sudo -E {{end}}puppet apply --detailed-exitcodes ' +
          '{{if ne .HieraConfigPath ""}}--hiera_config=\'{{.HieraConfigPath}}\' {{end}}{{.ExtraArguments}} {{.ManifestFile}}; ' +
          's=$?; cat /tmp/puppet.log; exit $s'
      }
    ]
  };
  writeFileSync(join(local, 'template.json'), JSON.stringify(template));
  const loaded = loadTemplate({ path: 'template.json', cwd: local, env: {} });
  const { ctx, messages, stdout } = recordingContext({ communicator: ssh, cwd: local });
  await createProvisioner(loaded.builds[0]!.provisioners[0]!).run(ctx);
  expect(messages).toContain(
    `info: Running Puppet: cd /tmp && puppet apply --detailed-exitcodes --hiera_config='${staging}/hiera.yaml' ` +
      `--verbose --logdest=/tmp/puppet.log ${staging}/manifests; s=$?; cat /tmp/puppet.log; exit $s`
  );
  expect(stdout.join('\n')).toContain('from a directory of manifests');
  expect(await remote(`test -e ${staging} && echo left || echo gone`)).toEqual(['gone']);
});

test('cancelling the build stops puppet on the machine', async () => {
  const controller = new AbortController();
  const { ctx, stdout } = recordingContext({ communicator: ssh, cwd: local, signal: controller.signal });
  const running = provisionerFromConfig({
    type: 'puppet-masterless',
    manifest_file: 'puppet/site.pp',
    execute_command: 'echo puppet-started; sleep 30 # {{.ManifestFile}}'
  }).run(ctx);
  for (let i = 0; i < 100 && !stdout.includes('puppet-started'); i++)
    await new Promise(r => setTimeout(r, 50));
  const started = Date.now();
  controller.abort(new Error('cancelled'));
  await expect(running).rejects.toThrow('cancelled');
  expect(Date.now() - started).toBeLessThan(5000);
  // [l]: the pattern must not match pgrep's own command line.
  const left = () => remote('pgrep -f "sleep 30 # /tmp/packer-puppet-master[l]ess" || echo none');
  for (let i = 0; i < 40 && (await left())[0] !== 'none'; i++) await new Promise(r => setTimeout(r, 100));
  expect(await left()).toEqual(['none']);
});
