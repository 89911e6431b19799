// The file provisioner on a real instance over SFTP, with Packer's trailing-slash rules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Communicator } from '../../src/communicator/types.js';
import { ProvisionerError } from '../../src/errors.js';
import type { FileConfig } from '../../src/provisioners/config.js';
import { provisionerFromConfig } from '../../src/provisioners/index.js';
import { startEc2Simulator, type Ec2Simulator } from '../../world/ec2/simulator.js';
import { recordingContext } from './context.js';
import { connectToNewInstance, remoteLines } from './machine.js';

let sim: Ec2Simulator;
let ssh: Communicator;
const local = mkdtempSync(join(tmpdir(), 'file-test-'));

beforeAll(async () => {
  sim = await startEc2Simulator({});
  ({ ssh } = await connectToNewInstance(sim));
  // A small site: app/index.html, app/css/site.css, app/bin/start (executable).
  mkdirSync(join(local, 'app', 'css'), { recursive: true });
  mkdirSync(join(local, 'app', 'bin'));
  writeFileSync(join(local, 'app', 'index.html'), '<h1>hi</h1>\n');
  writeFileSync(join(local, 'app', 'css', 'site.css'), 'body{}\n');
  writeFileSync(join(local, 'app', 'bin', 'start'), '#!/bin/sh\necho started\n', { mode: 0o755 });
  writeFileSync(join(local, 'motd'), 'welcome\n', { mode: 0o644 });
});
afterAll(async () => {
  await ssh?.close();
  await sim.stop();
  rmSync(local, { recursive: true, force: true });
});

async function provision(config: Omit<FileConfig, 'type'>) {
  const recorded = recordingContext({ communicator: ssh, cwd: local });
  await provisionerFromConfig({ type: 'file', ...config }).run(recorded.ctx);
  return recorded;
}

const remote = (command: string) => remoteLines(ssh, command);

test('uploads a file to a path, and into a directory when the destination ends with /', async () => {
  const { messages } = await provision({ source: 'motd', destination: '/tmp/motd.txt' });
  expect(messages).toEqual(['info: Uploading motd => /tmp/motd.txt']);
  await provision({ source: join(local, 'motd'), destination: '/tmp/' });
  expect(await remote('cat /tmp/motd.txt /tmp/motd; stat -c %a /tmp/motd')).toEqual([
    'welcome',
    'welcome',
    '644'
  ]);
});

test('uploads several sources into a directory', async () => {
  await remote('mkdir -p /tmp/several');
  await provision({ sources: ['motd', 'app/index.html'], destination: '/tmp/several/' });
  expect(await remote('cd /tmp/several && ls')).toEqual(['index.html', 'motd']);
});

test('a directory without a trailing slash is uploaded as itself', async () => {
  await remote('mkdir -p /tmp/as-itself');
  await provision({ source: 'app', destination: '/tmp/as-itself' });
  expect(await remote('cd /tmp/as-itself && find . -type f | sort && app/bin/start')).toEqual([
    './app/bin/start',
    './app/css/site.css',
    './app/index.html',
    'started'
  ]);
});

test('a directory with a trailing slash uploads its contents', async () => {
  await provision({ source: 'app/', destination: '/tmp/contents' });
  expect(await remote('cd /tmp/contents && find . -type f | sort')).toEqual([
    './bin/start',
    './css/site.css',
    './index.html'
  ]);
});

test('content becomes the destination file, private as Packer makes it', async () => {
  await provision({ content: 'key=value\nother="x"\n', destination: '/tmp/app.conf' });
  expect(await remote('cat /tmp/app.conf; stat -c %a /tmp/app.conf')).toEqual([
    'key=value',
    'other="x"',
    '600'
  ]);
});

test('a file uploaded onto an existing directory says to end the destination with /', async () => {
  const error = await provision({ source: 'motd', destination: '/tmp/contents' }).catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toMatch(
    /^file provisioner: could not upload motd to \/tmp\/contents: .*If \/tmp\/contents is a directory, end the destination with "\/"$/
  );
});

