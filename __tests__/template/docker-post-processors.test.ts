// The docker post-processors' options in JSON templates and HCL2: what each reads, Packer's required
// options, Docker's name rules, the secret login_password, ecr_login's ECR URL and AWS secrets, and
// every mistake reported at its file, line and column. The marker ▶ is where a message must point.
import { InputError } from '../../src/errors.js';
import type { DockerPushPostProcessor, PostProcessorChain } from '../../src/template/types.js';
import { DOCKER_BUILDER, loadError, loadFixture, locateMarker, tempDirs, templateText } from './fixtures.js';
import { hclLoader } from './hcl2/loader.js';

const makeDir = tempDirs();

function load(section: string, variables = '{}') {
  return loadFixture(makeDir, {
    files: { 'packer/web.pkr.json': templateText(DOCKER_BUILDER, { variables, 'post-processors': section }) }
  });
}

function chains(section: string): readonly PostProcessorChain[] {
  return load(section).builds[0]!.postProcessors;
}

describe('docker post-processors in a JSON template', () => {
  it('reads a docker-tag then docker-push chain, Packer defaults filled in', () => {
    expect(
      chains(`[[
        {"type": "docker-tag", "repository": "127.0.0.1:5000/team/app", "tags": ["v1", "stable"]},
        {"type": "docker-push", "name": "publish", "keep_input_artifact": false}
      ]]`)
    ).toEqual([
      [
        {
          type: 'docker-tag',
          name: 'docker-tag',
          repository: '127.0.0.1:5000/team/app',
          tags: ['v1', 'stable'],
          deprecatedTag: false,
          force: false,
          keepInputArtifact: undefined
        },
        {
          type: 'docker-push',
          name: 'publish',
          keepInputArtifact: false,
          login: false,
          loginServer: undefined,
          loginUsername: undefined,
          loginPassword: undefined
        }
      ]
    ]);
  });

  it('docker-tag adds the deprecated tag after tags, as Packer combines them', () => {
    const [[tag]] = chains(
      `[{"type": "docker-tag", "repository": "app", "tags": ["a"], "tag": "b", "force": true}]`
    ) as unknown as [[{ tags: string[]; deprecatedTag: boolean; force: boolean }]];
    expect(tag).toMatchObject({ tags: ['a', 'b'], deprecatedTag: true, force: true });
  });

  it('docker-tag without tags may carry its tag in the repository', () => {
    const [[tag]] = chains(`[{"type": "docker-tag", "repository": "registry.example.com:5000/app:1.2"}]`);
    expect(tag).toMatchObject({ repository: 'registry.example.com:5000/app:1.2', tags: [] });
  });

  it('docker-push with a login: the password is a value to mask', () => {
    const template = load(
      `[{"type": "docker-push", "login": true, "login_server": "ghcr.io",
      "login_username": "bot", "login_password": "{{user \`registry_password\`}}"}]`,
      '{"registry_password": "json-s3cret"}'
    );
    const push = template.builds[0]!.postProcessors[0]![0] as DockerPushPostProcessor;
    expect(push).toMatchObject({
      login: true,
      loginServer: 'ghcr.io',
      loginUsername: 'bot',
      loginPassword: 'json-s3cret'
    });
    expect(template.sensitiveValues).toContain('json-s3cret');
  });

  it('docker-push with ecr_login: the ECR URL and the AWS keys are read, aws_secret_key and aws_token are values to mask', () => {
    const template = load(
      `[{"type": "docker-push", "ecr_login": true,
      "login_server": "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/team",
      "aws_access_key": "AKIDEXAMPLE", "aws_secret_key": "ecr-secret-key-1", "aws_token": "ecr-session-token-1",
      "login_username": "ignored", "login_password": "ignored-pw"}]`
    );
    const push = template.builds[0]!.postProcessors[0]![0] as DockerPushPostProcessor;
    expect(push).toMatchObject({
      login: false,
      loginServer: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/team',
      ecr: { accessKey: 'AKIDEXAMPLE', secretKey: 'ecr-secret-key-1', token: 'ecr-session-token-1' }
    });
    expect(template.sensitiveValues).toEqual(
      expect.arrayContaining(['ecr-secret-key-1', 'ecr-session-token-1'])
    );
  });

  it('docker-save resolves its path from the working directory, as Packer does', () => {
    const template = load(`[{"type": "docker-save", "path": "out/image.tar"}]`);
    const [[save]] = template.builds[0]!.postProcessors as unknown as [[{ path: string }]];
    expect(save.path).toMatch(/^\/.*\/out\/image\.tar$/);
    expect(save.path.startsWith(template.templatePath.replace(/packer\/web\.pkr\.json$/, ''))).toBe(true);
  });

  it('docker-import reads repository, tag, changes and platform', () => {
    expect(
      chains(`[{"type": "docker-import", "repository": "local/centos6", "tag": "latest",
        "changes": ["USER www-data", "WORKDIR /var/www", "CMD [\\"nginx\\"]"], "platform": "linux/amd64",
        "keep_input_artifact": true}]`)
    ).toEqual([
      [
        {
          type: 'docker-import',
          name: 'docker-import',
          keepInputArtifact: true,
          repository: 'local/centos6',
          tag: 'latest',
          changes: ['USER www-data', 'WORKDIR /var/www', 'CMD ["nginx"]'],
          platform: 'linux/amd64'
        }
      ]
    ]);
  });
});

