// The docker builder's options as a template author meets them: a mixed template loads with both builds,
// Packer's defaults, and each bad option refused at its own file:line.
import { InputErrors, type InputError } from '../../src/errors.js';
import type { DockerBuildPlan } from '../../src/template/types.js';
import { hclLoader } from './hcl2/loader.js';
import { loadFixture, tempDirs, templateText } from './fixtures.js';

const makeDir = tempDirs();

/** The amazon-ebs builder of templateText, plus a docker builder with `docker` options (raw JSON per key). */
function mixed(docker: Record<string, string>): string {
  const lines = Object.entries({ type: '"docker"', name: '"app"', ...docker })
    .map(([key, raw]) => `      "${key}": ${raw}`)
    .join(',\n');
  return templateText({ name: '"aws"' }).replace('\n  ]', `,\n    {\n${lines}\n    }\n  ]`);
}

function dockerPlan(docker: Record<string, string>): DockerBuildPlan {
  const plan = loadFixture(makeDir, { files: { 'packer/web.pkr.json': mixed(docker) } }).builds[1]!;
  if (plan.type !== 'docker') throw new Error(`expected a docker build, found ${plan.type}`);
  return plan;
}

/** Every problem, as `line: field: detail`, with the line the option is on in the template text. */
function problems(docker: Record<string, string>): string[] {
  try {
    loadFixture(makeDir, { files: { 'packer/web.pkr.json': mixed(docker) } });
  } catch (error) {
    const list: readonly InputError[] = error instanceof InputErrors ? error.errors : [error as InputError];
    return list.map(e => `${e.file}:${e.line}: ${e.field}: ${e.detail}`);
  }
  throw new Error('expected the template to be refused');
}

/** The line of `"key":` in the docker builder of mixed(docker). */
function lineOf(docker: Record<string, string>, key: string): number {
  const lines = mixed(docker).split('\n');
  const start = lines.findIndex(line => line.includes('"type": "docker"'));
  return lines.findIndex((line, i) => i > start && line.includes(`"${key}":`)) + 1;
}

describe('a template mixing amazon-ebs and docker', () => {
  it('loads both builds, in template order, each with its own type', () => {
    const loaded = loadFixture(makeDir, {
      files: { 'packer/web.pkr.json': mixed({ image: '"debian:12"', commit: 'true' }) }
    });
    expect(loaded.builds.map(b => [b.name, b.type])).toEqual([
      ['aws', 'amazon-ebs'],
      ['app', 'docker']
    ]);
  });

  it("takes Packer's defaults: pull, fix_upload_owner, /packer-files, the docker communicator and run_command", () => {
    const { builder } = dockerPlan({ image: '"debian:12"', commit: 'true' });
    expect(builder).toMatchObject({
      image: 'debian:12',
      pull: true,
      output: { kind: 'commit' },
      fixUploadOwner: true,
      containerDir: '/packer-files',
      privileged: false,
      communicator: { type: 'docker' }
    });
    expect(builder.runCommand.map(arg => arg.render({ Image: 'debian:12' }))).toEqual([
      '-d',
      '-i',
      '-t',
      '--entrypoint=/bin/sh',
      '--',
      'debian:12'
    ]);
    expect(builder.login).toBeUndefined();
  });

  it('reads export_path as an absolute path, changes, volumes, caps and the login', () => {
    const { builder } = dockerPlan({
      image: '"debian:12"',
      export_path: '"out/app.tar"',
      changes: '["ENV A=1", "LABEL team=web"]',
      volumes: '{"/srv/cache": "/cache"}',
      cap_add: '["NET_ADMIN"]',
      cap_drop: '["MKNOD"]',
      login: 'true',
      login_server: '"registry.example"',
      login_username: '"ci"',
      login_password: '"hunter2"'
    });
    expect(builder.output).toEqual({
      kind: 'export',
      path: expect.stringMatching(/\/packer\/out\/app\.tar$|\/out\/app\.tar$/)
    });
    expect(builder.changes).toEqual(['ENV A=1', 'LABEL team=web']);
    expect(builder.volumes).toEqual({ '/srv/cache': '/cache' });
    expect([builder.capAdd, builder.capDrop]).toEqual([['NET_ADMIN'], ['MKNOD']]);
    expect(builder.login).toEqual({ server: 'registry.example', username: 'ci', password: 'hunter2' });
  });

  it('registers login_password as a secret, as amazon-ebs secrets are', () => {
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': mixed({
          image: '"debian:12"',
          commit: 'true',
          login: 'true',
          login_password: '"hunter2"'
        })
      }
    });
    expect(loaded.sensitiveValues).toContain('hunter2');
    expect(JSON.stringify(loaded.planIdentities)).not.toContain('hunter2');
  });
});

describe('ecr_login', () => {
  it('with an ECR login_server: the login comes from ECR, signed with the aws_* options, whose secrets are masked', () => {
    const docker = {
      image: '"123456789012.dkr.ecr.us-east-1.amazonaws.com/team/base:1"',
      commit: 'true',
      ecr_login: 'true',
      login_server: '"https://123456789012.dkr.ecr.us-east-1.amazonaws.com"',
      aws_access_key: '"AKIDEXAMPLE"',
      aws_secret_key: '"builder-ecr-secret"',
      aws_token: '"builder-ecr-token"',
      aws_profile: '"ci"'
    };
    expect(dockerPlan(docker).builder.login).toEqual({
      server: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com',
      ecr: {
        accessKey: 'AKIDEXAMPLE',
        secretKey: 'builder-ecr-secret',
        token: 'builder-ecr-token',
        profile: 'ci'
      }
    });
    const loaded = loadFixture(makeDir, { files: { 'packer/web.pkr.json': mixed(docker) } });
    expect(loaded.sensitiveValues).toEqual(
      expect.arrayContaining(['builder-ecr-secret', 'builder-ecr-token'])
    );
    expect(JSON.stringify(loaded.planIdentities)).not.toMatch(/builder-ecr-(secret|token)/);
  });

  it("without login_server: said at the builder, in Packer's words", () => {
    expect(problems({ image: '"d"', commit: 'true', ecr_login: 'true' })).toEqual([
      expect.stringMatching(
        /^packer\/web\.pkr\.json:\d+: builders\[1\]\.login_server: is required when ecr_login is true \(ECR login requires login server to be provided\)$/
      )
    ]);
  });
});

