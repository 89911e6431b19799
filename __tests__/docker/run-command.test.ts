// run_command, read as docker run reads it, into the Engine's create body: Packer's default keeps a
// shell waiting on stdin so the container stays up for provisioning; the options templates use map
// to their Engine fields; anything else is refused by name. The default is proven in a real container.
import {
  createContainer,
  exec,
  inspectImage,
  pullImage,
  removeContainer,
  startContainer
} from '../../src/docker/engine.js';
import { parseRunCommand, RunCommandError } from '../../src/docker/run-command.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const PACKER_DEFAULT = ['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', 'debian:12'];

describe('reading run_command', () => {
  it("reads Packer's default: a shell on an open stdin and a TTY", () => {
    expect(parseRunCommand(PACKER_DEFAULT)).toEqual({
      spec: { Image: 'debian:12', Entrypoint: ['/bin/sh'], OpenStdin: true, AttachStdin: true, Tty: true }
    });
  });

  it('reads grouped short options, values in every spelling, and the command after the image', () => {
    const { spec, name, platform } = parseRunCommand([
      '-dit',
      '-e',
      'A=1',
      '--env=B=2',
      '-uapp',
      '--workdir',
      '/srv',
      '-v',
      '/host:/guest:ro',
      '--cap-add=NET_ADMIN',
      '--cap-drop',
      'MKNOD',
      '--privileged',
      '--label',
      'team=web',
      '--net=host',
      '--name',
      'builder-1',
      '--platform=linux/amd64',
      '--tmpfs',
      '/run:size=64m',
      'debian:12',
      'sleep',
      'infinity'
    ]);
    expect(name).toBe('builder-1');
    expect(platform).toBe('linux/amd64');
    expect(spec).toEqual({
      Image: 'debian:12',
      Cmd: ['sleep', 'infinity'],
      Env: ['A=1', 'B=2'],
      User: 'app',
      WorkingDir: '/srv',
      Labels: { team: 'web' },
      OpenStdin: true,
      AttachStdin: true,
      Tty: true,
      HostConfig: {
        Binds: ['/host:/guest:ro'],
        CapAdd: ['NET_ADMIN'],
        CapDrop: ['MKNOD'],
        Privileged: true,
        NetworkMode: 'host',
        Tmpfs: { '/run': 'size=64m' }
      }
    });
  });

  it.each([
    [['--memory=1g', 'debian'], /^docker run option --memory is not supported; use one of .*--cap-add/],
    [['-p', '80:80', 'debian'], /^docker run option -p is not supported/],
    [['-d', '--'], /^no image/],
    [['--entrypoint'], /^--entrypoint needs a value$/]
  ])('refuses %j', (args, message) => {
    expect(() => parseRunCommand(args)).toThrow(RunCommandError);
    expect(() => parseRunCommand(args)).toThrow(message);
  });
});

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the run_command container test: ${dockerWorldUnavailable()}`);

(skip ? describe.skip : describe)("Packer's default run_command in a real container", () => {
  let world: DockerWorld;
  beforeAll(async () => {
    world = await startDockerWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it('keeps the container up for exec until it is removed', async () => {
    const engine = { socketPath: world.socketPath };
    await pullImage(engine, world.baseImage);
    expect(await inspectImage(engine, world.baseImage)).toBeDefined();
    const { spec } = parseRunCommand(['-d', '-i', '-t', '--entrypoint=/bin/sh', '--', world.baseImage]);
    const id = await createContainer(engine, spec);
    try {
      await startContainer(engine, id);
      await new Promise(r => setTimeout(r, 500));
      const out: Buffer[] = [];
      const { exitCode } = await exec(
        engine,
        id,
        { Cmd: ['sh', '-c', 'echo alive'] },
        { stdout: c => out.push(c), stderr: () => undefined }
      );
      expect(exitCode).toBe(0);
      expect(Buffer.concat(out).toString()).toBe('alive\n');
      expect(await world.docker('inspect', '-f', '{{.State.Running}}', id)).toBe('true\n');
    } finally {
      await removeContainer(engine, id);
    }
    expect(await world.docker('ps', '-aq')).toBe('');
  });
});
