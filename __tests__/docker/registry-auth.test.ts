// A registry that requires a login: the Engine client's credentials (X-Registry-Auth, /auth) are what
// let a pull or a push through, and a refused login is an error naming the operation and the registry.
// The password never appears in an error. Skipped, saying why, where dockerd cannot run.
import {
  checkLogin,
  pullImage,
  pushImage,
  tagImage,
  type EngineEndpoint,
  type RegistryAuth
} from '../../src/docker/engine.js';
import { DockerOperationError } from '../../src/docker/errors.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the registry login tests: ${dockerWorldUnavailable()}`);

(skip ? describe.skip : describe)('a registry that requires a login', () => {
  let world: DockerWorld;
  let engine: EngineEndpoint;
  let good: RegistryAuth;
  let bad: RegistryAuth;

  beforeAll(async () => {
    world = await startDockerWorld({ registryUser: { username: 'builder', password: 's3cret-pw' } });
    engine = { socketPath: world.socketPath };
    good = { username: 'builder', password: 's3cret-pw', serveraddress: world.registry };
    bad = { ...good, password: 'wrong-pw' };
  }, 120_000);
  afterAll(() => world?.stop());

  it('refuses an anonymous pull, naming the image', async () => {
    const error = await pullImage(engine, world.baseImage).catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toMatch(
      new RegExp(
        `^Docker pull: pulling ${world.baseImage.replace(/\./g, '\\.')}: .*(no basic auth credentials|unauthorized)`
      )
    );
  });

  it('accepts good credentials and refuses bad ones, without showing the password', async () => {
    await expect(checkLogin(engine, good)).resolves.toEqual({ identityToken: undefined });
    const error = await checkLogin(engine, bad).catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toMatch(
      new RegExp(
        `^Docker login: logging in to ${world.registry.replace(/\./g, '\\.')} as builder: .*unauthorized`,
        'i'
      )
    );
    expect(error.message).not.toContain('wrong-pw');
  });

  it('pulls and pushes with the login', async () => {
    await pullImage(engine, world.baseImage, { auth: good });
    const target = `${world.registry}/pushed:v1`;
    await tagImage(engine, world.baseImage, target);
    const refused = await pushImage(engine, target, { auth: bad }).catch(e => e);
    expect(refused.message).toMatch(
      /^Docker push: pushing .*\/pushed:v1: .*(unauthorized|authentication required)/
    );
    const { digest } = await pushImage(engine, target, { auth: good });
    expect(digest).toMatch(/^sha256:/);
  });
});