describe('each bad docker option is refused at its file:line', () => {
  const AT = 'packer/web.pkr.json';
  it.each<[string, Record<string, string>, string, RegExp]>([
    [
      'an unknown option',
      { image: '"d"', commit: 'true', exec_usr: '"x"' },
      'exec_usr',
      /unknown option exec_usr for docker \(did you mean exec_user\?\)/
    ],
    [
      'an amazon-ebs option',
      { image: '"d"', commit: 'true', instance_type: '"t3.micro"' },
      'instance_type',
      /instance_type is an amazon-ebs option/
    ],
    [
      'a Packer option not built yet',
      { image: '"d"', commit: 'true', device: '["/dev/fuse"]' },
      'device',
      /device is not supported yet/
    ],
    [
      'two of commit, discard and export_path',
      { image: '"d"', commit: 'true', discard: 'true' },
      'discard',
      /only one of commit, discard, or export_path can be set/
    ],
    [
      'a change a commit cannot apply',
      { image: '"d"', commit: 'true', changes: '["RUN apt-get update"]' },
      'changes',
      /changes\[0\]: RUN cannot be applied/
    ],
    [
      'a run_command option we cannot honour',
      { image: '"d"', commit: 'true', run_command: '["--gpus", "all", "{{.Image}}"]' },
      'run_command',
      /docker run option --gpus is not supported/
    ],
    [
      'ecr_login with a login_server that is not an ECR URL',
      { image: '"d"', commit: 'true', ecr_login: 'true', login_server: '"registry.example.com"' },
      'login_server',
      /: Failed to parse the ECR URL: registry\.example\.com it should be on the form <account number>\.dkr\.ecr\.<region>\.amazonaws\.com$/
    ],
    [
      'the ssh communicator',
      { image: '"d"', commit: 'true', communicator: '"ssh"' },
      'communicator',
      /communicator ssh is not supported yet with the docker builder/
    ],
    ['a non-boolean pull', { image: '"d"', commit: 'true', pull: '"sometimes"' }, 'pull', /pull/]
  ])('%s', (_name, docker, key, detail) => {
    const found = problems(docker);
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${AT}:${lineOf(docker, key)}: builders\\[1\\]\\.${key}: `))
    ]);
    expect(found[0]).toMatch(detail);
  });

  it('no image: said at the builder', () => {
    expect(problems({ commit: 'true' })).toEqual([
      expect.stringMatching(/^packer\/web\.pkr\.json:\d+: builders\[1\]\.image: must be specified$/)
    ]);
  });

  it('none of commit, discard or export_path: said at the builder', () => {
    expect(problems({ image: '"d"' })).toEqual([
      expect.stringMatching(/builders\[1\]: one of commit, discard, or export_path must be specified$/)
    ]);
  });
});

describe('HCL2', () => {
  const { load, problems: hclProblems } = hclLoader();
  const SOURCES = `
source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "web-image"
}
source "docker" "app" {
  image   = "debian:12"
  commit  = true
  changes = ["ENV A=1"]
}
build {
  sources = ["source.amazon-ebs.web", "source.docker.app"]
}
`;

  test('source "docker" builds beside source "amazon-ebs", with the same plan a JSON template gives', async () => {
    const { template } = await load({ 'w.pkr.hcl': SOURCES });
    expect(template.builds.map(b => [b.name, b.type])).toEqual([
      ['web', 'amazon-ebs'],
      ['app', 'docker']
    ]);
    const app = template.builds[1]!;
    expect(app.type === 'docker' && app.builder.changes).toEqual(['ENV A=1']);
  });

  test('an unknown docker option names its file and line', async () => {
    expect(
      await hclProblems({ 'w.pkr.hcl': SOURCES.replace('commit  = true', 'commit  = true\n  imgae = "x"') })
    ).toEqual([
      expect.stringMatching(/^w\.pkr\.hcl:12:3: source\.docker\.app\.imgae: unknown option imgae for docker/)
    ]);
  });
});

describe('build-ami validate', () => {
  it('summarises a docker build: its image, what becomes of the container, its provisioners', async () => {
    const { planSummary } = await import('../../src/cli/validate.js');
    const loaded = loadFixture(makeDir, {
      files: {
        'packer/web.pkr.json': mixed({ image: '"debian:12"', export_path: '"out/app.tar"', pull: 'false' })
      }
    });
    const lines = planSummary('packer/web.pkr.json', loaded);
    expect(lines[0]).toBe('The template is valid: packer/web.pkr.json, 2 builds.');
    const app = lines.slice(lines.indexOf('build "app" (docker)'));
    expect(app.slice(0, 3)).toEqual([
      'build "app" (docker)',
      '  image: debian:12 (pull: false)',
      expect.stringMatching(/^ {2}result: export_path \/.*\/out\/app\.tar$/)
    ]);
    expect(app).toContain('  provisioners: none');
  });
});
