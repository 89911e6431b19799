// How ansible reaches the machine. With use_proxy (Packer's default) a local SSH server on
// 127.0.0.1 forwards ansible's sessions over the build's own connection, and ansible logs in to
// it with a one-time key; without it, ansible connects straight to the instance with the build's
// key. Either way the private key ansible needs is a 0600 file in the run's private directory.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { ProvisionerError } from '../../errors.js';
import type { SshProxy, SshProxyOptions } from '../../communicator/ssh-proxy.js';
import type { ProvisionerContext } from '../types.js';
import { writeKeyFile } from './key-file.js';

export type { SshProxy, SshProxyOptions };

/** The proxy (src/communicator/ssh-proxy.ts) and its keys (one-time-key.ts), handed in so tests can fake them. */
export interface ProxyDependencies {
  startSshProxy(options: SshProxyOptions): Promise<SshProxy>;
  oneTimeKeyPair(
    comment?: string
  ): { privateKey: string; publicKey: string } | Promise<{ privateKey: string; publicKey: string }>;
}

export interface ConnectionOptions {
  useProxy: boolean;
  user?: string;
  localPort?: number;
  sftpCommand?: string;
  /** Absolute path of the public key ansible logs in to the proxy with. */
  sshAuthorizedKeyFile?: string;
  /** Absolute path of the proxy's host key (a private key). */
  sshHostKeyFile?: string;
}

export interface AnsibleTarget {
  host: string;
  port: number;
  /** ansible_user. */
  user: string;
  /** Unset when the user brings their own key (ssh_authorized_key_file). */
  privateKeyFile?: string;
  close(): Promise<void>;
}

/**
 * Without sftp_command, Packer runs `/usr/lib/sftp-server -e`, which Ubuntu, Debian, Amazon Linux and RHEL do not
 * have; since OpenSSH 9 made scp speak SFTP, that breaks every file ansible copies (packer-plugin-ansible#100).
 * We try Packer's path first, then where those systems keep it.
 */
export const FIND_SFTP_SERVER =
  'for p in /usr/lib/sftp-server /usr/lib/openssh/sftp-server /usr/libexec/openssh/sftp-server /usr/libexec/sftp-server; ' +
  'do [ -x "$p" ] && exec "$p" -e; done; echo "no sftp-server found on the machine: set sftp_command" >&2; exit 127';

export async function openTarget(
  options: ConnectionOptions,
  ctx: ProvisionerContext,
  dir: string,
  proxy: ProxyDependencies
): Promise<AnsibleTarget> {
  return options.useProxy ? openProxy(options, ctx, dir, proxy) : direct(options, ctx, dir);
}

async function direct(
  options: ConnectionOptions,
  ctx: ProvisionerContext,
  dir: string
): Promise<AnsibleTarget> {
  const target = ctx.sshTarget;
  if (!target) {
    throw new ProvisionerError({
      provisioner: 'ansible',
      message: 'use_proxy false needs an SSH communicator with an address to connect to'
    });
  }
  if (!target.privateKey) {
    throw new ProvisionerError({
      provisioner: 'ansible',
      message:
        'use_proxy false needs the private key the build logs in with, and this build has none (ssh_password): use the proxy'
    });
  }
  ctx.log.info('Not using Proxy adapter for Ansible run: using ssh keys from the communicator');
  return {
    host: target.host,
    port: target.port,
    // Without a user of its own, ansible logs in as the communicator does, with its key.
    user: options.user ?? target.user,
    privateKeyFile: await writeKeyFile(dir, target.privateKey),
    close: async () => undefined
  };
}

async function openProxy(
  options: ConnectionOptions,
  ctx: ProvisionerContext,
  dir: string,
  deps: ProxyDependencies
): Promise<AnsibleTarget> {
  ctx.log.info('Setting up proxy adapter for Ansible');
  // The proxy's user is only who ansible says it is: Packer's default is the user running it.
  const user = options.user ?? userInfo().username;
  let authorizedKey: string;
  let privateKeyFile: string | undefined;
  if (options.sshAuthorizedKeyFile) {
    authorizedKey = (await readFile(options.sshAuthorizedKeyFile, 'utf8')).trim().split('\n')[0]!;
  } else {
    const pair = await deps.oneTimeKeyPair('packer-ansible');
    authorizedKey = pair.publicKey;
    privateKeyFile = await writeKeyFile(dir, pair.privateKey);
  }
  try {
    // The proxy itself tries local_port and the nine after it, as Packer does.
    const proxy = await deps.startSshProxy({
      communicator: ctx.communicator,
      user,
      authorizedKey,
      sftpCommand: options.sftpCommand ?? FIND_SFTP_SERVER,
      port: options.localPort,
      ...(options.sshHostKeyFile ? { hostPrivateKey: await readFile(options.sshHostKeyFile, 'utf8') } : {})
    });
    return { host: proxy.host, port: proxy.port, user, privateKeyFile, close: () => proxy.close() };
  } catch (error) {
    throw new ProvisionerError({
      provisioner: 'ansible',
      message: `Error setting up SSH proxy connection: ${(error as Error).message}`,
      cause: error
    });
  }
}
