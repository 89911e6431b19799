// What puppet-masterless and chef-solo write and run, as text: the default commands and solo.rb are the
// strings Packer's own Go templates give (copied here verbatim from packer-plugin-puppet and
// packer-plugin-chef, rendered through our Go conditionals), the facts are FACTER_ variables, and the
// node JSON is Go's json.MarshalIndent.
import { executeCommandData } from '../../src/template/build-data.js';
import { parseGoTemplate } from '../../src/template/go-conditionals.js';
import {
  asTemplateData,
  defaultPuppetCommand,
  facterVars,
  type PuppetCommandData
} from '../../src/provisioners/puppet-masterless/command.js';
import {
  defaultSoloRb,
  nodeJson,
  soloRbTemplateData,
  type SoloRbData
} from '../../src/provisioners/chef-solo/files.js';
import {
  defaultExecuteCommand,
  defaultInstallCommand
} from '../../src/provisioners/chef-solo/provisioner.js';
import { testScope } from '../template/scope.js';

const PACKER_PUPPET_COMMAND =
  'cd {{.WorkingDir}} && ' +
  `{{if ne .FacterVars ""}}{{.FacterVars}} {{end}}` +
  '{{if .Sudo}}sudo -E {{end}}' +
  `{{if ne .PuppetBinDir ""}}{{.PuppetBinDir}}/{{end}}` +
  'puppet apply --detailed-exitcodes ' +
  '{{if .Debug}}--debug {{end}}' +
  `{{if ne .ModulePath ""}}--modulepath='{{.ModulePath}}' {{end}}` +
  `{{if ne .HieraConfigPath ""}}--hiera_config='{{.HieraConfigPath}}' {{end}}` +
  `{{if ne .ManifestDir ""}}--manifestdir='{{.ManifestDir}}' {{end}}` +
  `{{if ne .ExtraArguments ""}}{{.ExtraArguments}} {{end}}` +
  '{{.ManifestFile}}';

const PACKER_SOLO_RB = `
chef_license \t\t"{{.ChefLicense}}"
cookbook_path \t[{{.CookbookPaths}}]
{{if .HasRolesPath}}
role_path\t\t"{{.RolesPath}}"
{{end}}
{{if .HasDataBagsPath}}
data_bag_path\t"{{.DataBagsPath}}"
{{end}}
{{if .HasEncryptedDataBagSecretPath}}
encrypted_data_bag_secret "{{.EncryptedDataBagSecretPath}}"
{{end}}
{{if .HasEnvironmentsPath}}
environment_path "{{.EnvironmentsPath}}"
environment "{{.ChefEnvironment}}"
{{end}}
`;

const PACKER_CHEF_EXECUTE =
  '{{if .Sudo}}sudo {{end}}chef-solo --no-color -c {{.ConfigPath}} -j {{.JsonPath}}';
const PACKER_CHEF_INSTALL =
  'curl -L https://omnitruck.chef.io/install.sh | {{if .Sudo}}sudo {{end}}bash -s --{{if .Version}} -v {{.Version}}{{end}}';

function packer(text: string, fields: string[], booleans: string[]) {
  return parseGoTemplate(text, testScope('provisioner'), executeCommandData(fields, true), new Set(booleans));
}

const PUPPET_BARE: PuppetCommandData = {
  WorkingDir: '/tmp/packer-puppet-masterless',
  FacterVars: '',
  Sudo: false,
  PuppetBinDir: '',
  ModulePath: '',
  ModulePathJoiner: ':',
  HieraConfigPath: '',
  ManifestDir: '',
  ManifestFile: '/tmp/packer-puppet-masterless/manifests/site.pp',
  ExtraArguments: '',
  Debug: false
};
const PUPPET_FULL: PuppetCommandData = {
  ...PUPPET_BARE,
  FacterVars: "FACTER_packer_build_name='web' FACTER_role='app'",
  Sudo: true,
  PuppetBinDir: '/opt/puppetlabs/bin',
  ModulePath: '/tmp/p/module-0:/tmp/p/module-1',
  HieraConfigPath: '/tmp/p/hiera.yaml',
  ManifestDir: '/tmp/p/manifests',
  ExtraArguments: '--verbose --noop',
  Debug: true
};

describe("puppet-masterless's command", () => {
  it.each([
    ['nothing optional', PUPPET_BARE],
    ['everything', PUPPET_FULL]
  ])("is Packer's default with %s", (_, data) => {
    const template = packer(PACKER_PUPPET_COMMAND, Object.keys(data), ['Sudo', 'Debug']);
    expect(defaultPuppetCommand(data)).toBe(template.render(asTemplateData(data)));
  });

  it('reads exactly as Packer prints it', () => {
    expect(defaultPuppetCommand({ ...PUPPET_FULL, Debug: false })).toBe(
      "cd /tmp/packer-puppet-masterless && FACTER_packer_build_name='web' FACTER_role='app' sudo -E " +
        "/opt/puppetlabs/bin/puppet apply --detailed-exitcodes --modulepath='/tmp/p/module-0:/tmp/p/module-1' " +
        "--hiera_config='/tmp/p/hiera.yaml' --manifestdir='/tmp/p/manifests' --verbose --noop " +
        '/tmp/packer-puppet-masterless/manifests/site.pp'
    );
  });

  it('passes facts as FACTER_ variables, by name, a quote in a value kept inside the word', () => {
    expect(facterVars({ role: 'web', packer_build_name: 'amazon-ebs', motto: "it's fine" })).toBe(
      `FACTER_motto='it'"'"'s fine' FACTER_packer_build_name='amazon-ebs' FACTER_role='web'`
    );
    expect(facterVars({})).toBe('');
  });
});

