// End to end: the committed bundle, run as the Actions runner runs it, builds a template with an
// amazon-ebs builder and a docker builder side by side (the same shell and file provisioners), against
// the EC2 simulator and a private dockerd with its own registry. The docker image lands in the daemon
// with the provisioned file and the commit's labels; no container is left behind, whether the build
// succeeds, a provisioner fails, or the main step is killed and the post step cleans up.
// Skipped, saying why, where dockerd cannot run (BUILD_AMI_REQUIRE_DOCKER=1 makes that a failure).
import { readFileSync } from 'node:fs';
import { DEFAULT_REPOSITORY, DEFAULT_SHA } from '../../world/runner/environment.js';
import { parseWorkflowCommands } from '../../world/runner/harness.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';
import { startGitHubStub, type GitHubStub } from '../../world/github/server.js';
import { MAIN, NODE24, POST, ubuntuBuilder, type ActionWorld } from '../helpers/action.js';
import { useSimulatorWorld } from '../helpers/simulator-world.js';

const unavailable = dockerWorldUnavailable();
const skip = unavailable !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the docker builder end-to-end tests: ${unavailable}`);
const maybe = skip ? describe.skip : describe;

maybe('the docker builder, end to end', () => {
  const env = useSimulatorWorld();
  let docker: DockerWorld;

  beforeAll(async () => {
    docker = await startDockerWorld();
  }, 180_000);
  afterAll(() => docker?.stop());
  afterEach(async () => {
    // Each test starts from a daemon without containers (a bystander one is made on purpose).
    const ids = (await docker.docker('ps', '-aq')).split('\n').filter(Boolean);
    if (ids.length) await docker.docker('rm', '-f', ...ids);
  });

  const containers = async () => (await docker.docker('ps', '-aq')).split('\n').filter(Boolean);

  const dockerBuilder = (extra: object = {}) => ({
    type: 'docker',
    name: 'app',
    image: docker.baseImage,
    commit: true,
    changes: ['ENV APP_ENV=production', 'LABEL team=web'],
    ...extra
  });

  const run = (
    template: object,
    signals?: Parameters<ActionWorld['runner']['runMainThenPost']>[0]['signals'],
    github?: GitHubStub
  ) => {
    env.world.write({ 'files/app.conf': 'listen 8080\n', 'mixed.json': template });
    return env.world.runner.runMainThenPost({
      main: MAIN,
      post: POST,
      node: NODE24,
      workspace: env.world.workspace,
      inputs: { template: 'mixed.json', ...(github ? { 'github-token': github.token } : {}) },
      env: {
        ...env.world.env(env.sim),
        DOCKER_HOST: `unix://${docker.socketPath}`,
        ...(github
          ? { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: github.repository, GITHUB_SHA: DEFAULT_SHA }
          : {})
      },
      event: github ? (pullRequestEvent(github, 5) as never) : undefined,
      signals
    });
  };

  const pullRequestEvent = (github: GitHubStub, number: number) => ({
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: DEFAULT_SHA, ref: 'feature', repo: { full_name: github.repository } },
        base: { ref: 'main', repo: { full_name: github.repository } }
      },
      repository: { full_name: github.repository }
    }
  });

  const errors = (log: string) => parseWorkflowCommands(log).errors.join('\n');

  test('an amazon-ebs and a docker builder share a shell and a file provisioner, then docker-tag and docker-push: an AMI and a pushed image with the file and the commit, in the outputs, manifest, summary and PR comment', async () => {
    const github = await startGitHubStub();
    try {
      const repository = `${docker.registry}/web/app`;
      const { main, post } = await run(
        {
          builders: [ubuntuBuilder({ name: 'aws', ami_name: 'mixed-{{timestamp}}' }), dockerBuilder()],
          provisioners: [
            { type: 'shell', inline: ['echo "provisioned by $PACKER_BUILDER_TYPE" > /tmp/provisioned-by'] },
            { type: 'file', source: 'files/app.conf', destination: '/tmp/app.conf' }
          ],
          'post-processors': [
            { type: 'manifest', output: 'manifest.json' },
            [
              { type: 'docker-tag', repository, tags: ['1.0', 'stable'], only: ['app'] },
              { type: 'docker-push', only: ['app'] }
            ]
          ]
        },
        undefined,
        github
      );
      expect({ exit: main.exitCode, errors: errors(main.log) }).toEqual({ exit: 0, errors: '' });
      expect(post.exitCode).toBe(0);

      const images = JSON.parse(main.outputs['docker-images']!);
      expect(images).toEqual({
        app: {
          image_id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
          repo_tags: [`${repository}:1.0`, `${repository}:stable`],
          digests: [expect.stringMatching(new RegExp(`^${repository}@sha256:[0-9a-f]{64}$`))]
        }
      });
      const imageId: string = images.app.image_id;
      expect(JSON.parse(main.outputs.amis!)).toEqual({ 'us-east-1': main.outputs['ami-id'] });
      expect(main.outputs['ami-id']).toMatch(/^ami-/);

      // The pushed image pulls back from the registry, with the provisioned files and the commit.
      await docker.docker('image', 'rm', '-f', `${repository}:1.0`, `${repository}:stable`, imageId);
      await docker.docker('pull', `${repository}:1.0`);
      const inContainer = (...args: string[]) =>
        docker.docker('run', '--rm', '--entrypoint', '/bin/sh', `${repository}:1.0`, '-c', args.join(' '));
      expect(await inContainer('cat /tmp/app.conf')).toBe('listen 8080\n');
      expect(await inContainer('cat /tmp/provisioned-by')).toBe('provisioned by docker\n');
      expect(await inContainer('echo $APP_ENV')).toBe('production\n');

      const labels = JSON.parse(
        await docker.docker('image', 'inspect', '-f', '{{json .Config.Labels}}', `${repository}:1.0`)
      );
      expect(labels).toMatchObject({
        'org.opencontainers.image.revision': DEFAULT_SHA,
        'org.opencontainers.image.source': `https://github.com/${DEFAULT_REPOSITORY}`,
        'org.opencontainers.image.created': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        'build-ami.build-id': main.outputs['build-id'],
        'build-ami.fingerprint': expect.stringMatching(/^sha256:/),
        team: 'web'
      });

      // The manifest records both artifacts as Packer does.
      const manifest = JSON.parse(readFileSync(main.outputs.manifest!, 'utf8'));
      expect(manifest.builds).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'app', builder_type: 'docker', artifact_id: imageId }),
          expect.objectContaining({
            name: 'aws',
            builder_type: 'amazon-ebs',
            artifact_id: `us-east-1:${main.outputs['ami-id']}`
          })
        ])
      );

      // The job summary and the pull request's comment show the AMI and the container image side by side.
      const shortId = imageId.replace(/^sha256:/, '').slice(0, 12);
      for (const page of [main.summary, github.comments(5)[0]?.body ?? '']) {
        expect(page).toContain(main.outputs['ami-id']);
        expect(page).toContain(`🐳 image \`${shortId}\``);
      }
      expect(github.comments(5)).toHaveLength(1);

      expect(await containers()).toEqual([]);
      // In EC2 only the AMI and its snapshot remain: no instance, key pair or security group.
      expect(
        env.sim
          .leftovers()
          .map(r => r.type)
          .sort()
      ).toEqual(['image', 'snapshot']);
    } finally {
      await github.stop();
    }
  });

  test('a docker post-processor that would run on the amazon-ebs build is refused before anything is built', async () => {
    const { main } = await run({
      builders: [ubuntuBuilder({ name: 'aws' }), dockerBuilder()],
      'post-processors': [{ type: 'docker-tag', repository: 'web/app' }]
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main.log)).toContain(
      'docker-tag takes a docker build\'s image, but would run on the amazon-ebs build "aws"'
    );
    expect(env.sim.calls).toEqual([]);
    expect(await containers()).toEqual([]);
  });

  test('the template LABEL wins over the traceability label of the same key', async () => {
    const { main } = await run({
      builders: [
        dockerBuilder({ changes: ['LABEL org.opencontainers.image.source=https://example.com/mine'] })
      ]
    });
    expect({ exit: main.exitCode, errors: errors(main.log) }).toEqual({ exit: 0, errors: '' });
    const imageId = JSON.parse(main.outputs['docker-images']!).app.image_id;
    const labels = JSON.parse(
      await docker.docker('image', 'inspect', '-f', '{{json .Config.Labels}}', imageId)
    );
    expect(labels['org.opencontainers.image.source']).toBe('https://example.com/mine');
    expect(labels['org.opencontainers.image.revision']).toBe(DEFAULT_SHA);
  });

  test('the same inputs at the same commit again: the image is reused, nothing is built (reuse: commit)', async () => {
    const template = {
      builders: [dockerBuilder({ changes: ['ENV REUSE_CHECK=1'] })],
      provisioners: [{ type: 'shell', inline: ['echo reuse-check-built'] }]
    };
    const first = await run(template);
    expect({ exit: first.main.exitCode, errors: errors(first.main.log) }).toEqual({ exit: 0, errors: '' });
    expect(first.main.outputs.reused).toBe('false');
    const second = await run(template);
    expect({ exit: second.main.exitCode, errors: errors(second.main.log) }).toEqual({ exit: 0, errors: '' });
    expect(second.main.outputs.reused).toBe('true');
    expect(second.main.outputs['docker-images']).toBe(first.main.outputs['docker-images']);
    expect(second.main.log).toMatch(
      /Reusing image sha256:[0-9a-f]{64}, committed from the same inputs at this commit/
    );
    expect(second.main.log).not.toContain('reuse-check-built');
    expect(await containers()).toEqual([]);
  });

  test('a failing provisioner fails the build and leaves no container', async () => {
    const { main, post } = await run({
      builders: [dockerBuilder()],
      provisioners: [{ type: 'shell', inline: ['echo about-to-fail', 'exit 3'] }]
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main.log)).toMatch(/app: Provision: .*exit.*3/);
    expect(main.log).toMatch(/Removed container [0-9a-f]{12}/);
    expect(post.exitCode).toBe(0);
    expect(await containers()).toEqual([]);
  });

  test('cancelled during provisioning (SIGINT, as the runner does): the container is removed by the main step', async () => {
    const { main, post } = await env.world.runner.runMainThenPost({
      main: MAIN,
      post: POST,
      node: NODE24,
      workspace:
        (env.world.write({
          'mixed.json': {
            builders: [dockerBuilder()],
            provisioners: [{ type: 'shell', inline: ['echo provisioning-started', 'sleep 60'] }]
          }
        }),
        env.world.workspace),
      inputs: { template: 'mixed.json' },
      env: { ...env.world.env(env.sim), DOCKER_HOST: `unix://${docker.socketPath}` },
      cancelLikeRunner: { whenLog: /provisioning-started/ }
    });
    expect(main.log).toContain('SIGINT received');
    expect(main.exitCode).not.toBe(0);
    expect(main.log).toMatch(/Removed container [0-9a-f]{12}/);
    expect(post.exitCode).toBe(0);
    expect(await containers()).toEqual([]);
  });

  test('killed during provisioning (SIGKILL), then the post step: the build container is gone, a stranger is not', async () => {
    await docker.docker('pull', docker.baseImage);
    const stranger = (
      await docker.docker('create', '--name', 'stranger', docker.baseImage, '/bin/sh')
    ).trim();
    // Another run's container carries the label with another build id: not this run's to remove.
    const otherRun = (
      await docker.docker('create', '--label', 'build-ami.build-id=another-run', docker.baseImage, '/bin/sh')
    ).trim();
    const { main, post } = await run(
      {
        builders: [dockerBuilder()],
        provisioners: [{ type: 'shell', inline: ['echo provisioning-started', 'sleep 60'] }]
      },
      [{ signal: 'SIGKILL', whenLog: /provisioning-started/ }]
    );
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode).toBe(0);
    expect(post.log).toMatch(/Removed container [0-9a-f]{12}/);
    expect((await containers()).sort()).toEqual([stranger.slice(0, 12), otherRun.slice(0, 12)].sort());
  });

  test('no daemon: the docker build fails saying so, and what to do', async () => {
    const { main, post } = await env.world.runner.runMainThenPost({
      main: MAIN,
      post: POST,
      node: NODE24,
      workspace: (env.world.write({ 'mixed.json': { builders: [dockerBuilder()] } }), env.world.workspace),
      inputs: { template: 'mixed.json' },
      env: { ...env.world.env(env.sim), DOCKER_HOST: 'unix:///nonexistent/docker.sock' }
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main.log)).toMatch(
      /app: Check Docker daemon: Docker ping: .*No Docker daemon answers on \/nonexistent\/docker\.sock: start Docker, or point DOCKER_HOST at its socket/
    );
    expect(post.exitCode).toBe(0);
    // Nothing was created, so the post step has nothing to warn about.
    expect(parseWorkflowCommands(post.log).warnings).toEqual([]);
  });

  test('a missing image: the pull fails naming the image, and nothing is created', async () => {
    const { main } = await run({
      builders: [dockerBuilder({ image: `${docker.registry}/no-such-image:1` })]
    });
    expect(main.exitCode).toBe(1);
    expect(errors(main.log)).toMatch(
      /app: Pull image: Docker pull: pulling .*no-such-image:1: .*Check the image name/
    );
    expect(await containers()).toEqual([]);
  });
});