test('a missing source names where it looked', async () => {
  const error = await provision({ source: 'nope.txt', destination: '/tmp/' }).catch(e => e);
  expect(error.message).toMatch(
    /^file provisioner: nope.txt: no such file or directory \(looked for \/\S+\/nope\.txt; relative paths are read from the working directory/
  );
});

test('downloads a file, into a directory when the destination ends with /', async () => {
  await remote('echo from the machine > /tmp/report.txt');
  const { messages } = await provision({
    direction: 'download',
    source: '/tmp/report.txt',
    destination: 'out/r.txt'
  });
  expect(messages).toEqual(['info: Downloading /tmp/report.txt => out/r.txt']);
  expect(readFileSync(join(local, 'out', 'r.txt'), 'utf8')).toBe('from the machine\n');
  await provision({ direction: 'download', source: '/tmp/report.txt', destination: 'out/dir/' });
  expect(readFileSync(join(local, 'out', 'dir', 'report.txt'), 'utf8')).toBe('from the machine\n');
});

test('downloads a directory whose source ends with /', async () => {
  await provision({ direction: 'download', source: '/tmp/contents/', destination: 'fetched' });
  expect(readFileSync(join(local, 'fetched', 'css', 'site.css'), 'utf8')).toBe('body{}\n');
  expect(statSync(join(local, 'fetched', 'bin', 'start')).mode & 0o777).toBe(0o755);
  const error = await provision({ direction: 'download', source: '/tmp/contents', destination: 'x' }).catch(
    e => e
  );
  expect(error.message).toMatch(
    /is a directory, not a file. To download a directory, end the source with "\/"$/
  );
});

test('a downloaded tree does not follow symlinks: not out of the tree, not round a loop', async () => {
  await remote(
    [
      'rm -rf /tmp/hostile && mkdir -p /tmp/hostile/logs/sub',
      'echo kept > /tmp/hostile/logs/app.log',
      'echo deeper > /tmp/hostile/logs/sub/more.log',
      'ln -s / /tmp/hostile/root',
      'ln -s /etc /tmp/hostile/logs/etc',
      'ln -s /etc/passwd /tmp/hostile/passwd',
      'ln -s .. /tmp/hostile/logs/sub/loop',
      'ln -s /tmp/hostile /tmp/hostile/self',
      'mkfifo /tmp/hostile/fifo'
    ].join(' && ')
  );
  const { messages } = await provision({
    direction: 'download',
    source: '/tmp/hostile/',
    destination: 'hostile'
  });
  const fetched = join(local, 'hostile');
  const found = execFileSync('find', ['.', '-printf', '%y %p\n'], { cwd: fetched, encoding: 'utf8' })
    .trim()
    .split('\n')
    .sort();
  expect(found).toEqual(['d .', 'd ./logs', 'd ./logs/sub', 'f ./logs/app.log', 'f ./logs/sub/more.log']);
  expect(messages).toEqual([
    'info: Downloading /tmp/hostile/ => hostile',
    expect.stringMatching(
      /^info: Skipped 6 symlink\(s\) or special file\(s\) in \/tmp\/hostile\/ \(symlinks are not followed\): /
    )
  ]);
  for (const name of ['root', 'logs/etc', 'passwd', 'logs/sub/loop', 'self', 'fifo'])
    expect(messages[1]).toContain(name);
});

test('a download with more entries than the limit stops with an error that says how to raise it', async () => {
  await remote('rm -rf /tmp/many && mkdir -p /tmp/many/a && cd /tmp/many/a && seq 1 30 | xargs touch');
  const env = { ...process.env, BUILD_AMI_DOWNLOAD_MAX_FILES: '20' };
  const recorded = recordingContext({ communicator: ssh, cwd: local, env });
  const error = await provisionerFromConfig({
    type: 'file',
    direction: 'download',
    source: '/tmp/many/',
    destination: 'many'
  })
    .run(recorded.ctx)
    .catch(e => e);
  expect(error).toBeInstanceOf(ProvisionerError);
  expect(error.message).toBe(
    'file provisioner: stopped the download /tmp/many/ to ' +
      `${join(local, 'many')}: /tmp/many/ holds more than 20 entries. The limit (20 entries) keeps a ` +
      "download from filling the runner's disk; to raise it, set BUILD_AMI_DOWNLOAD_MAX_FILES in the step's env"
  );
});

test('a tree or a file bigger than the byte limit stops before anything is fetched', async () => {
  // Sparse: 11 GiB by its size, nothing on disk.
  await remote('rm -rf /tmp/big && mkdir -p /tmp/big && truncate -s 11G /tmp/big/disk.img');
  const tree = await provision({ direction: 'download', source: '/tmp/big/', destination: 'big' }).catch(
    e => e
  );
  expect(tree.message).toMatch(
    /^file provisioner: stopped the download \/tmp\/big\/ to .*: the files in \/tmp\/big\/ hold more than 10737418240 bytes\. The limit \(10737418240 bytes\) .*BUILD_AMI_DOWNLOAD_MAX_BYTES in the step's env$/
  );
  const file = await provision({
    direction: 'download',
    source: '/tmp/big/disk.img',
    destination: 'big.img'
  }).catch(e => e);
  expect(file.message).toMatch(/\/tmp\/big\/disk.img is 11811160064 bytes, more than 10737418240\. /);
  expect(existsSync(join(local, 'big', 'disk.img'))).toBe(false);
  expect(existsSync(join(local, 'big.img'))).toBe(false);
});

test('a file over a lowered byte limit by the time it is fetched is refused', async () => {
  await remote('rm -rf /tmp/grows && mkdir -p /tmp/grows && head -c 1024 /dev/zero > /tmp/grows/f');
  const env = { ...process.env, BUILD_AMI_DOWNLOAD_MAX_BYTES: String(4 * 1024 * 1024) };
  const recorded = recordingContext({ communicator: ssh, cwd: local, env });
  await remote('truncate -s 64M /tmp/grows/f');
  const error = await provisionerFromConfig({
    type: 'file',
    direction: 'download',
    source: '/tmp/grows/f',
    destination: 'grows'
  })
    .run(recorded.ctx)
    .catch(e => e);
  expect(error.message).toMatch(/is 67108864 bytes, more than 4194304\. /);
  // And the connection is still good for what comes next.
  expect(await remote('echo still here')).toEqual(['still here']);
});
