// The HCL2 front end as a user meets it: files and folders, variables and their precedence, locals,
// data sources (mocked until the template is valid), builds and sources, and every problem in one run.

import { hclLoader, stubWorld } from './loader.js';
import { ebs } from '../../helpers/ebs.js';

const { load, problems } = hclLoader();

const SOURCE = `
source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "web-image"
}
`;
const BUILD = `
build {
  sources = ["source.amazon-ebs.web"]
}
`;

describe('files and folders', () => {
  test('a single .pkr.hcl file builds its one source, named by its label', async () => {
    const { template } = await load({ 'web.pkr.hcl': SOURCE + BUILD });
    expect(template.builds.map(build => [build.name, ebs(build).amiName.toString()])).toEqual([
      ['web', 'web-image']
    ]);
  });

  test('a folder is one template: variables, sources and builds in separate files, auto var-files loaded', async () => {
    const { template } = await load(
      {
        'packer/variables.pkr.hcl': 'variable "size" {\n  type = string\n  default = "t3.micro"\n}\n',
        'packer/sources.pkr.hcl': SOURCE.replace('"t3.micro"', 'var.size'),
        'packer/build.pkr.hcl': BUILD,
        'packer/big.auto.pkrvars.hcl': 'size = "m5.large"\n'
      },
      { path: 'packer' }
    );
    expect(template.builds.map(ebs)[0]!.instanceType).toBe('m5.large');
    expect(template.files.map(file => file.split('/packer/')[1])).toEqual([
      'big.auto.pkrvars.hcl',
      'build.pkr.hcl',
      'sources.pkr.hcl',
      'variables.pkr.hcl'
    ]);
  });

  test('a folder without config files says what it looked for', async () => {
    expect(await problems({ 'packer/readme.txt': 'x', 'web.pkr.hcl': '' }, { path: 'packer' })).toEqual([
      expect.stringMatching(
        /^packer:1:1: cannot read the template: could not find any config file in .*\.pkr\.hcl or \*\.pkr\.json$/
      )
    ]);
  });

  test('a .pkr.hcl file never gets a JSON message', async () => {
    const [problem] = await problems({
      'web.pkr.hcl': 'source "amazon-ebs" "web" {\n  region = \n}\n' + BUILD
    });
    expect(problem).toMatch(/^web\.pkr\.hcl:2:/);
    expect(problem).not.toMatch(/JSON/);
  });
});

