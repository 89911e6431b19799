// The Engine client against a real dockerd and registry (the Docker world): pull, containers, exec with
// streamed output, stdin and exit codes, archives in and out, commit with changes, tag and push, and the
// errors a user reads when a call fails. Skipped, saying why, where dockerd cannot run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  commitContainer,
  createContainer,
  exec,
  exportContainer,
  getArchive,
  importImage,
  inspectImage,
  listContainersByLabel,
  ping,
  pullImage,
  pushImage,
  putArchive,
  removeContainer,
  removeImage,
  saveImages,
  splitTag,
  startContainer,
  tagImage,
  withDefaultTag,
  type EngineEndpoint
} from '../../src/docker/engine.js';
import { DockerOperationError } from '../../src/docker/errors.js';
import { TarReader, tarStream } from '../../src/docker/tar.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the Docker Engine client tests: ${dockerWorldUnavailable()}`);

describe('image references', () => {
  it.each([
    ['debian', 'debian:latest'],
    ['127.0.0.1:5000/debian', '127.0.0.1:5000/debian:latest'],
    ['127.0.0.1:5000/debian:minimal', '127.0.0.1:5000/debian:minimal'],
    ['debian@sha256:abc', 'debian@sha256:abc']
  ])('%s is pulled as %s', (ref, expected) => expect(withDefaultTag(ref)).toBe(expected));

  it('splits the tag, not the registry port', () => {
    expect(splitTag('127.0.0.1:5000/app:v1')).toEqual({ repository: '127.0.0.1:5000/app', tag: 'v1' });
    expect(splitTag('127.0.0.1:5000/app')).toEqual({ repository: '127.0.0.1:5000/app' });
  });
});

describe('without a daemon', () => {
  it('says no daemon answers, and where it looked', async () => {
    const endpoint = { socketPath: join(tmpdir(), 'no-such-docker.sock') };
    const error = await ping(endpoint).catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toMatch(
      /^Docker ping: reaching the daemon: .*No Docker daemon answers on .*no-such-docker\.sock/
    );
  });
});