interface Case {
  readonly name: string;
  /** The post-processors section, with ▶ where the message points. */
  readonly section: string;
  readonly field: string;
  readonly detail: string;
}

const CASES: Case[] = [
  {
    name: 'docker-tag without a repository',
    section: '[▶{"type": "docker-tag", "tags": ["v1"]}]',
    field: 'post-processors[0].repository',
    detail: 'is required'
  },
  {
    name: 'docker-import without a repository, inside a chain',
    section: '[["manifest", ▶{"type": "docker-import", "tag": "v1"}]]',
    field: 'post-processors[0][1].repository',
    detail: 'is required'
  },
  {
    name: 'docker-save without a path',
    section: '[▶{"type": "docker-save"}]',
    field: 'post-processors[0].path',
    detail: 'is required'
  },
  {
    name: 'a misspelt docker-tag option',
    section: '[{"type": "docker-tag", "repository": "app", ▶"tagz": ["v1"]}]',
    field: 'post-processors[0].tagz',
    detail: 'unknown option tagz for the docker-tag post-processor (did you mean tags?)'
  },
  {
    name: 'docker_path, which the Engine API has no use for',
    section: '[{"type": "docker-save", "path": "x.tar", ▶"docker_path": "/usr/bin/docker"}]',
    field: 'post-processors[0].docker_path',
    detail:
      'docker_path is not used: the action talks to the Docker Engine over its socket (set DOCKER_HOST to choose another daemon)'
  },
  {
    name: "ecr_login with a login_server that is not an ECR URL (Packer's message)",
    section: '[{"type": "docker-push", "ecr_login": true, "login_server": ▶"registry.example.com"}]',
    field: 'post-processors[0].login_server',
    detail:
      'Failed to parse the ECR URL: registry.example.com it should be on the form <account number>.dkr.ecr.<region>.amazonaws.com'
  },
  {
    name: 'ecr_login without a login_server',
    section: '[▶{"type": "docker-push", "ecr_login": true}]',
    field: 'post-processors[0].login_server',
    detail: 'is required when ecr_login is true (ECR login requires login server to be provided)'
  },
  {
    name: 'ecr_login to ECR Public',
    section: '[{"type": "docker-push", "ecr_login": true, "login_server": ▶"public.ecr.aws/team"}]',
    field: 'post-processors[0].login_server',
    detail:
      'ecr_login to ECR Public (public.ecr.aws) is not supported yet; log in with login, login_username and login_password instead'
  },
  {
    name: 'docker-push login without a password',
    section: '[▶{"type": "docker-push", "login": true, "login_username": "bot"}]',
    field: 'post-processors[0].login_password',
    detail: 'is required when login is true'
  },
  {
    name: 'docker-push platform (Engine API 1.46)',
    section: '[{"type": "docker-push", ▶"platform": "linux/arm64"}]',
    field: 'post-processors[0].platform',
    detail: 'platform is not supported yet'
  },
  {
    name: 'a repository Docker would refuse',
    section: '[{"type": "docker-tag", "repository": ▶"Team/App"}]',
    field: 'post-processors[0].repository',
    detail:
      '"Team/App" is not a valid repository: use [host[:port]/]name, lowercase letters, digits and separators (. _ -), such as 127.0.0.1:5000/team/app'
  },
  {
    name: 'a tag Docker would refuse',
    section: '[{"type": "docker-tag", "repository": "app", "tags": ▶["v1", "-bad"]}]',
    field: 'post-processors[0].tags',
    detail: '"-bad" is not a valid tag: up to 128 letters, digits, _, . and -, not starting with . or -'
  },
  {
    name: 'a tag given twice to docker-import',
    section: '[{"type": "docker-import", "repository": ▶"app:v1", "tag": "v2"}]',
    field: 'post-processors[0].repository',
    detail: '"app:v1" already has a tag; give the tag only once'
  },
  {
    name: 'a change docker import does not accept',
    section:
      '[{"type": "docker-import", "repository": "app", "changes": ▶["ENV A b", "RUN apt-get update"]}]',
    field: 'post-processors[0].changes',
    detail:
      '"RUN apt-get update" is not a change docker import accepts; use one of CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR'
  }
];