describe('variable precedence: default < PKR_VAR_ < auto files < var-files in order < variables input', () => {
  const files = {
    'p/vars.pkr.hcl': 'variable "v" {\n  default = "default"\n}\n',
    'p/main.pkr.hcl': SOURCE.replace('"web-image"', '"img-${var.v}"') + BUILD,
    'p/a.auto.pkrvars.hcl': 'v = "auto"\n',
    'one.pkrvars.hcl': 'v = "file-one"\n',
    'two.pkrvars.json': '{ "v": "file-two" }\n'
  };
  test.each([
    ['the default', {}, 'img-auto'],
    ['PKR_VAR_ loses to an auto file', { env: { PKR_VAR_v: 'env' } }, 'img-auto'],
    [
      'var-files win over auto files, the last one most',
      { varFiles: ['one.pkrvars.hcl', 'two.pkrvars.json'] },
      'img-file-two'
    ],
    [
      'the variables input wins over everything',
      { varFiles: ['one.pkrvars.hcl'], vars: ['v=cli'], env: { PKR_VAR_v: 'env' } },
      'img-cli'
    ]
  ])('%s', async (_name, options, expected) => {
    const { template } = await load(files, { path: 'p', ...options });
    expect(template.builds.map(ebs)[0]!.amiName.toString()).toBe(expected);
  });

  test('PKR_VAR_ wins over the default', async () => {
    const { template } = await load(
      {
        'w.pkr.hcl':
          'variable "v" {\n  default = "d"\n}\n' + SOURCE.replace('"web-image"', '"i-${var.v}"') + BUILD
      },
      { env: { PKR_VAR_v: 'env' } }
    );
    expect(template.builds.map(ebs)[0]!.amiName.toString()).toBe('i-env');
  });

  test('a list variable takes a -var value as an HCL expression; a string variable takes it as written', async () => {
    const { template } = await load(
      {
        'w.pkr.hcl':
          'variable "regions" {\n  type = list(string)\n}\nvariable "name" {\n  type = string\n}\n' +
          SOURCE.replace(
            'ssh_username',
            'ami_description = var.name\n  ami_regions = var.regions\n  ssh_username'
          ) +
          BUILD
      },
      { vars: ['regions=["us-west-2", "eu-west-1"]', 'name=["not", "a list"]'] }
    );
    expect(template.builds.map(ebs)[0]!.amiRegions).toEqual(['us-west-2', 'eu-west-1']);
    expect(template.builds.map(ebs)[0]!.amiDescription?.toString()).toBe('["not", "a list"]');
  });

  test('a var-file may set an undeclared variable (ignored, as Packer); a -var for one is an error', async () => {
    const files = { 'w.pkr.hcl': SOURCE + BUILD, 'extra.pkrvars.hcl': 'nobody = "x"\n' };
    await expect(load(files, { varFiles: ['extra.pkrvars.hcl'] })).resolves.toBeDefined();
    expect(await problems(files, { vars: ['', 'nobody=x'] })).toEqual([
      expect.stringMatching(/^vars:2:1: Undefined -var variable: A "nobody" variable was passed/)
    ]);
  });
});

describe('every problem in one run, each at its line and column', () => {
  test('five independent mistakes are five problems, sorted by position, with zero data-source calls', async () => {
    const world = stubWorld();
    const text = [
      'variable "count" {',
      '  type = number',
      '  default = "many"',
      '}',
      'data "amazon-ami" "ubuntu" {',
      '  owners = ["099720109477"]',
      '}',
      'source "amazon-ebs" "web" {',
      '  region        = "us-east-1"',
      '  source_ami    = data.amazon-ami.ubuntu.id',
      '  instance_type = var.nope',
      '  ssh_username  = "ubuntu"',
      '  ami_name      = "web-image"',
      '  ami_nmae      = "typo"',
      '}',
      'build {',
      '  sources = ["source.amazon-ebs.web", "source.amazon-ebs.missing"]',
      '  provisioner "shell" {',
      '    inline = [upper()]',
      '  }',
      '}',
      ''
    ].join('\n');
    const found = await problems({ 'w.pkr.hcl': text }, { world });
    expect(found).toEqual([
      expect.stringMatching(/^w\.pkr\.hcl:3:13: Invalid default value for variable: .*number/),
      expect.stringMatching(/^w\.pkr\.hcl:11:\d+: Unsupported attribute: .*"nope"/),
      expect.stringMatching(/^w\.pkr\.hcl:14:3: .*ami_nmae.*(did you mean ami_name)/),
      expect.stringMatching(/^w\.pkr\.hcl:17:13: Unknown source amazon-ebs\.missing/),
      expect.stringMatching(/^w\.pkr\.hcl:19:\d+: Not enough function arguments: .*"upper"/)
    ]);
    expect(world.resolved).toEqual([]);
  });

  test('a cycle between locals is named, with the chain', async () => {
    const found = await problems({
      'w.pkr.hcl': 'locals {\n  a = local.b\n  b = local.a\n}\n' + SOURCE + BUILD
    });
    expect(found).toEqual([
      expect.stringMatching(/Cycle in locals and data sources: .*local\.a -> local\.b -> local\.a/)
    ]);
  });

  test("a failed validation shows the template's own error_message at the value", async () => {
    const text =
      'variable "size" {\n  default = "huge"\n  validation {\n    condition     = contains(["small", "large"], var.size)\n    error_message = "The size must be small or large."\n  }\n}\n' +
      SOURCE +
      BUILD;
    expect(await problems({ 'w.pkr.hcl': text })).toEqual([
      expect.stringMatching(
        /^w\.pkr\.hcl:2:13: Invalid value for default variable: The size must be small or large\./
      )
    ]);
  });

  test('a syntax error in each of two files: both reported', async () => {
    const found = await problems(
      {
        'p/a.pkr.hcl': 'source "amazon-ebs" "web" {\n  region = "us-east-1\n}\n',
        'p/b.pkr.hcl': 'build {\n  sources = [\n'
      },
      { path: 'p' }
    );
    expect(found).toEqual([
      expect.stringMatching(/^p\/a\.pkr\.hcl:2:\d+: Invalid multi-line string/),
      expect.stringMatching(/^p\/b\.pkr\.hcl:1:7: Unclosed configuration block/),
      expect.stringMatching(/^p\/b\.pkr\.hcl:3:1: Missing expression/)
    ]);
  });
});

