// puppet-masterless and chef-solo in a template: options read with Packer's defaults, local paths made
// absolute and recorded as read (so every manifest and cookbook file is in the fingerprint), commands
// kept as Go templates with their {{if}}s, and each mistake reported at its file, line and field.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { fingerprint } from '../../src/fingerprint.js';
import { loadTemplate } from '../../src/template/index.js';
import type { ChefSoloProvisioner, PuppetMasterlessProvisioner } from '../../src/template/types.js';
import { FIXED, tempDirs } from './fixtures.js';

const makeDir = tempDirs();

const BUILDER = {
  type: 'amazon-ebs',
  region: 'us-east-1',
  source_ami: 'ami-0123456789abcdef0',
  instance_type: 't3.micro',
  ssh_username: 'admin',
  ami_name: 'web'
};

const PUPPET_FILES = {
  'manifests/site.pp': 'include hello\n',
  'modules/hello/manifests/init.pp': 'class hello {}\n',
  'hiera.yaml': '---\nversion: 5\n'
};
const CHEF_FILES = {
  'cookbooks/hello/recipes/default.rb': 'file "/etc/hello"\n',
  'roles/web.json': '{}',
  'solo.rb.tpl': 'cookbook_path [{{.CookbookPaths}}]\n{{if .HasRolesPath}}role_path "{{.RolesPath}}"\n{{end}}'
};

function write(provisioner: object, files: Record<string, string>, variables: object = {}): string {
  const template = { variables, builders: [BUILDER], provisioners: [provisioner] };
  // One option per line, so an error's line says which option it is about.
  return makeDir({ 'packer/web.pkr.json': JSON.stringify(template, null, 2), ...files });
}

function load(dir: string) {
  return loadTemplate({ path: 'packer/web.pkr.json', cwd: dir, ...FIXED });
}

