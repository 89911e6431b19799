// End to end: the committed bundle, run as the Actions runner runs it, builds HCL2 templates written the
// way HashiCorp's tutorials and the amazon plugin's documentation write them: a single file, a folder with
// an auto var-file, a data source, locals with formatdate and regex_replace, a dynamic provisioner and a
// sensitive variable. Each gives the AMI, tags, outputs and manifest its JSON twin gives.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { readFileSync } from 'node:fs';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { DEFAULT_SHA } from '../../world/runner/environment.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { actionWorld, copyExamples, MAIN, NODE24, POST, type ActionWorld } from '../helpers/action.js';
import { ec2Client } from '../helpers/ec2.js';
import { sshToNewInstance } from '../helpers/new-instance.js';

let sim: Ec2Simulator;
let world: ActionWorld;

beforeAll(async () => {
  sim = await startEc2Simulator({});
});
afterAll(() => sim.stop());
beforeEach(async () => {
  await sim.reset();
  world = actionWorld();
});
afterEach(() => world.cleanup());

const JAMMY_LATEST = 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301';

const run = (inputs: Record<string, string>) =>
  world.runner.runMainThenPost({
    main: MAIN,
    post: POST,
    node: NODE24,
    workspace: world.workspace,
    inputs,
    env: world.env(sim)
  });

/** What the run page shows of a log: plain lines and annotations, with registered secrets masked. */
const visible = (log: string) => {
  const parsed = parseWorkflowCommands(log);
  return [...parsed.visible, ...parsed.annotations.map(annotation => annotation.message)].join('\n');
};

async function imageTags(amiId: string): Promise<Record<string, string>> {
  const { Images } = await ec2Client(sim).send(new DescribeImagesCommand({ ImageIds: [amiId] }));
  return Object.fromEntries(Images![0]!.Tags!.map(tag => [tag.Key!, tag.Value!]));
}

test('a single .pkr.hcl file with locals, formatdate and a sensitive variable becomes a tagged AMI; the secret never reaches the log or the summary', async () => {
  const secret = 'hunter2-correct-horse-battery';
  world.write({
    'packer/app.pkr.hcl': `
variable "app_version" {
  type    = string
  default = "2.0.0"
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  stamp    = regex_replace(timestamp(), "[- TZ:]", "")
  day      = formatdate("YYYY-MM-DD", timestamp())
  app_name = lower("Web-App")
}

source "amazon-ebs" "app" {
  region = "us-east-1"
  source_ami_filter {
    filters = {
      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "\${local.app_name}-\${var.app_version}-\${local.stamp}"
  tags = {
    Name    = local.app_name
    Version = var.app_version
    Day     = local.day
    Base    = "{{ .SourceAMIName }}"
  }
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "shell" {
    environment_vars = ["DB_PASSWORD=\${var.db_password}"]
    inline = [
      "echo \\"password is $DB_PASSWORD\\"",
      "echo \\"$DB_PASSWORD\\" | sudo tee /etc/app-password >/dev/null",
      "echo $PACKER_BUILD_NAME > /tmp/build-name && sudo mv /tmp/build-name /etc/build-name",
    ]
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
`
  });
  const { main, post } = await run({ template: 'packer/app.pkr.hcl', variables: `db_password=${secret}` });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });

  const amiId = main.outputs['ami-id']!;
  expect(main.outputs['ami-name']).toMatch(/^web-app-2\.0\.0-\d{14}$/);
  expect(await imageTags(amiId)).toMatchObject({
    Name: 'web-app',
    Version: '2.0.0',
    Day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    Base: JAMMY_LATEST,
    'build-ami:commit': DEFAULT_SHA,
    'build-ami:fingerprint': expect.stringMatching(/^sha256:[0-9a-f]{32}$/)
  });
  const manifest = JSON.parse(readFileSync(main.outputs.manifest!, 'utf8'));
  expect(manifest.builds).toEqual([
    expect.objectContaining({ name: 'app', builder_type: 'amazon-ebs', artifact_id: `us-east-1:${amiId}` })
  ]);

  expect(main.log).toContain('password is ***');
  // The raw log registers the secret with the runner (add-mask); what the run page shows never has it.
  for (const text of [
    visible(main.log),
    visible(post.log),
    main.summary,
    JSON.stringify(main.outputs),
    readFileSync(main.outputs.manifest!, 'utf8')
  ])
    expect(text).not.toContain(secret);
  expect(post.exitCode).toBe(0);
  expect(
    sim
      .leftovers()
      .map(resource => resource.type)
      .sort()
  ).toEqual(['image', 'snapshot']);
  const seen = await sshToNewInstance(sim, amiId, 'sudo cat /etc/app-password /etc/build-name');
  expect(seen.stdout).toBe(`${secret}\napp\n`);
});