describe('data sources', () => {
  test('are resolved only once the template is valid, and their outputs feed the build', async () => {
    const world = stubWorld();
    const text =
      'data "amazon-ami" "ubuntu" {\n  owners = ["099720109477"]\n  most_recent = true\n  filters = { name = "ubuntu/*" }\n}\n' +
      SOURCE.replace('"ami-0123456789abcdef0"', 'data.amazon-ami.ubuntu.id') +
      BUILD;
    const { template } = await load({ 'w.pkr.hcl': text }, { world });
    expect(template.builds.map(ebs)[0]!.sourceAmi).toBe('ami-0feedfacefeedface');
    expect(world.resolved).toEqual(['data.amazon-ami.ubuntu']);
  });

  test('a secret from amazon-secretsmanager is masked: reported as sensitive the moment it is known', async () => {
    const secrets: string[] = [];
    const text =
      'data "amazon-secretsmanager" "token" {\n  name = "app/token"\n}\n' +
      SOURCE +
      'build {\n  sources = ["source.amazon-ebs.web"]\n  provisioner "shell" {\n    inline = ["echo ${data.amazon-secretsmanager.token.value}"]\n  }\n}\n';
    const { template } = await load({ 'w.pkr.hcl': text }, { onSecret: value => secrets.push(value) });
    expect(secrets).toContain('value-of-app/token');
    expect(template.sensitiveValues).toContain('value-of-app/token');
  });
});

