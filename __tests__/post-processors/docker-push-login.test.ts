// docker-push to a registry that requires a login: the right credentials push, wrong ones fail at the
// login with a message that names the registry and the user and never the password, no login at all
// says what to set, and a `docker login` done before the action (the CLI's config.json) is used.
// Skipped, saying why, where dockerd cannot run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerImageArtifact } from '../../src/docker/artifact.js';
import { pullImage, type EngineEndpoint } from '../../src/docker/engine.js';
import { DockerPostProcessorError, runDockerChain } from '../../src/post-processors/docker-chain.js';
import type { DockerPushPostProcessor, DockerTagPostProcessor } from '../../src/template/types.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';
import { committedImage, keptLog } from './docker-helpers.js';

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the docker-push login tests: ${dockerWorldUnavailable()}`);

const PASSWORD = 'pp-s3cret-pw';

(skip ? describe.skip : describe)('docker-push to a registry that requires a login', () => {
  let world: DockerWorld;
  let engine: EngineEndpoint;
  let built: DockerImageArtifact;
  let work: string;

  beforeAll(async () => {
    world = await startDockerWorld({ registryUser: { username: 'builder', password: PASSWORD } });
    engine = { socketPath: world.socketPath };
    work = mkdtempSync(join(tmpdir(), 'docker-push-login-'));
    const auth = { username: 'builder', password: PASSWORD, serveraddress: world.registry };
    await pullImage(engine, world.baseImage, { auth });
    built = await committedImage(engine, world.baseImage, 'behind a login\n');
  }, 120_000);
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
    await world?.stop();
  });

  const tag = (repository: string): DockerTagPostProcessor => ({
    type: 'docker-tag',
    name: 'docker-tag',
    repository,
    tags: ['v1'],
    deprecatedTag: false,
    force: false
  });
  const push = (options: Partial<DockerPushPostProcessor> = {}): DockerPushPostProcessor => ({
    type: 'docker-push',
    name: 'docker-push',
    login: false,
    ...options
  });
  const login = (password: string) =>
    push({ login: true, loginServer: world.registry, loginUsername: 'builder', loginPassword: password });
  /** An empty docker CLI config, so no login of this machine's user is picked up. */
  const noStoredLogin = () => mkdtempSync(join(work, 'config-'));

  it('pushes with the right login, and the password is in no log line', async () => {
    const { lines, log } = keptLog();
    const repository = `${world.registry}/private/app`;

    const { artifacts } = await runDockerChain([tag(repository), login(PASSWORD)], built, {
      engine,
      log,
      dockerConfigDir: noStoredLogin()
    });

    const pushed = artifacts.at(-1) as DockerImageArtifact;
    expect(pushed.digests).toEqual([
      expect.stringMatching(/^127\.0\.0\.1:\d+\/private\/app@sha256:[0-9a-f]{64}$/)
    ]);
    expect(lines).toContain(`docker-push: logging in to ${world.registry} as builder`);
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });

  it('fails at the login with the wrong password: names the registry and the user, never the password', async () => {
    const wrong = 'wrong-pw-123';
    const error = await runDockerChain([tag(`${world.registry}/private/wrong`), login(wrong)], built, {
      engine,
      log: keptLog().log,
      dockerConfigDir: noStoredLogin()
    }).catch(e => e);

    expect(error).toBeInstanceOf(DockerPostProcessorError);
    expect(error.message).toMatch(
      new RegExp(
        `^docker-push: logging in to ${world.registry.replace(/\./g, '\\.')} as builder failed: .*unauthorized.*\\. Check login_username and login_password \\(and login_server\\)$`,
        'is'
      )
    );
    expect(error.message).not.toContain(wrong);
  });

  it('without a login, says the registry refused and what to set', async () => {
    const error = await runDockerChain([tag(`${world.registry}/private/anonymous`), push()], built, {
      engine,
      log: keptLog().log,
      dockerConfigDir: noStoredLogin()
    }).catch(e => e);

    expect(error.message).toBe(
      `docker-push: push to ${world.registry} refused: authentication required. Set login: true with login_server: ${world.registry}, login_username and login_password, or run docker login ${world.registry} in an earlier step`
    );
  });

  it('uses a docker login done before the action (the CLI config), as the docker CLI would', async () => {
    const configDir = mkdtempSync(join(work, 'config-'));
    const auth = Buffer.from(`builder:${PASSWORD}`).toString('base64');
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { [world.registry]: { auth } } }));
    const { lines, log } = keptLog();

    const { artifacts } = await runDockerChain([tag(`${world.registry}/private/stored`), push()], built, {
      engine,
      log,
      dockerConfigDir: configDir
    });

    expect((artifacts.at(-1) as DockerImageArtifact).digests).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(PASSWORD);
  });
});
