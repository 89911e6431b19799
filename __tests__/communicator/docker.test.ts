// The docker communicator in a real container (the Docker world): the shell and file provisioners run
// unchanged through exec and the archive endpoints; exec_user, stdin, env, limits and cancellation
// behave as over SSH. Skipped, saying why, where dockerd cannot run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { dockerCommunicator } from '../../src/communicator/docker.js';
import { DownloadLimitError, type Communicator } from '../../src/communicator/types.js';
import {
  createContainer,
  pullImage,
  removeContainer,
  startContainer,
  type EngineEndpoint
} from '../../src/docker/engine.js';
import { CommunicatorError, ProvisionerError } from '../../src/errors.js';
import type { FileConfig, ShellConfig } from '../../src/provisioners/config.js';
import { provisionerFromConfig } from '../../src/provisioners/index.js';
import { dockerWorldUnavailable, startDockerWorld, type DockerWorld } from '../../world/docker/world.js';
import { recordingContext } from '../provisioners/context.js';

const skip = dockerWorldUnavailable() !== undefined && process.env.BUILD_AMI_REQUIRE_DOCKER !== '1';
if (skip) console.warn(`Skipping the docker communicator tests: ${dockerWorldUnavailable()}`);

(skip ? describe.skip : describe)('the docker communicator', () => {
  let world: DockerWorld;
  let engine: EngineEndpoint;
  let container: string;
  let comm: Communicator;
  let local: string;

  beforeAll(async () => {
    world = await startDockerWorld();
    engine = { socketPath: world.socketPath };
    await pullImage(engine, world.baseImage);
    container = await createContainer(engine, { Image: world.baseImage, Cmd: ['sleep', '3600'] });
    await startContainer(engine, container);
    comm = dockerCommunicator({ endpoint: engine, containerId: container });
    local = mkdtempSync(join(tmpdir(), 'docker-comm-'));
    mkdirSync(join(local, 'app/bin'), { recursive: true });
    writeFileSync(join(local, 'app/index.html'), '<h1>hi</h1>\n');
    writeFileSync(join(local, 'app/bin/start'), '#!/bin/sh\necho started\n', { mode: 0o755 });
    writeFileSync(join(local, 'motd'), 'welcome\n', { mode: 0o640 });
  }, 120_000);
  afterAll(async () => {
    await comm?.close();
    if (container) await removeContainer(engine, container);
    rmSync(local, { recursive: true, force: true });
    await world?.stop();
  });

  async function remote(command: string): Promise<string[]> {
    const lines: string[] = [];
    const { exitCode } = await comm.exec(command, {
      onStdout: l => lines.push(l),
      onStderr: l => lines.push(`err: ${l}`)
    });
    if (exitCode !== 0) throw new Error(`${command} exited ${exitCode}: ${lines.join('\n')}`);
    return lines;
  }

  async function shell(config: Omit<ShellConfig, 'type'>) {
    const recorded = recordingContext({ communicator: comm, cwd: local });
    await provisionerFromConfig({ type: 'shell', ...config }).run(recorded.ctx);
    return recorded;
  }

  async function file(config: Omit<FileConfig, 'type'>) {
    const recorded = recordingContext({ communicator: comm, cwd: local });
    await provisionerFromConfig({ type: 'file', ...config }).run(recorded.ctx);
    return recorded;
  }

  it('runs the shell provisioner: output line by line, Packer variables, the script removed', async () => {
    const { stdout, stderr } = await shell({
      inline: ['echo one', 'echo two >&2', 'echo "builder $PACKER_BUILDER_TYPE"', 'printf "no newline"']
    });
    expect(stdout).toEqual(['one', 'builder amazon-ebs', 'no newline']);
    expect(stderr).toEqual(['two']);
    expect(await remote('ls /tmp/script_*.sh 2>/dev/null | wc -l')).toEqual(['0']);
  });

  it('fails the shell provisioner with the script exit code', async () => {
    const error = await shell({ inline: ['echo before', 'exit 7'] }).catch(e => e);
    expect(error).toBeInstanceOf(ProvisionerError);
    expect(error).toMatchObject({ exitCode: 7 });
  });

  it('runs the file provisioner: a file keeps its mode, a directory goes as itself or as its contents', async () => {
    await file({ source: 'motd', destination: '/tmp/motd.txt' });
    await remote('mkdir -p /srv/site');
    await file({ source: 'app', destination: '/srv/site' });
    await file({ source: 'app/', destination: '/srv/contents' });
    await file({ content: 'key=value\n', destination: '/etc/app.conf' });
    expect(await remote('cat /tmp/motd.txt; stat -c %a /tmp/motd.txt')).toEqual(['welcome', '640']);
    expect(await remote('cd /srv && find site contents -type f | sort && site/app/bin/start')).toEqual([
      'contents/bin/start',
      'contents/index.html',
      'site/app/bin/start',
      'site/app/index.html',
      'started'
    ]);
    expect(await remote('cat /etc/app.conf; stat -c %a /etc/app.conf')).toEqual(['key=value', '600']);
  });

  it('uploads a large local file whole, streamed from disk', async () => {
    const big = join(local, 'big.bin');
    const content = Buffer.alloc(8 * 1024 * 1024 + 3, 7);
    writeFileSync(big, content, { mode: 0o600 });
    await comm.upload('/tmp/big.bin', { localPath: big });
    expect(
      await remote('wc -c < /tmp/big.bin; stat -c %a /tmp/big.bin; md5sum /tmp/big.bin | cut -d" " -f1')
    ).toEqual([String(content.length), '600', createHash('md5').update(content).digest('hex')]);
  });

  it('downloads a file (through a symlink) and a directory, skipping the symlinks inside it', async () => {
    await remote(
      'mkdir -p /out/tree/sub && echo report > /out/tree/sub/r.txt && ln -s sub/r.txt /out/tree/link && ln -s /out/tree/sub/r.txt /out/pointer'
    );
    await file({ direction: 'download', source: '/out/pointer', destination: 'got/one.txt' });
    expect(readFileSync(join(local, 'got/one.txt'), 'utf8')).toBe('report\n');
    const result = await comm.downloadDirectory('/out/tree', join(local, 'tree'));
    expect(result).toEqual({ files: 1, bytes: 7, skipped: ['link'] });
    expect(readFileSync(join(local, 'tree/sub/r.txt'), 'utf8')).toBe('report\n');
    expect(existsSync(join(local, 'tree/link'))).toBe(false);
    expect(statSync(join(local, 'tree/sub')).isDirectory()).toBe(true);
  });

  it('stops a download past its byte limit', async () => {
    await remote('head -c 5000 /dev/zero > /out/big');
    const error = await comm
      .download('/out/big', join(local, 'big'), { maxFiles: 10, maxBytes: 1000 })
      .catch(e => e);
    expect(error).toBeInstanceOf(DownloadLimitError);
    expect(error.message).toBe('/out/big is 5000 bytes, more than 1000');
  });

  it('names the path and the container when a download fails', async () => {
    const error = await comm.download('/no/such', join(local, 'x')).catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(/^Docker download: copying \/no\/such out of container [0-9a-f]{12}: /);
  });

  it('pipes stdin and passes env with execStream', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', c => chunks.push(c));
    const result = await comm.execStream(
      'echo "$GREETING"; cat',
      { stdin: Readable.from([Buffer.from('from stdin\n')]), stdout, stderr: new PassThrough() },
      { env: { GREETING: 'hello' } }
    );
    expect(result.exitCode).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe('hello\nfrom stdin\n');
  });

  it('runs commands as exec_user', async () => {
    const asNobody = dockerCommunicator({ endpoint: engine, containerId: container, user: 'nobody' });
    const lines: string[] = [];
    await asNobody.exec('id -u', { onStdout: l => lines.push(l) });
    expect(lines).toEqual(['65534']);
  });

  it("hands uploads to the container user with fix_upload_owner, and leaves them root's without", async () => {
    const fixed = dockerCommunicator({ endpoint: engine, containerId: container, uploadOwner: 'nobody' });
    await fixed.upload('/tmp/owned.txt', 'mine\n');
    await fixed.uploadDirectory(join(local, 'app'), '/srv/owned');
    await comm.upload('/tmp/root.txt', 'root\n');
    expect(await remote('stat -c %U /tmp/owned.txt /srv/owned /srv/owned/bin/start /tmp/root.txt')).toEqual([
      'nobody',
      'nobody',
      'nobody',
      'root'
    ]);
  });

  it('says which owner could not be set', async () => {
    const fixed = dockerCommunicator({
      endpoint: engine,
      containerId: container,
      uploadOwner: 'no-such-user'
    });
    const error = await fixed.upload('/tmp/x.txt', 'x').catch(e => e);
    expect(error).toBeInstanceOf(CommunicatorError);
    expect(error.message).toMatch(
      /^Could not set the owner of \/tmp\/x\.txt to no-such-user in container [0-9a-f]{12}: .*unknown user/i
    );
  });

  it('rejects with the reason when the command is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled by the test')), 300);
    const started = Date.now();
    const error = await comm.exec('sleep 30', { signal: controller.signal }).catch(e => e);
    expect(error.message).toBe('cancelled by the test');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses to work once closed', async () => {
    const closed = dockerCommunicator({ endpoint: engine, containerId: container });
    await closed.close();
    await expect(closed.exec('true')).rejects.toThrow(/is closed/);
  });
});
