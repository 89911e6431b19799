// chef-solo on a real instance over real SSH. Chef itself is not packaged by Debian and cannot be
// downloaded here, so the instance's image carries a stand-in chef-solo (__tests__/helpers/fake-chef-solo.ts)
// that reads -c solo.rb and -j node.json as chef-solo does and applies a tiny recipe subset: what is
// proven is what Packer's provisioner does around Chef (uploads, solo.rb, node JSON, commands, exit codes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Communicator } from '../../src/communicator/types.js';
import { ProvisionerError } from '../../src/errors.js';
import {
  createProvisioner,
  provisionerFromConfig,
  type ChefSoloConfig
} from '../../src/provisioners/index.js';
import { loadTemplate } from '../../src/template/index.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { giveImagesChefSolo } from '../helpers/fake-chef-solo.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'chef-test-'));
const STAGING = '/tmp/packer-chef-solo';

function files(tree: Record<string, string>) {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(join(local, path, '..'), { recursive: true });
    writeFileSync(join(local, path), content);
  }
}

beforeAll(async () => {
  sim = await startEc2Simulator({});
  giveImagesChefSolo(sim, /jammy/);
  ({ ssh } = await connectToNewInstance(sim));
  files({
    'cookbooks/motd/recipes/default.rb':
      'directory "/etc/motd.d" do\n  recursive true\nend\n' +
      'file "/etc/motd.d/chef" do\n  content "#{node[\'motd\'][\'text\']}\\n"\n  mode "0644"\nend\n',
    'cookbooks/motd/recipes/broken.rb': 'raise "the recipe failed on purpose"\n',
    'roles/web.json': '{"name": "web", "run_list": ["recipe[motd]"]}\n',
    'data_bags/users/admin.json': '{"id": "admin"}\n',
    'environments/prod.json': '{"name": "prod"}\n'
  });
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function provision(config: Omit<ChefSoloConfig, 'type'>) {
  const recorded = recordingContext({ communicator: ssh, cwd: local });
  await provisionerFromConfig({ type: 'chef-solo', ...config }).run(recorded.ctx);
  return recorded;
}

const remote = (command: string) => remoteLines(ssh, command);

test('uploads the cookbooks, writes solo.rb and node.json as Packer does, and runs chef-solo with sudo', async () => {
  const { messages, stdout } = await provision({
    cookbook_paths: ['cookbooks'],
    run_list: ['recipe[motd]'],
    json: { motd: { text: 'hello from chef' } },
    skip_install: true,
    chef_license: 'accept-silent'
  });
  expect(messages).toEqual([
    'info: Provisioning with chef-solo',
    `info: Creating directory: ${STAGING}`,
    `info: Creating directory: ${STAGING}/cookbooks-0`,
    "info: Creating configuration file 'solo.rb'",
    'info: Creating JSON attribute file',
    `info: Executing Chef: sudo chef-solo --no-color -c ${STAGING}/solo.rb -j ${STAGING}/node.json`
  ]);
  expect(stdout).toContain('Chef Infra Client finished, 2 resources updated');
  expect(await remote('cat /etc/motd.d/chef; stat -c %U /etc/motd.d/chef')).toEqual([
    'hello from chef',
    'root'
  ]);
  // Packer's template, blank lines where its {{if}}s were included.
  expect(await remote(`cat ${STAGING}/solo.rb`)).toEqual([
    '',
    'chef_license \t\t"accept-silent"',
    `cookbook_path \t["${STAGING}/cookbooks-0"]`,
    '',
    '',
    '',
    ''
  ]);
  expect(await remote(`cat ${STAGING}/node.json`)).toEqual([
    '{',
    '  "motd": {',
    '    "text": "hello from chef"',
    '  },',
    '  "run_list": [',
    '    "recipe[motd]"',
    '  ]',
    '}'
  ]);
});

test("a failing recipe fails the provisioner, with chef's own message in the output", async () => {
  const recorded = recordingContext({ communicator: ssh, cwd: local });
  const error = await provisionerFromConfig({
    type: 'chef-solo',
    cookbook_paths: ['cookbooks'],
    run_list: ['recipe[motd::broken]'],
    skip_install: true,
    chef_license: 'accept'
  })
    .run(recorded.ctx)
    .catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    'chef-solo provisioner: Error executing Chef: non-zero exit status 1. Its output is above.'
  );
  expect(recorded.stderr.join('\n')).toContain('RuntimeError: the recipe failed on purpose');
});

test('runs install_command first, and the default chef_license is then empty (chef refuses to run)', async () => {
  const recorded = recordingContext({ communicator: ssh, cwd: local });
  const error = await provisionerFromConfig({
    type: 'chef-solo',
    cookbook_paths: ['cookbooks'],
    install_command: 'echo installing chef {{.Version}} sudo={{.Sudo}}',
    version: '18.2.7'
  })
    .run(recorded.ctx)
    .catch(e => e);
  expect(recorded.stdout[0]).toBe('installing chef 18.2.7 sudo=true');
  expect(error.message).toMatch(/Error executing Chef/);
  expect(recorded.stderr.join('\n')).toContain('cannot execute without accepting the license');

  const install = await provisionerFromConfig({
    type: 'chef-solo',
    install_command: 'exit 3'
  })
    .run(recordingContext({ communicator: ssh, cwd: local }).ctx)
    .catch(e => e);
  expect(install.message).toBe(
    'chef-solo provisioner: Error installing Chef: Install script exited with non-zero exit status 3. Its output is above.'
  );
});

test('through a template: roles, data bags, environments, remote cookbooks, a config template, no sudo', async () => {
  files({
    'solo.rb.tpl':
      'chef_license "accept-no-persist"\ncookbook_path [{{.CookbookPaths}}]\n' +
      '{{if .HasRolesPath}}role_path "{{.RolesPath}}"{{end}}\n' +
      '{{if .HasDataBagsPath}}data_bag_path "{{.DataBagsPath}}"{{end}}\n' +
      '{{if .HasEnvironmentsPath}}environment_path "{{.EnvironmentsPath}}"\nenvironment "{{.ChefEnvironment}}"{{end}}\n'
  });
  const staging = '/tmp/chef-own';
  const template = {
    variables: { text: 'from a role' },
    builders: [
      {
        type: 'amazon-ebs',
        region: 'us-east-1',
        source_ami: 'ami-0123456789abcdef0',
        instance_type: 't3.micro',
        ssh_username: 'ubuntu',
        ami_name: 'chef-image'
      }
    ],
    provisioners: [
      {
        type: 'chef-solo',
        cookbook_paths: ['cookbooks'],
        remote_cookbook_paths: ['/var/chef/none'],
        roles_path: 'roles',
        data_bags_path: 'data_bags',
        environments_path: 'environments',
        chef_environment: 'prod',
        config_template: 'solo.rb.tpl',
        run_list: ['role[web]'],
        json: { motd: { text: '{{user `text`}}' } },
        skip_install: true,
        prevent_sudo: true,
        staging_directory: staging,
        execute_command:
          '{{if .Sudo}}sudo {{end}}chef-solo --no-color -c {{.ConfigPath}} -j {{.JsonPath}} || ' +
          'sudo chef-solo -c {{.ConfigPath}} -j {{.JsonPath}}'
      }
    ]
  };
  writeFileSync(join(local, 'template.json'), JSON.stringify(template));
  const loaded = loadTemplate({ path: 'template.json', cwd: local, env: {} });
  const { ctx, messages, stdout } = recordingContext({ communicator: ssh, cwd: local });
  await createProvisioner(loaded.builds[0]!.provisioners[0]!).run(ctx);
  expect(messages).toContain(
    `info: Executing Chef: chef-solo --no-color -c ${staging}/solo.rb -j ${staging}/node.json || ` +
      `sudo chef-solo -c ${staging}/solo.rb -j ${staging}/node.json`
  );
  expect(await remote(`cat ${staging}/solo.rb`)).toEqual([
    'chef_license "accept-no-persist"',
    `cookbook_path ["/var/chef/none","${staging}/cookbooks-0"]`,
    `role_path "${staging}/roles"`,
    `data_bag_path "${staging}/data_bags"`,
    `environment_path "${staging}/environments"`,
    'environment "prod"'
  ]);
  expect(await remote(`ls ${staging} ${staging}/data_bags/users`)).toEqual([
    `${staging}:`,
    'cookbooks-0',
    'data_bags',
    'environments',
    'node.json',
    'roles',
    'solo.rb',
    '',
    `${staging}/data_bags/users:`,
    'admin.json'
  ]);
  expect(stdout).toContain('Recipe: motd');
  expect(await remote('cat /etc/motd.d/chef')).toEqual(['from a role']);
});
