// A simulated instance's machine, as far as SSH can tell: a real OpenSSH sshd listening on
// the instance's own loopback address, running in a private mount namespace whose root is
// an overlay of the image's layers over this machine's filesystem. Whatever a provisioner
// writes lands in the instance's own upper layer, so an image made from the instance can
// carry those files, and other instances never see them. The login user exists only inside
// the instance (its own /etc/passwd), the way cloud-init creates it, with the launch key
// in ~/.ssh/authorized_keys and passwordless sudo.
// An image's files are layers (directories); an instance of it starts with them copied in.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export interface InstanceHostOptions {
  /** Directory owned by this instance: upper/, work/ and merged/ live here. */
  dir: string;
  address: string;
  port: number;
  user: string;
  authorizedKeys: string[];
  /** Image layers, newest first, copied into the instance's layer at first boot; this machine's / lies beneath. */
  layers: string[];
  hostPrivateKey: string;
  /** Milliseconds after start before sshd accepts connections, as a booting machine. */
  bootDelayMs?: number;
}

export class InstanceHost {
  private constructor(
    private readonly process: ChildProcess,
    readonly address: string,
    readonly port: number,
    private readonly stderr: () => string
  ) {}

  static upperDir(dir: string): string {
    return join(dir, 'upper');
  }

