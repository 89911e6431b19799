// File functions against Packer's documentation (functions/file/*.mdx) in a temporary working directory
// laid out as the fileset page's pkr-consul example; every file read is reported to the context.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HclValue } from '../../../../src/template/hcl2/value.js';
import { call, failure, makeContext } from './call.js';

const cwd = mkdtempSync(join(tmpdir(), 'hcl-files-'));
const write = (relative: string, content: string | Buffer): void => {
  mkdirSync(join(cwd, relative, '..'), { recursive: true });
  writeFileSync(join(cwd, relative), content);
};
write('build-linux.pkr.hcl', 'source {}\n');
write('linux/files/hello.txt', 'Hello World');
write('linux/files/world.txt', 'world');
write('linux/scripts/script-1-install.sh', '#!/bin/sh\n');
write('linux/scripts/script-2-setup.sh', '#!/bin/sh\n');
write('.hidden/x.txt', 'x');
write('binary.bin', Buffer.from([0xff, 0xfe, 0x00]));
write('backends.tmpl', '%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n');
symlinkSync(join(cwd, 'linux/files/hello.txt'), join(cwd, 'link.txt'));

const context = () => makeContext({ cwd, env: { HOME: '/home/steve' } });

describe('file functions: the documented examples', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['abspath', ['some/packer/root'], `${cwd}/some/packer/root`],
    ['basename', ['foo/bar/baz.txt'], 'baz.txt'],
    ['dirname', ['foo/bar/baz.txt'], 'foo/bar'],
    ['file', ['linux/files/hello.txt'], 'Hello World'],
    ['filebase64', ['linux/files/hello.txt'], 'SGVsbG8gV29ybGQ='],
    ['fileexists', ['linux/files/hello.txt'], true],
    ['fileset', ['.', '*'], ['binary.bin', 'backends.tmpl', 'build-linux.pkr.hcl', 'link.txt'].sort()],
    [
      'fileset',
      ['.', 'linux/scripts/*'],
      ['linux/scripts/script-1-install.sh', 'linux/scripts/script-2-setup.sh']
    ],
    ['fileset', ['linux', 'files/{hello,world}.txt'], ['files/hello.txt', 'files/world.txt']],
    ['fileset', ['./linux/files', '*'], ['hello.txt', 'world.txt']],
    [
      'fileset',
      ['./linux', '**'],
      ['files/hello.txt', 'files/world.txt', 'scripts/script-1-install.sh', 'scripts/script-2-setup.sh']
    ],
    ['pathexpand', ['~/.ssh/id_rsa'], '/home/steve/.ssh/id_rsa'],
    ['pathexpand', ['/etc/resolv.conf'], '/etc/resolv.conf']
  ])('%s, example %#', (name, args, expected) => {
    expect(call(name, args, context())).toEqual(expected);
  });

  it('templatefile reads the file and hands its text, name and variables to the renderer', () => {
    const ctx = context();
    const vars = { port: 8080, ip_addrs: ['10.0.0.1', '10.0.0.2'] };
    expect(call('templatefile', ['backends.tmpl', vars], ctx)).toBe(
      '%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n'
    );
    expect(ctx.rendered).toEqual([
      {
        text: '%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n',
        file: 'backends.tmpl',
        vars
      }
    ]);
    expect(ctx.filesRead).toEqual([join(cwd, 'backends.tmpl')]);
  });

  it('reports what the file functions read', () => {
    const ctx = context();
    call('file', ['linux/files/hello.txt'], ctx);
    call('fileset', ['linux', 'files/*'], ctx);
    call('filebase64', ['linux/files/world.txt'], ctx);
    expect(ctx.filesRead).toEqual([
      join(cwd, 'linux/files/hello.txt'),
      join(cwd, 'linux/files/hello.txt'),
      join(cwd, 'linux/files/world.txt'),
      join(cwd, 'linux/files/world.txt')
    ]);
  });
});

describe('file functions: Go path semantics', () => {
  it.each<[string, HclValue[], HclValue]>([
    ['basename', [''], '.'],
    ['basename', ['/'], '/'],
    ['basename', ['foo/bar/'], 'bar'],
    ['dirname', [''], '.'],
    ['dirname', ['foo'], '.'],
    ['dirname', ['/foo'], '/'],
    ['dirname', ['foo/bar/'], 'foo/bar'],
    ['dirname', ['a//b/../c/d'], 'a/c'],
    ['abspath', ['/x/../y/'], '/y'],
    ['pathexpand', ['~'], '/home/steve'],
    ['pathexpand', ['x~'], 'x~'],
    ['file', ['~/../../' + cwd.slice(1) + '/linux/files/world.txt'], 'world'],
    ['fileexists', ['nothing.txt'], false],
    ['fileexists', ['link.txt'], true],
    ['fileset', ['.', '**/hello.txt'], ['linux/files/hello.txt']],
    ['fileset', ['.', '.hidden/*'], ['.hidden/x.txt']],
    ['fileset', ['.', 'linux/*/[hw]*.txt'], ['linux/files/hello.txt', 'linux/files/world.txt']],
    ['fileset', ['.', 'linux/files/?ello.txt'], ['linux/files/hello.txt']],
    ['fileset', ['missing', '*'], []],
    ['fileset', ['.', 'linux'], []]
  ])('%s, case %#', (name, args, expected) => {
    expect(call(name, args, context())).toEqual(expected);
  });
});

describe('file functions: errors', () => {
  it.each<[string, HclValue[], string]>([
    ['file', ['missing.txt'], `Call to function "file" failed: no file exists at ${cwd}/missing.txt.`],
    ['file', ['linux'], `Call to function "file" failed: failed to read ${cwd}/linux.`],
    [
      'file',
      ['binary.bin'],
      'Call to function "file" failed: contents of binary.bin are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead.'
    ],
    [
      'file',
      ['~root/x'],
      'Call to function "file" failed: failed to expand ~: cannot expand user-specific home dir.'
    ],
    [
      'filebase64',
      ['missing.txt'],
      'Call to function "filebase64" failed: failed to read file "missing.txt": open missing.txt: no such file or directory.'
    ],
    [
      'filebase64',
      ['linux'],
      'Call to function "filebase64" failed: failed to read file "linux": read linux: is a directory.'
    ],
    [
      'fileexists',
      ['linux'],
      `Call to function "fileexists" failed: ${cwd}/linux is not a regular file, but "drwxr-xr-x".`
    ],
    [
      'fileset',
      ['.', 'linux/[a'],
      `Call to function "fileset" failed: failed to glob pattern (${cwd}/linux/[a): syntax error in pattern.`
    ],
    [
      'templatefile',
      ['backends.tmpl', 'x'],
      'Invalid value for "vars" parameter: invalid vars value: must be a map.'
    ],
    [
      'templatefile',
      ['backends.tmpl', { '1st': 1 }],
      'Invalid value for "vars" parameter: invalid template variable name "1st": must start with a letter, followed by zero or more letters, digits, and underscores.'
    ],
    [
      'templatefile',
      ['nope.tmpl', {}],
      `Call to function "templatefile" failed: no file exists at ${cwd}/nope.tmpl.`
    ],
    ['pathexpand', ['~bob'], 'Call to function "pathexpand" failed: cannot expand user-specific home dir.']
  ])('%s fails, case %#', (name, args, detail) => {
    expect(failure(name, args, context())).toBe(detail);
  });
});