const SOLO_BARE: SoloRbData = {
  CookbookPaths: '"/tmp/packer-chef-solo/cookbooks-0"',
  RolesPath: '',
  DataBagsPath: '',
  EncryptedDataBagSecretPath: '',
  EnvironmentsPath: '',
  ChefEnvironment: '',
  ChefLicense: 'accept-silent'
};
const SOLO_FULL: SoloRbData = {
  CookbookPaths: '"/var/chef/cookbooks","/tmp/packer-chef-solo/cookbooks-0"',
  RolesPath: '/tmp/packer-chef-solo/roles',
  DataBagsPath: '/tmp/packer-chef-solo/data_bags',
  EncryptedDataBagSecretPath: '/tmp/packer-chef-solo/encrypted_data_bag_secret',
  EnvironmentsPath: '/tmp/packer-chef-solo/environments',
  ChefEnvironment: 'production',
  ChefLicense: ''
};

describe("chef-solo's solo.rb and commands", () => {
  it.each([
    ['cookbooks only', SOLO_BARE],
    ['every path', SOLO_FULL]
  ])("solo.rb is Packer's default template with %s", (_, data) => {
    const booleans = [
      'HasRolesPath',
      'HasDataBagsPath',
      'HasEncryptedDataBagSecretPath',
      'HasEnvironmentsPath'
    ];
    const template = packer(PACKER_SOLO_RB, Object.keys(soloRbTemplateData(data)), booleans);
    expect(defaultSoloRb(data)).toBe(template.render(soloRbTemplateData(data)));
  });

  it('solo.rb reads as Packer writes it', () => {
    expect(defaultSoloRb(SOLO_BARE)).toBe(
      '\nchef_license \t\t"accept-silent"\ncookbook_path \t["/tmp/packer-chef-solo/cookbooks-0"]\n\n\n\n\n'
    );
  });

  it.each([true, false])("execute_command and install_command are Packer's defaults (sudo %s)", sudo => {
    const data = { ConfigPath: '/s/solo.rb', JsonPath: '/s/node.json', Sudo: sudo };
    expect(defaultExecuteCommand(data)).toBe(
      packer(PACKER_CHEF_EXECUTE, ['ConfigPath', 'JsonPath', 'Sudo'], ['Sudo']).render({
        ...data,
        Sudo: String(sudo)
      })
    );
    for (const Version of ['', '17.10.0']) {
      expect(defaultInstallCommand({ Sudo: sudo, Version })).toBe(
        packer(PACKER_CHEF_INSTALL, ['Sudo', 'Version'], ['Sudo']).render({ Sudo: String(sudo), Version })
      );
    }
    expect(defaultExecuteCommand({ ...data, Sudo: true })).toBe(
      'sudo chef-solo --no-color -c /s/solo.rb -j /s/node.json'
    );
  });

  it("the node JSON is Go's MarshalIndent of json plus run_list: keys sorted, HTML characters escaped", () => {
    expect(
      nodeJson({ zeta: { b: 1, a: [true, null] }, alpha: 'a<b>&c', empty: {}, none: [] }, ['recipe[hello]'])
    ).toBe(
      [
        '{',
        '  "alpha": "a\\u003cb\\u003e\\u0026c",',
        '  "empty": {},',
        '  "none": [],',
        '  "run_list": [',
        '    "recipe[hello]"',
        '  ],',
        '  "zeta": {',
        '    "a": [',
        '      true,',
        '      null',
        '    ],',
        '    "b": 1',
        '  }',
        '}'
      ].join('\n')
    );
    expect(nodeJson({ run_list: ['from-json'] }, [])).toBe('{\n  "run_list": [\n    "from-json"\n  ]\n}');
    expect(nodeJson({}, [])).toBe('{}');
  });
});

describe('Go conditionals', () => {
  const fields = ['A', 'B', 'On'];
  const render = (text: string, data: Record<string, string>) => packer(text, fields, ['On']).render(data);

  it('nest, take else branches, compare with eq / ne and negate with not', () => {
    const text =
      '{{if .On}}on{{if eq .A "x"}}-x{{else}}-{{.A}}{{end}}{{else}}off{{end}}|{{if not .B}}no B{{end}}';
    expect(render(text, { On: 'true', A: 'x', B: '' })).toBe('on-x|no B');
    expect(render(text, { On: 'true', A: 'y', B: 'b' })).toBe('on-y|');
    expect(render(text, { On: 'false', A: 'x', B: 'b' })).toBe('off|');
  });

  it('trims white space at {{- and -}}', () => {
    expect(render('a  {{- if .On -}}  b  {{- end -}}  c', { On: 'true' })).toBe('abc');
  });

  it.each([
    ['{{else}}', /unexpected \{\{else\}\}/],
    ['{{end}}', /no \{\{if\}\} is open/],
    ['{{if .A}}', /has no \{\{end\}\}/],
    ['{{if and .A .B}}x{{end}}', /is not supported here/],
    ['{{if .C}}x{{end}}', /\.C is not available here \(known: \.A, \.B, \.On\)/]
  ])('refuses %s', (text, message) => {
    expect(() => packer(text, fields, [])).toThrow(message);
  });
});