describe('builds and sources', () => {
  test('a build-level source block renames a source and adds options; provisioners see source.name', async () => {
    const text =
      SOURCE +
      'build {\n  name = "app"\n  source "source.amazon-ebs.web" {\n    name = "blue"\n    ami_description = "blue"\n  }\n  source "amazon-ebs.web" {\n    name = "green"\n  }\n' +
      '  provisioner "shell" {\n    inline = ["echo ${source.name} ${build.name}"]\n  }\n' +
      '  provisioner "shell" {\n    only   = ["amazon-ebs.green"]\n    inline = ["echo green only"]\n  }\n}\n';
    const { template } = await load({ 'w.pkr.hcl': text });
    expect(template.builds.map(build => build.name)).toEqual(['blue', 'green']);
    expect(template.builds.map(ebs)[0]!.amiDescription?.toString()).toBe('blue');
    const inline = (index: number) =>
      template.builds[index]!.provisioners.map(provisioner =>
        provisioner.type === 'shell' ? provisioner.inline?.map(String) : undefined
      );
    expect(inline(0)).toEqual([['echo blue app']]);
    expect(inline(1)).toEqual([['echo green app'], ['echo green only']]);
  });

  test('a build-level source block cannot change what the source sets', async () => {
    const text =
      SOURCE + 'build {\n  source "source.amazon-ebs.web" {\n    instance_type = "m5.large"\n  }\n}\n';
    expect(await problems({ 'w.pkr.hcl': text })).toEqual([
      expect.stringMatching(/^w\.pkr\.hcl:11:5: Duplicate argument: .*instance_type is already set/)
    ]);
  });

  test('only picks builds by glob before source types are checked: a vagrant source is left out', async () => {
    const text =
      SOURCE +
      'source "vagrant" "app" {\n  box_name = "debian"\n}\nbuild {\n  sources = ["source.amazon-ebs.web", "source.vagrant.app"]\n}\n';
    const { template } = await load({ 'w.pkr.hcl': text }, { only: ['amazon-ebs.*'] });
    expect(template.builds.map(build => build.name)).toEqual(['web']);
    expect(await problems({ 'w.pkr.hcl': text })).toEqual([
      expect.stringMatching(/source type vagrant is not supported yet/)
    ]);
  });

  test('a dynamic provisioner makes one provisioner per element', async () => {
    const text =
      SOURCE +
      'build {\n  sources = ["source.amazon-ebs.web"]\n  dynamic "provisioner" {\n    for_each = ["one", "two"]\n    labels   = ["shell"]\n    iterator = step\n    content {\n      inline = ["echo ${step.value}"]\n    }\n  }\n}\n';
    const { template } = await load({ 'w.pkr.hcl': text });
    expect(
      template.builds[0]!.provisioners.map(p => (p.type === 'shell' ? p.inline?.map(String) : []))
    ).toEqual([['echo one'], ['echo two']]);
  });

  test('tag blocks join tags; launch_block_device_mappings written once is still a list', async () => {
    const text =
      SOURCE.replace(
        'ami_name',
        'tags = { Name = "web" }\n  tag {\n    key = "Team"\n    value = "infra"\n  }\n  launch_block_device_mappings {\n    device_name = "/dev/sda1"\n    volume_size = 20\n  }\n  ami_name'
      ) + BUILD;
    const { template } = await load({ 'w.pkr.hcl': text });
    const builder = template.builds.map(ebs)[0]!;
    expect(
      Object.fromEntries(Object.entries(builder.tags).map(([key, value]) => [key, value.toString()]))
    ).toEqual({ Name: 'web', Team: 'infra' });
    expect(
      builder.launchBlockDeviceMappings.map(mapping => [mapping.deviceName, mapping.volumeSize])
    ).toEqual([['/dev/sda1', 20]]);
  });

  test('required_plugins names a plugin we do not implement', async () => {
    const text =
      'packer {\n  required_plugins {\n    vagrant = {\n      source  = "github.com/hashicorp/vagrant"\n      version = ">= 1.0.0"\n    }\n    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = "~> 1"\n    }\n  }\n}\n' +
      SOURCE +
      BUILD;
    expect(await problems({ 'w.pkr.hcl': text })).toEqual([
      expect.stringMatching(/^w\.pkr\.hcl:3:15: Plugin not implemented: .*github\.com\/hashicorp\/vagrant/)
    ]);
  });
});

describe('identity', () => {
  test('timestamp() in a name does not change what identifies the build', async () => {
    const text =
      'locals {\n  stamp = regex_replace(timestamp(), "[- TZ:]", "")\n}\n' +
      SOURCE.replace('"web-image"', '"web-${local.stamp}"') +
      BUILD;
    const first = await load({ 'w.pkr.hcl': text }, { clock: () => new Date('2024-01-01T00:00:00Z') });
    const second = await load({ 'w.pkr.hcl': text }, { clock: () => new Date('2025-06-01T12:00:00Z') });
    expect(first.template.builds.map(ebs)[0]!.amiName.toString()).toBe('web-20240101000000');
    expect(second.template.builds.map(ebs)[0]!.amiName.toString()).toBe('web-20250601120000');
    expect(first.template.planIdentities.web).toBe(second.template.planIdentities.web);
  });
});