test('a folder (variables, sources and build in separate files, an auto var-file) with data "amazon-ami" and a dynamic provisioner', async () => {
  world.write({
    'packer/variables.pkr.hcl': `
variable "pages" {
  type    = list(string)
  default = ["index"]
}
variable "instance_type" {
  type = string
}
`,
    'packer/prod.auto.pkrvars.hcl': `
pages         = ["index", "about", "contact"]
instance_type = "t3.small"
`,
    'packer/sources.pkr.hcl': `
data "amazon-ami" "jammy" {
  region = "us-east-1"
  filters = {
    name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    virtualization-type = "hvm"
  }
  owners      = ["099720109477"]
  most_recent = true
}

source "amazon-ebs" "site" {
  region        = "us-east-1"
  source_ami    = data.amazon-ami.jammy.id
  instance_type = var.instance_type
  ssh_username  = "ubuntu"
  ami_name      = "site-{{timestamp}}"
  tags = {
    Base = data.amazon-ami.jammy.name
  }
}
`,
    'packer/build.pkr.hcl': `
build {
  sources = ["source.amazon-ebs.site"]

  provisioner "shell" {
    inline = ["sudo mkdir -p /srv/site", "sudo chown ubuntu /srv/site"]
  }

  dynamic "provisioner" {
    for_each = var.pages
    labels   = ["shell"]
    iterator = page
    content {
      inline = ["echo '<h1>\${page.value}</h1>' > /srv/site/\${page.value}.html"]
    }
  }
}
`
  });
  const { main, post } = await run({ template: 'packer' });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  const amiId = main.outputs['ami-id']!;
  expect(await imageTags(amiId)).toMatchObject({ Base: JAMMY_LATEST });
  const seen = await sshToNewInstance(sim, amiId, 'ls /srv/site');
  expect(seen.stdout).toBe('about.html\ncontact.html\nindex.html\n');
});

test('data "amazon-parameterstore" and "amazon-secretsmanager" and aws_secretsmanager() resolve through the simulator; the secrets stay masked', async () => {
  const password = 'correct-horse-battery-staple-42';
  const token = 'tok-9f8e7d6c5b4a';
  sim.world.createSecret({ name: 'app/db', secretString: JSON.stringify({ password, user: 'app' }) });
  sim.world.createSecret({ name: 'app/token', secretString: token });
  world.write({
    'app.pkr.hcl': `
data "amazon-parameterstore" "jammy" {
  region = "us-east-1"
  name   = "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id"
}

data "amazon-secretsmanager" "db" {
  region = "us-east-1"
  name   = "app/db"
  key    = "password"
}

locals {
  token = aws_secretsmanager_raw("app/token")
}

source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = data.amazon-parameterstore.jammy.value
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "app-{{timestamp}}"
  tags = {
    Base = "{{ .SourceAMIName }}"
  }
}

build {
  sources = ["source.amazon-ebs.app"]
  provisioner "shell" {
    inline = [
      "echo 'db password: \${data.amazon-secretsmanager.db.value}'",
      "echo '\${data.amazon-secretsmanager.db.value} \${local.token}' | sudo tee /etc/app-secrets >/dev/null",
    ]
  }
}
`
  });
  const { main, post } = await run({ template: 'app.pkr.hcl' });
  expect({ exit: main.exitCode, log: main.exitCode === 0 ? '' : main.log }).toEqual({ exit: 0, log: '' });
  expect(post.exitCode).toBe(0);
  const amiId = main.outputs['ami-id']!;
  expect(await imageTags(amiId)).toMatchObject({ Base: JAMMY_LATEST });
  expect(main.log).toContain('db password: ***');
  for (const text of [visible(main.log), visible(post.log), main.summary]) {
    expect(text).not.toContain(password);
    expect(text).not.toContain(token);
  }
  const seen = await sshToNewInstance(sim, amiId, 'sudo cat /etc/app-secrets');
  expect(seen.stdout).toBe(`${password} ${token}\n`);
  const services = new Set(
    sim.calls
      .filter(call => call.userAgent?.includes('build-ami'))
      .map(call => `${call.service}:${call.action}`)
  );
  expect([...services]).toEqual(
    expect.arrayContaining(['ssm:GetParameter', 'secretsmanager:GetSecretValue'])
  );
});