  static async start(options: InstanceHostOptions): Promise<InstanceHost> {
    if (process.getuid?.() !== 0) {
      throw new Error(
        'Simulated instances need root (mount namespaces, sshd as root); start the simulator with ssh: false to do without'
      );
    }
    const upper = InstanceHost.upperDir(options.dir);
    const work = join(options.dir, 'work');
    const merged = join(options.dir, 'merged');
    if (!existsSync(upper)) seedUpperLayer(upper, options.layers);
    for (const d of [work, merged]) mkdirSync(d, { recursive: true });
    prepareUpperLayer(upper, options);

    const lower = '/';
    const script = [
      'set -e',
      `mount -t overlay overlay -o "lowerdir=${lower},upperdir=${upper},workdir=${work}" "${merged}"`,
      `mount --rbind /dev "${merged}/dev"`,
      `mount -t proc proc "${merged}/proc"`,
      `mount -t tmpfs -o mode=755 tmpfs "${merged}/run"`,
      `mkdir -p "${merged}/run/sshd"`,
      options.bootDelayMs ? `sleep ${options.bootDelayMs / 1000}` : ':',
      // sshd lives only as long as the process that started it: a test runner killed before it
      // could stop its simulator (a timeout, a force-exited worker) leaves no listener behind to
      // take a loopback address a later test is given.
      `chroot "${merged}" /usr/sbin/sshd -D -e -f /etc/ssh/sim_sshd_config &`,
      'sshd=$!',
      "trap 'kill $sshd 2>/dev/null; wait $sshd; exit 0' TERM INT",
      `while kill -0 ${process.pid} 2>/dev/null && kill -0 $sshd 2>/dev/null; do sleep 1; done`,
      'kill $sshd 2>/dev/null',
      'wait $sshd'
    ].join('\n');
    const child = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe']
    });
    let stderr = '';
    child.stderr!.on('data', d => {
      stderr = (stderr + d).slice(-4000);
      if (process.env.SIM_SSHD_LOGLEVEL) process.stderr.write(d);
    });
    const host = new InstanceHost(child, options.address, options.port, () => stderr);
    await host.waitUntilListening(10_000 + (options.bootDelayMs ?? 0));
    return host;
  }

  private async waitUntilListening(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null || this.process.signalCode !== null) {
        throw new Error(`sshd for ${this.address} exited: ${this.stderr()}`);
      }
      if (await canConnect(this.address, this.port)) return;
      await new Promise(r => setTimeout(r, 25));
    }
    await this.stop();
    throw new Error(`sshd for ${this.address} did not listen within ${timeoutMs} ms: ${this.stderr()}`);
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Stops sshd and every session it started; the mount namespace goes with them. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise<void>(resolve => this.process.once('exit', () => resolve()));
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-this.process.pid!, signal);
      } catch {
        // already gone
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    // Sessions sshd forked may outlive it for a moment; make sure none keeps the namespace.
    kill('SIGKILL');
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * An instance starts with its image's files: the image layers, oldest first, copied into the
 * instance's own upper layer (whiteouts included, so deletions carry over too). Stacking the
 * layers as overlay lower dirs would be cheaper, but the kernel refuses lower dirs that live
 * inside another lower dir (here: /), and the simulator's data lives under /.
 */
function seedUpperLayer(upper: string, layers: string[]): void {
  mkdirSync(upper, { recursive: true });
  for (const layer of [...layers].reverse()) execFileSync('cp', ['-a', `${layer}/.`, upper]);
}

/** What cloud-init would have done on first boot: the user, its key, host key, sshd config. */
function prepareUpperLayer(upper: string, o: InstanceHostOptions): void {
  const etc = join(upper, 'etc');
  mkdirSync(join(etc, 'ssh'), { recursive: true });
  mkdirSync(join(etc, 'sudoers.d'), { recursive: true });
  const home = `/home/${o.user}`;
  const uid = freeUid(join(etc, 'passwd'), o.user);
  ensureAccount(join(etc, 'passwd'), '/etc/passwd', o.user, `${o.user}:x:${uid}:${uid}::${home}:/bin/bash`);
  ensureAccount(join(etc, 'group'), '/etc/group', o.user, `${o.user}:x:${uid}:`);
  ensureAccount(join(etc, 'shadow'), '/etc/shadow', o.user, `${o.user}:*:19000:0:99999:7:::`);
  chmodSync(join(etc, 'shadow'), 0o640);
  writeFileSync(join(etc, 'sudoers.d', '90-cloud-init-users'), `${o.user} ALL=(ALL) NOPASSWD:ALL\n`, {
    mode: 0o440
  });

  const hostKeyPath = join(etc, 'ssh', 'sim_host_ed25519_key');
  writeFileSync(hostKeyPath, o.hostPrivateKey, { mode: 0o600 });
  writeFileSync(
    join(etc, 'ssh', 'sim_sshd_config'),
    [
      `ListenAddress ${o.address}:${o.port}`,
      'HostKey /etc/ssh/sim_host_ed25519_key',
      'PidFile none',
      'UsePAM no',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin no',
      'StrictModes no',
      'UseDNS no',
      'AuthorizedKeysFile .ssh/authorized_keys',
      'Subsystem sftp internal-sftp',
      'LogLevel ' + (process.env.SIM_SSHD_LOGLEVEL ?? 'ERROR'),
      ''
    ].join('\n')
  );

  mkdirSync(join(upper, home), { recursive: true, mode: 0o755 });
  const sshDir = join(upper, home, '.ssh');
  mkdirSync(sshDir, { recursive: true, mode: 0o700 });
  const authorized = join(sshDir, 'authorized_keys');
  const existing = existsSync(authorized) ? readFileSync(authorized, 'utf8') : '';
  const missing = o.authorizedKeys.filter(k => !existing.includes(k.trim()));
  // An instance launched without a key pair still gets the (then empty) file, as cloud-init leaves it.
  appendFileSync(authorized, missing.map(k => k.trim() + '\n').join(''));
  for (const p of [join(upper, home), sshDir, authorized]) chownSync(p, uid, uid);
  chmodSync(authorized, 0o600);
}

/** The user's uid if the instance already has it, else the first uid from 1000 that is free. */
function freeUid(passwdFile: string, user: string): number {
  const text = existsSync(passwdFile)
    ? readFileSync(passwdFile, 'utf8')
    : readFileSync('/etc/passwd', 'utf8');
  const entries = text.split('\n').map(l => l.split(':'));
  const own = entries.find(e => e[0] === user);
  if (own) return Number(own[2]);
  const taken = new Set(entries.map(e => Number(e[2])));
  let uid = 1000;
  while (taken.has(uid)) uid++;
  return uid;
}

function ensureAccount(target: string, hostFile: string, user: string, line: string): void {
  if (!existsSync(target)) writeFileSync(target, existsSync(hostFile) ? readFileSync(hostFile, 'utf8') : '');
  const text = readFileSync(target, 'utf8');
  if (!text.split('\n').some(l => l.startsWith(`${user}:`))) {
    appendFileSync(target, (text.endsWith('\n') || text === '' ? '' : '\n') + line + '\n');
  }
}
