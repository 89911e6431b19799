// The tar the Engine's archive endpoints speak, checked against GNU tar both ways: what we write,
// tar extracts (modes, long names, symlinks); what tar writes (PAX and GNU long names), we read.
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TarReader, tarStream, writeTar, type TarEntry } from '../../src/docker/tar.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tar-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const longName = `deep/${'d'.repeat(120)}/${'f'.repeat(90)}.txt`;

function readAll(archive: Buffer, chunkSize: number) {
  const entries: (TarEntry & { content: string })[] = [];
  const reader = new TarReader(entry => {
    const chunks: Buffer[] = [];
    return {
      write: c => chunks.push(Buffer.from(c)),
      end: () => entries.push({ ...entry, content: Buffer.concat(chunks).toString() })
    };
  });
  for (let i = 0; i < archive.length; i += chunkSize) reader.push(archive.subarray(i, i + chunkSize));
  return { entries, ended: reader.ended };
}

it('writes archives GNU tar extracts, with modes, long names and symlinks', () => {
  const archive = writeTar([
    { name: 'bin', type: 'directory', mode: 0o755 },
    { name: 'bin/run.sh', type: 'file', mode: 0o750, content: Buffer.from('#!/bin/sh\necho hi\n') },
    { name: 'bin/link', type: 'symlink', mode: 0o777, linkTarget: 'run.sh' },
    { name: longName, type: 'file', mode: 0o600, content: Buffer.alloc(1500, 'x') }
  ]);
  execFileSync('tar', ['-C', dir, '-xf', '-'], { input: archive });
  expect(readFileSync(join(dir, 'bin/run.sh'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
  expect(lstatSync(join(dir, 'bin/run.sh')).mode & 0o777).toBe(0o750);
  expect(readlinkSync(join(dir, 'bin/link'))).toBe('run.sh');
  expect(readFileSync(join(dir, longName), 'utf8')).toBe('x'.repeat(1500));
  expect(lstatSync(join(dir, longName)).mode & 0o777).toBe(0o600);
});

it.each([
  ['posix', 1],
  ['posix', 700],
  ['gnu', 512],
  ['gnu', 100_000]
])('reads what GNU tar writes in %s format, in chunks of %i bytes', (format, chunkSize) => {
  const src = join(dir, 'src');
  mkdirSync(join(src, 'a/b'), { recursive: true });
  writeFileSync(join(src, 'a/b/file'), 'content\n');
  mkdirSync(join(src, longName, '..'), { recursive: true });
  writeFileSync(join(src, longName), 'y'.repeat(2000));
  symlinkSync('b/file', join(src, 'a/link'));
  const archive = execFileSync('tar', ['-C', src, `--format=${format}`, '-cf', '-', 'a', 'deep']);
  const { entries, ended } = readAll(archive, chunkSize);
  expect(ended).toBe(true);
  const byName = Object.fromEntries(entries.map(e => [e.name, e]));
  expect(byName['a/b/file']).toMatchObject({ type: 'file', size: 8, content: 'content\n' });
  expect(byName['a/b']).toMatchObject({ type: 'directory' });
  expect(byName['a/link']).toMatchObject({ type: 'symlink', linkTarget: 'b/file' });
  expect(byName[longName]).toMatchObject({ type: 'file', size: 2000, content: 'y'.repeat(2000) });
});

it('reads back what it writes', () => {
  const archive = writeTar([{ name: longName, type: 'file', mode: 0o644, content: Buffer.from('z') }]);
  expect(readAll(archive, 333).entries).toEqual([
    { name: longName, type: 'file', mode: 0o644, size: 1, linkTarget: '', content: 'z' }
  ]);
});

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

it('streams files from disk into an archive GNU tar extracts', async () => {
  const big = join(dir, 'big.bin');
  const content = Buffer.alloc(3 * 1024 * 1024 + 17, 'q');
  writeFileSync(big, content);
  const archive = await collect(
    tarStream([
      { name: 'data', type: 'directory', mode: 0o755 },
      { name: `data/${'n'.repeat(120)}.bin`, mode: 0o640, localPath: big, size: content.length },
      { name: 'data/small', type: 'file', mode: 0o644, content: Buffer.from('s') }
    ])
  );
  const out = join(dir, 'out');
  mkdirSync(out);
  execFileSync('tar', ['-C', out, '-xf', '-'], { input: archive, maxBuffer: 64 << 20 });
  expect(readFileSync(join(out, 'data', `${'n'.repeat(120)}.bin`)).equals(content)).toBe(true);
  expect(lstatSync(join(out, 'data', `${'n'.repeat(120)}.bin`)).mode & 0o777).toBe(0o640);
  expect(readFileSync(join(out, 'data/small'), 'utf8')).toBe('s');
});

it('fails the stream when a file is not the size it was listed with', async () => {
  const file = join(dir, 'shrunk');
  writeFileSync(file, 'abc');
  await expect(
    collect(tarStream([{ name: 'shrunk', mode: 0o644, localPath: file, size: 10 }]))
  ).rejects.toThrow(`${file} changed size while it was uploaded`);
});
