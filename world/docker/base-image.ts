// The tests' base image, made on this machine since no public registry is reachable: a minimal root
// filesystem from Debian's busybox-static (one static binary, with a link per applet, so sh, mkdir,
// chmod, rm, cat and tar all exist), a root user and a /tmp, packed as a tarball for `docker import`.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUSYBOX = '/bin/busybox';

/** Writes the root filesystem under `dir`/rootfs and returns the path of its tarball. */
export function buildBaseRootfs(dir: string): string {
  const root = join(dir, 'rootfs');
  for (const d of ['bin', 'etc', 'root', 'tmp', 'dev', 'proc', 'sys', 'var/tmp']) {
    mkdirSync(join(root, d), { recursive: true });
  }
  chmodSync(join(root, 'tmp'), 0o1777);
  chmodSync(join(root, 'var/tmp'), 0o1777);
  copyFileSync(BUSYBOX, join(root, 'bin/busybox'));
  chmodSync(join(root, 'bin/busybox'), 0o755);
  const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const applet of applets) {
    if (applet !== 'busybox') symlinkSync('busybox', join(root, 'bin', applet));
  }
  mkdirSync(join(root, 'usr'), { recursive: true });
  symlinkSync('../bin', join(root, 'usr/bin'));
  writeFileSync(
    join(root, 'etc/passwd'),
    'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n'
  );
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  writeFileSync(join(root, 'etc/os-release'), 'ID=busybox\nNAME="build-ami test base"\n');
  const tarball = join(dir, 'rootfs.tar');
  execFileSync('tar', ['-C', root, '--owner=0', '--group=0', '--numeric-owner', '-cf', tarball, '.']);
  return tarball;
}