test('an HCL2 template and its JSON twin share a fingerprint: the JSON build is reused by the HCL2 one', async () => {
  copyExamples(world);
  // The JSON example, with its builder named as the HCL2 example's source is.
  const json = JSON.parse(readFileSync('examples/web.pkr.json', 'utf8'));
  json.builders[0].name = 'web';
  world.write({ 'examples/web-named.pkr.json': json });
  const first = await run({
    'working-directory': 'examples',
    template: 'web-named.pkr.json',
    'var-files': 'web.vars.json',
    reuse: 'fingerprint'
  });
  expect(first.main.exitCode).toBe(0);
  expect(first.main.outputs.reused).toBe('false');

  const second = await run({
    'working-directory': 'examples',
    template: 'web.pkr.hcl',
    'var-files': 'web.pkrvars.hcl',
    reuse: 'fingerprint'
  });
  expect({ exit: second.main.exitCode, log: second.main.exitCode === 0 ? '' : second.main.log }).toEqual({
    exit: 0,
    log: ''
  });
  expect(second.main.outputs).toMatchObject({ 'ami-id': first.main.outputs['ami-id'], reused: 'true' });
  const firstManifest = JSON.parse(readFileSync(first.main.outputs.manifest!, 'utf8'));
  const secondManifest = JSON.parse(readFileSync(second.main.outputs.manifest!, 'utf8'));
  expect(secondManifest.builds.at(-1)).toMatchObject({
    name: 'web',
    builder_type: 'amazon-ebs',
    artifact_id: firstManifest.builds.at(-1).artifact_id
  });
});

test('an HCL2 template with several mistakes reports each at its file and line, in one run, with zero EC2 calls', async () => {
  world.write({
    'packer/web.pkr.hcl': [
      'variable "size" {',
      '  type    = number',
      '  default = "large"',
      '}',
      'source "amazon-ebs" "web" {',
      '  region        = "us-east-1"',
      '  source_ami    = "ami-0123456789abcdef0"',
      '  instance_type = var.typo',
      '  ssh_username  = "ubuntu"',
      '  ami_name      = "web"',
      '  ami_nmae      = "web"',
      '}',
      'build {',
      '  sources = ["source.amazon-ebs.web"]',
      '  provisioner "shell" {',
      '    inline = [uper("x")]',
      '  }',
      '}',
      ''
    ].join('\n')
  });
  const { main, post } = await run({ template: 'packer/web.pkr.hcl' });
  expect(main.exitCode).toBe(1);
  const failures = parseWorkflowCommands(main.log).errors.join('\n');
  for (const place of [
    'packer/web.pkr.hcl:3:',
    'packer/web.pkr.hcl:8:',
    'packer/web.pkr.hcl:11:',
    'packer/web.pkr.hcl:16:'
  ])
    expect(failures).toContain(place);
  expect(failures).toContain('4 problems in the template');
  // Each problem is also an annotation on its line, for the pull request's diff.
  const annotated = parseWorkflowCommands(main.log)
    .annotations.filter(annotation => annotation.properties.file === 'packer/web.pkr.hcl')
    .map(annotation => Number(annotation.properties.line));
  expect(annotated).toEqual([3, 8, 11, 16]);
  expect(sim.calls.filter(call => call.userAgent?.includes('build-ami'))).toEqual([]);
  expect(post.exitCode).toBe(0);
});