function errorOf(dir: string): InputError {
  try {
    load(dir);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the template to be refused');
}

/** The 1-based line of the first line of the template that contains `text`. */
function lineOf(dir: string, text: string): number {
  const lines = fs.readFileSync(path.join(dir, 'packer/web.pkr.json'), 'utf8').split('\n');
  return lines.findIndex(line => line.includes(text)) + 1;
}

describe('puppet-masterless', () => {
  it("reads the options with Packer's defaults and records every file it will upload", () => {
    const dir = write(
      {
        type: 'puppet-masterless',
        manifest_file: 'manifests/site.pp',
        module_paths: ['modules'],
        hiera_config_path: 'hiera.yaml',
        facter: { role: '{{user `role`}}' },
        extra_arguments: ['--verbose', '--modulepath={{.ModulePath}}']
      },
      PUPPET_FILES,
      { role: 'web' }
    );
    const loaded = load(dir);
    const puppet = loaded.builds[0]!.provisioners[0] as PuppetMasterlessProvisioner;
    expect(puppet).toMatchObject({
      type: 'puppet-masterless',
      manifestFile: `${dir}/manifests/site.pp`,
      modulePaths: [`${dir}/modules`],
      hieraConfigPath: `${dir}/hiera.yaml`,
      facter: { role: 'web' },
      ignoreExitCodes: false,
      preventSudo: false,
      stagingDirectory: '/tmp/packer-puppet-masterless',
      workingDirectory: '/tmp/packer-puppet-masterless',
      cleanStagingDirectory: false,
      executeCommand: undefined,
      pauseBeforeMs: 0,
      maxRetries: 0
    });
    expect(puppet.extraArguments.map(argument => argument.render({ ModulePath: '/m' }))).toEqual([
      '--verbose',
      '--modulepath=/m'
    ]);
    expect(loaded.files).toEqual([
      `${dir}/hiera.yaml`,
      `${dir}/manifests/site.pp`,
      `${dir}/modules`,
      `${dir}/packer/web.pkr.json`
    ]);
  });

  it('keeps a custom execute_command as a Go template, {{if}} included', () => {
    const dir = write(
      {
        type: 'puppet-masterless',
        manifest_file: 'manifests',
        staging_directory: '/opt/puppet',
        working_directory: '/opt',
        prevent_sudo: 'true',
        execute_command:
          '{{if .Sudo}}sudo {{end}}{{if ne .FacterVars ""}}{{.FacterVars}} {{end}}puppet apply {{.ManifestFile}} # {{user `tag`}}'
      },
      PUPPET_FILES,
      { tag: 'v1' }
    );
    const puppet = load(dir).builds[0]!.provisioners[0] as PuppetMasterlessProvisioner;
    expect(puppet).toMatchObject({
      manifestFile: `${dir}/manifests`,
      stagingDirectory: '/opt/puppet',
      workingDirectory: '/opt',
      preventSudo: true
    });
    const command = puppet.executeCommand!;
    expect(command.render({ Sudo: 'true', FacterVars: "FACTER_a='b'", ManifestFile: '/m.pp' })).toBe(
      "sudo FACTER_a='b' puppet apply /m.pp # v1"
    );
    expect(command.render({ Sudo: 'false', FacterVars: '', ManifestFile: '/m.pp' })).toBe(
      'puppet apply /m.pp # v1'
    );
  });

  it.each([
    [{}, 'manifest_file', /manifest_file: is required/],
    [{ manifest_file: 'missing.pp' }, 'manifest_file', /missing\.pp/],
    [
      { manifest_file: 'manifests/site.pp', module_paths: ['hiera.yaml'] },
      'module_paths[0]',
      /must point to a directory/
    ],
    [
      { manifest_file: 'manifests/site.pp', manifest_dir: 'hiera.yaml' },
      'manifest_dir',
      /must point to a directory/
    ],
    [
      { manifest_file: 'manifests/site.pp', hiera_config_path: 'modules' },
      'hiera_config_path',
      /must point to a file/
    ],
    [
      { manifest_file: 'manifests/site.pp', guest_os_type: 'Windows' },
      'guest_os_type',
      /windows is not supported yet/
    ],
    [
      { manifest_file: 'manifests/site.pp', guest_os_type: 'plan9' },
      'guest_os_type',
      /Invalid guest_os_type: "plan9"/
    ],
    [
      { manifest_file: 'manifests/site.pp', elevated_user: 'x' },
      'elevated_user',
      /elevated_user is not supported yet/
    ],
    [
      { manifest_file: 'manifests/site.pp', manifest_fil: 'x' },
      'manifest_fil',
      /did you mean manifest_file\?/
    ],
    [
      { manifest_file: 'manifests/site.pp', execute_command: '{{if .Nope}}x{{end}}' },
      'execute_command',
      /\.Nope is not available here \(known: \.Debug, /
    ],
    [
      { manifest_file: 'manifests/site.pp', extra_arguments: ['--verbose', '{{.Nope}}'] },
      'extra_arguments[1]',
      /\.Nope is not available here/
    ],
    [
      { manifest_file: 'manifests/site.pp', execute_command: '{{if .Sudo}}sudo ' },
      'execute_command',
      /\{\{if \.Sudo\}\} has no \{\{end\}\}/
    ]
  ])('refuses %j, pointing at %s', (options, field, detail) => {
    const dir = write({ type: 'puppet-masterless', ...options }, PUPPET_FILES);
    const error = errorOf(dir);
    expect(error.field).toBe(`provisioners[0].${field}`);
    expect(error.message).toMatch(detail);
    expect(error.file).toBe('packer/web.pkr.json');
    // A missing option is reported at the provisioner's opening brace, the line after "provisioners".
    // Item i of a list is i + 1 lines after the list's key.
    const key = field.split(/[.[]/)[0]!;
    const item = /\[(\d+)\]$/.exec(field);
    const below = item ? Number(item[1]) + 1 : 0;
    const line = key in options ? lineOf(dir, `"${key}"`) + below : lineOf(dir, '"provisioners"') + 1;
    expect(error.line).toBe(line);
  });
});

describe('chef-solo', () => {
  it("reads the options with Packer's defaults, the node JSON rendered and the config template parsed", () => {
    const dir = write(
      {
        type: 'chef-solo',
        cookbook_paths: ['cookbooks'],
        roles_path: 'roles',
        remote_cookbook_paths: '/var/chef/cookbooks',
        run_list: ['recipe[hello]'],
        json: {
          hello: { greeting: 'hi {{user `who`}}', count: 3, on: true, none: null, list: ['{{user `who`}}'] }
        },
        json_string: '{"extra": 1}',
        config_template: 'solo.rb.tpl',
        skip_install: true,
        chef_environment: 'prod'
      },
      CHEF_FILES,
      { who: 'world' }
    );
    const loaded = load(dir);
    const chef = loaded.builds[0]!.provisioners[0] as ChefSoloProvisioner;
    expect(chef).toMatchObject({
      type: 'chef-solo',
      cookbookPaths: [`${dir}/cookbooks`],
      remoteCookbookPaths: ['/var/chef/cookbooks'],
      rolesPath: `${dir}/roles`,
      runList: ['recipe[hello]'],
      json: { hello: { greeting: 'hi world', count: 3, on: true, none: null, list: ['world'] }, extra: 1 },
      skipInstall: true,
      preventSudo: false,
      stagingDirectory: '/tmp/packer-chef-solo',
      chefEnvironment: 'prod',
      chefLicense: undefined,
      executeCommand: undefined,
      installCommand: undefined
    });
    expect(
      chef.configTemplate!.render({ CookbookPaths: '"/a"', HasRolesPath: 'true', RolesPath: '/r' })
    ).toBe('cookbook_path ["/a"]\nrole_path "/r"\n');
    expect(chef.configTemplate!.render({ CookbookPaths: '"/a"', HasRolesPath: 'false', RolesPath: '' })).toBe(
      'cookbook_path ["/a"]\n'
    );
    expect(loaded.files).toEqual([
      `${dir}/cookbooks`,
      `${dir}/packer/web.pkr.json`,
      `${dir}/roles`,
      `${dir}/solo.rb.tpl`
    ]);
  });

  it.each([
    [{ cookbook_paths: ['nope'] }, 'cookbook_paths[0]', /nope/],
    [{ cookbook_paths: ['solo.rb.tpl'] }, 'cookbook_paths[0]', /must point to a directory/],
    [{ data_bags_path: 'roles/web.json' }, 'data_bags_path', /must point to a directory/],
    [{ json: ['a'] }, 'json', /expected an object of node attributes/],
    [{ json: { a: '{{nope}}' } }, 'json.a', /function "?nope"? not defined|unknown function nope/],
    [{ json_string: '{not json' }, 'json_string', /Failed to unmarshal 'json_string'/],
    [
      { execute_command: 'chef-solo -c {{.ConfigPath}} -j {{.JsonFile}}' },
      'execute_command',
      /\.JsonFile is not available here/
    ],
    [
      { install_command: '{{if .Version}}x{{else}}y{{else}}z{{end}}' },
      'install_command',
      /unexpected \{\{else\}\}/
    ],
    [{ guest_os_type: 'windows' }, 'guest_os_type', /windows is not supported yet/],
    [{ run_lists: ['x'] }, 'run_lists', /did you mean run_list\?/]
  ])('refuses %j, pointing at %s', (options, field, detail) => {
    const dir = write({ type: 'chef-solo', ...options }, CHEF_FILES);
    const error = errorOf(dir);
    expect(error.field).toBe(`provisioners[0].${field}`);
    expect(error.message).toMatch(detail);
    expect(error.line).toBe(
      lineOf(dir, `"${field.split(/[.[]/)[0]}"`) + (field.includes('[') || field.includes('.') ? 1 : 0)
    );
  });

  it('refuses a config_template that does not parse, naming the file', () => {
    const dir = write(
      { type: 'chef-solo', config_template: 'bad.tpl' },
      { 'bad.tpl': 'x {{if .HasRolesPath}}' }
    );
    const error = errorOf(dir);
    expect(error.field).toBe('provisioners[0].config_template');
    expect(error.message).toContain(`in ${dir}/bad.tpl: {{if .HasRolesPath}} has no {{end}}`);
  });
});

describe('the fingerprint', () => {
  function fingerprintOf(dir: string): string {
    const loaded = load(dir);
    return fingerprint({
      build: 'amazon-ebs',
      plan: loaded.planIdentities['amazon-ebs']!,
      files: loaded.files.filter(file => !loaded.templateFiles.includes(file)),
      baseDir: dir
    });
  }

  it('changes when a module or cookbook file changes, and not otherwise', () => {
    const dir = write(
      { type: 'puppet-masterless', manifest_file: 'manifests/site.pp', module_paths: ['modules'] },
      PUPPET_FILES
    );
    const before = fingerprintOf(dir);
    expect(fingerprintOf(dir)).toBe(before);
    fs.writeFileSync(path.join(dir, 'modules/hello/manifests/init.pp'), 'class hello { notify { "x": } }\n');
    const afterModule = fingerprintOf(dir);
    expect(afterModule).not.toBe(before);
    fs.writeFileSync(path.join(dir, 'manifests/site.pp'), 'include hello # changed\n');
    expect(fingerprintOf(dir)).not.toBe(afterModule);

    const chefDir = write(
      { type: 'chef-solo', cookbook_paths: ['cookbooks'], skip_install: true },
      CHEF_FILES
    );
    const chefBefore = fingerprintOf(chefDir);
    fs.writeFileSync(path.join(chefDir, 'cookbooks/hello/recipes/default.rb'), 'file "/etc/hello2"\n');
    expect(fingerprintOf(chefDir)).not.toBe(chefBefore);
  });
});

describe("Packer's common provisioner options", () => {
  it('apply to puppet-masterless and chef-solo: only, except, override, pause_before, max_retries, timeout', () => {
    const template = {
      builders: [
        { ...BUILDER, name: 'web' },
        { ...BUILDER, name: 'worker', ami_name: 'worker' }
      ],
      provisioners: [
        {
          type: 'puppet-masterless',
          manifest_file: 'manifests/site.pp',
          pause_before: '5s',
          max_retries: '2',
          timeout: '10m',
          override: { worker: { staging_directory: '/opt/worker-puppet' } }
        },
        { type: 'chef-solo', only: ['web'], skip_install: true },
        { type: 'chef-solo', except: ['web'], prevent_sudo: true }
      ]
    };
    const dir = makeDir({ 'packer/web.pkr.json': JSON.stringify(template), ...PUPPET_FILES });
    const [web, worker] = load(dir).builds;
    expect(web!.provisioners.map(p => p.type)).toEqual(['puppet-masterless', 'chef-solo']);
    expect(web!.provisioners[0]).toMatchObject({
      pauseBeforeMs: 5000,
      maxRetries: 2,
      timeoutMs: 600_000,
      stagingDirectory: '/tmp/packer-puppet-masterless'
    });
    expect(web!.provisioners[1]).toMatchObject({ skipInstall: true });
    expect(worker!.provisioners[0]).toMatchObject({
      stagingDirectory: '/opt/worker-puppet',
      workingDirectory: '/opt/worker-puppet'
    });
    expect(worker!.provisioners[1]).toMatchObject({
      type: 'chef-solo',
      preventSudo: true,
      skipInstall: false
    });
  });
});