describe('mistakes in docker post-processors (JSON)', () => {
  it.each(CASES)('reports $name at its place', testCase => {
    const marked = locateMarker(templateText(DOCKER_BUILDER, { 'post-processors': testCase.section }));
    const error = loadError(makeDir, { files: { 'packer/web.pkr.json': marked.text } });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `packer/web.pkr.json:${marked.line}:${marked.column}: ${testCase.field}: ${testCase.detail}`
    );
  });

  it('never quotes the login password, even in an error about the option after it', () => {
    const marked = locateMarker(
      templateText(DOCKER_BUILDER, {
        'post-processors': `[{"type": "docker-push", "login_username": "bot",
            "login_password": "hunter2-pw", "login": ▶"hunter2-pw"}]`
      })
    );
    const error = loadError(makeDir, { files: { 'packer/web.pkr.json': marked.text } });
    expect(error.message).toMatch(/^packer\/web\.pkr\.json:\d+:\d+: post-processors\[0\]\.login: /);
    expect(error.message).not.toContain('hunter2-pw');
  });
});

describe('docker post-processors in HCL2', () => {
  const { load: loadHcl, problems } = hclLoader();
  const SOURCE = `
source "docker" "web" {
  image   = "debian:minimal"
  commit  = true
  pull    = false
  author  = "ci"
  message = "build"
}
`;

  it('a post-processors block is one chain: docker-tag then docker-push; a lone post-processor is its own', async () => {
    const { template } = await loadHcl({
      'web.pkr.hcl': `${SOURCE}
variable "registry_password" {
  type      = string
  default   = "hcl-s3cret"
  sensitive = true
}
build {
  sources = ["source.docker.web"]
  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/app"
      tags       = ["v1", "latest"]
    }
    post-processor "docker-push" {
      login          = true
      login_server   = "127.0.0.1:5000"
      login_username = "builder"
      login_password = var.registry_password
    }
  }
  post-processor "docker-save" {
    path = "image.tar"
    keep_input_artifact = false
  }
}
`
    });
    const [chain, save] = template.builds[0]!.postProcessors;
    expect(chain!.map(pp => pp.type)).toEqual(['docker-tag', 'docker-push']);
    expect(chain![0]).toMatchObject({ repository: '127.0.0.1:5000/app', tags: ['v1', 'latest'] });
    expect(chain![1]).toMatchObject({ login: true, loginUsername: 'builder', loginPassword: 'hcl-s3cret' });
    expect(save).toEqual([expect.objectContaining({ type: 'docker-save', keepInputArtifact: false })]);
    expect(template.sensitiveValues).toContain('hcl-s3cret');
  });

  it('reports an unknown option and a missing repository at their lines (the first problem of each block)', async () => {
    expect(
      await problems({
        'web.pkr.hcl': `${SOURCE}
build {
  sources = ["source.docker.web"]
  post-processors {
    post-processor "docker-tag" {
      repositroy = "app"
    }
    post-processor "docker-import" {
      tag = "v1"
    }
  }
}
`
      })
    ).toEqual([
      'web.pkr.hcl:14:7: build.post-processors[0].post-processor[0].repositroy: unknown option repositroy for the docker-tag post-processor (did you mean repository?)',
      'web.pkr.hcl:16:5: build.post-processors[0].post-processor[1].repository: is required'
    ]);
  });
});