(skip ? describe.skip : describe)('the Engine client against dockerd', () => {
  let world: DockerWorld;
  let engine: EngineEndpoint;
  let work: string;
  const containers: string[] = [];

  beforeAll(async () => {
    world = await startDockerWorld();
    engine = { socketPath: world.socketPath };
    work = mkdtempSync(join(tmpdir(), 'engine-test-'));
    await pullImage(engine, world.baseImage);
  }, 120_000);
  afterAll(async () => {
    for (const id of containers) await removeContainer(engine, id).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    await world?.stop();
  });

  async function running(labels: Record<string, string> = {}): Promise<string> {
    const id = await createContainer(engine, {
      Image: world.baseImage,
      Cmd: ['sleep', '3600'],
      Labels: labels
    });
    containers.push(id);
    await startContainer(engine, id);
    return id;
  }

  async function run(id: string, script: string, stdin?: string) {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const result = await exec(
      engine,
      id,
      { Cmd: ['sh', '-c', script] },
      {
        stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]),
        stdout: c => out.push(c),
        stderr: c => err.push(c)
      }
    );
    return { ...result, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
  }

  it('pulls an image from the registry', async () => {
    const image = await inspectImage(engine, world.baseImage);
    expect(image?.RepoTags).toContain(world.baseImage);
    expect(image?.Comment).toBe('build-ami test base image');
  });

  it('reports a missing image as a failed pull naming it', async () => {
    const missing = `${world.registry}/no-such-image:v1`;
    const error = await pullImage(engine, missing).catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toMatch(
      new RegExp(`^Docker pull: pulling ${missing.replace(/\./g, '\\.')}: .*(not found|unknown)`)
    );
  });

  it('runs a command, keeping stdout and stderr apart, and returns its exit code', async () => {
    const id = await running();
    const result = await run(id, 'echo out; echo err >&2; echo more; exit 3');
    expect(result).toEqual({ exitCode: 3, stdout: 'out\nmore\n', stderr: 'err\n' });
  });

  it('pipes stdin to the command until it ends', async () => {
    const id = await running();
    const result = await run(id, 'cat; echo done', 'line one\nline two\n');
    expect(result.stdout).toBe('line one\nline two\ndone\n');
    expect(result.exitCode).toBe(0);
  });

  it('streams large output whole', async () => {
    const id = await running();
    const result = await run(id, 'i=0; while [ $i -lt 20000 ]; do echo line-$i; i=$((i+1)); done');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20000);
    expect(lines[19999]).toBe('line-19999');
  });

  it('copies an archive in and a path back out', async () => {
    const id = await running();
    const src = join(work, 'in');
    mkdirSync(join(src, 'etc/app'), { recursive: true });
    writeFileSync(join(src, 'etc/app/config'), 'setting=1\n');
    const tar = execFileSync('tar', ['-C', src, '-cf', '-', 'etc']);
    await putArchive(engine, id, '/', tar);
    expect((await run(id, 'cat /etc/app/config')).stdout).toBe('setting=1\n');

    const res = await getArchive(engine, id, '/etc/app/config');
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    const out = join(work, 'out');
    mkdirSync(out);
    execFileSync('tar', ['-C', out, '-xf', '-'], { input: Buffer.concat(chunks) });
    expect(execFileSync('cat', [join(out, 'config')], { encoding: 'utf8' })).toBe('setting=1\n');
  });

  it('fails an upload whose archive stream fails, with the reason the stream gave', async () => {
    const id = await running();
    const file = join(work, 'short');
    writeFileSync(file, 'abc');
    const error = await putArchive(
      engine,
      id,
      '/tmp',
      tarStream([{ name: 'short', mode: 0o644, localPath: file, size: 99 }])
    ).catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toBe(
      `Docker upload: copying an archive into /tmp in container ${id.slice(0, 12)}: ${file} changed size while it was uploaded`
    );
  });

  it('names the container and the path when a copy fails', async () => {
    const id = await running();
    const error = await getArchive(engine, id, '/no/such/path').catch(e => e);
    expect(error.message).toMatch(
      /^Docker download: copying \/no\/such\/path out of container [0-9a-f]{12}: Could not find the file \/no\/such\/path/
    );
    expect(error.statusCode).toBe(404);
  });

  it('commits a container with changes, tags it and pushes it; the image pulls back with its files', async () => {
    const id = await running();
    await run(id, 'echo provisioned > /etc/provisioned');
    const imageId = await commitContainer(engine, id, {
      reference: 'built:v1',
      changes: [
        'LABEL org.opencontainers.image.revision=abc123',
        'ENV GREETING=hello',
        'CMD ["sh"]',
        'WORKDIR /srv'
      ],
      author: 'build-ami',
      comment: 'from the engine test'
    });
    expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const image = await inspectImage(engine, 'built:v1');
    expect(image?.Id).toBe(imageId);
    expect(image?.Author).toBe('build-ami');
    expect(image?.Config?.Labels).toEqual({ 'org.opencontainers.image.revision': 'abc123' });
    expect(image?.Config?.Env).toContain('GREETING=hello');
    expect(image?.Config?.Cmd).toEqual(['sh']);
    expect(image?.Config?.WorkingDir).toBe('/srv');

    const target = `${world.registry}/built:v1`;
    await tagImage(engine, 'built:v1', target);
    const pushed = await pushImage(engine, target, { auth: { username: 'any', password: 'thing' } });
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await removeImage(engine, target);
    await removeImage(engine, 'built:v1', { force: true });
    expect(await inspectImage(engine, target)).toBeUndefined();

    await pullImage(engine, target);
    expect((await inspectImage(engine, target))?.RepoDigests).toContain(
      `${world.registry}/built@${pushed.digest}`
    );
    const check = await createContainer(engine, { Image: target, Cmd: ['sleep', '3600'] });
    containers.push(check);
    await startContainer(engine, check);
    expect((await run(check, 'cat /etc/provisioned; echo $GREETING; pwd')).stdout).toBe(
      'provisioned\nhello\n/srv\n'
    );
  });

  it('exports a container and imports the export as an image with changes', async () => {
    const id = await running();
    await run(id, 'echo exported > /etc/exported');
    const archive: Buffer[] = [];
    for await (const c of await exportContainer(engine, id)) archive.push(c as Buffer);
    const imageId = await importImage(engine, Buffer.concat(archive), {
      reference: 'imported:v2',
      changes: ['ENV FROM_IMPORT=yes', 'CMD ["sh"]'],
      message: 'imported in the engine test'
    });
    const image = await inspectImage(engine, 'imported:v2');
    expect(image?.Id).toBe(imageId);
    expect(image?.Comment).toBe('imported in the engine test');
    expect(image?.Config?.Env).toContain('FROM_IMPORT=yes');
    const check = await createContainer(engine, { Image: 'imported:v2', Cmd: ['sleep', '3600'] });
    containers.push(check);
    await startContainer(engine, check);
    expect((await run(check, 'cat /etc/exported')).stdout).toBe('exported\n');
  });

  it('saves images as a docker save archive with their tags', async () => {
    const names: string[] = [];
    let manifest = '';
    const reader = new TarReader(entry => {
      names.push(entry.name);
      if (entry.name !== 'manifest.json') return undefined;
      return { write: c => (manifest += c.toString()), end: () => undefined };
    });
    for await (const c of await saveImages(engine, [world.baseImage])) reader.push(c as Buffer);
    expect(names).toContain('manifest.json');
    expect(JSON.parse(manifest)[0].RepoTags).toEqual([world.baseImage]);
  });

  it('names the image when saving one that does not exist', async () => {
    const error = await saveImages(engine, ['never-made:v1']).catch(e => e);
    expect(error.message).toMatch(/^Docker save: saving never-made:v1: reference does not exist$/);
  });

  it('reports a push to an unreachable registry as a failed push naming the image', async () => {
    await tagImage(engine, world.baseImage, '127.0.0.1:1/nowhere:v1');
    const error = await pushImage(engine, '127.0.0.1:1/nowhere:v1').catch(e => e);
    expect(error).toBeInstanceOf(DockerOperationError);
    expect(error.message).toMatch(/^Docker push: pushing 127\.0\.0\.1:1\/nowhere:v1: .*connect/);
  });

  it('finds containers by label and removes them, twice without complaint', async () => {
    const id = await running({ 'build-ami.build-id': 'b-123' });
    const found = await listContainersByLabel(engine, 'build-ami.build-id=b-123');
    expect(found.map(c => c.Id)).toEqual([id]);
    await removeContainer(engine, id);
    await removeContainer(engine, id);
    expect(await listContainersByLabel(engine, 'build-ami.build-id=b-123')).toEqual([]);
  });

  it('names the image when a container cannot be created from it', async () => {
    const error = await createContainer(engine, { Image: 'never-pulled:v9' }).catch(e => e);
    expect(error.message).toMatch(
      /^Docker create container: creating a container from never-pulled:v9: No such image/
    );
    expect(error.statusCode).toBe(404);
  });
});
