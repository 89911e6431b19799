// The SSH server Packer's ansible provisioner starts with use_proxy: ansible connects to it on
// 127.0.0.1, and every session it opens is forwarded over the build's own connection to the
// machine (proxy-session.ts). One-time host key, one user, one client key: nothing else gets in.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ParsedKey } from 'ssh2';
import { CommunicatorError, messageOf } from '../errors.js';
import { oneTimeKeyPair } from './one-time-key.js';
import { DEFAULT_SFTP_COMMAND, serveSession } from './proxy-session.js';
import type { Communicator } from './types.js';

const { Server, utils } = ssh2;

export interface SshProxyOptions {
  /** The build's connection: every session is forwarded over it. */
  communicator: Communicator;
  /** The only user name accepted (ansible's `user`). */
  user: string;
  /** OpenSSH public key line ("ssh-ed25519 AAAA... comment") of the only client key accepted. */
  authorizedKey: string;
  /** Run on the machine for an "sftp" subsystem request (Packer's sftp_command; default "/usr/lib/sftp-server -e"). */
  sftpCommand?: string;
  /** Packer's local_port; 0 or unset: a free port chosen by the OS. */
  port?: number;
  /** Debug lines about sessions (never data). */
  debug?: (line: string) => void;
  /** The host key's private half (Packer's ssh_host_key_file); unset: a one-time key. */
  hostPrivateKey?: string;
}

export interface SshProxy {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The one-time host key's public half as an OpenSSH line, for a known_hosts file. */
  readonly hostKey: string;
  /** Stops listening and ends every open session. Safe to call twice. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Packer tries local_port and the next nine when one is taken. */
const PORT_TRIES = 10;
/** How long close() lets clients hang up after the disconnect message before cutting their sockets. */
const CLOSE_GRACE_MS = 1000;

export async function startSshProxy(options: SshProxyOptions): Promise<SshProxy> {
  const allowed = parsePublicKey(options.authorizedKey);
  const debug = options.debug ?? (() => undefined);
  const sftpCommand = options.sftpCommand || DEFAULT_SFTP_COMMAND;
  const hostKey = options.hostPrivateKey
    ? givenHostKey(options.hostPrivateKey)
    : oneTimeKeyPair('build-ami ansible proxy');
  // Aborting it kills every remote command still running, whichever connection it came from.
  const closing = new AbortController();
  const connections = new Set<Connection>();

  const ssh = new Server({ hostKeys: [hostKey.privateKey] }, (connection, info) => {
    debug(`connection from ${info.ip}:${info.port}`);
    connections.add(connection);
    const gone = new AbortController();
    const endSessions = () => gone.abort(new Error('the SSH client disconnected'));
    closing.signal.addEventListener('abort', endSessions, { once: true });
    connection.on('error', err => debug(`connection error: ${messageOf(err)}`));
    connection.on('authentication', ctx => authenticate(ctx, options.user, allowed, debug));
    connection.on('session', accept => {
      const session = accept();
      if (session)
        serveSession(session, {
          communicator: options.communicator,
          sftpCommand,
          signal: gone.signal,
          debug
        });
    });
    connection.on('close', () => {
      debug('connection closed');
      connections.delete(connection);
      closing.signal.removeEventListener('abort', endSessions);
      endSessions();
    });
  });
  ssh.on('error', (err: Error) => debug(`server error: ${messageOf(err)}`));
  // Our own listener hands each socket to ssh2, so close() can cut the ones a client keeps open.
  const sockets = new Set<Socket>();
  const listener = createServer(socket => {
    // Each forwarded request is a small packet waiting for its answer: Nagle's algorithm would hold
    // every one of them back until the peer's delayed ACK (about 40 ms on Linux).
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    ssh.injectSocket(socket);
  });
  const port = await listen(listener, options.port ?? 0, debug);
  listener.on('error', (err: Error) => debug(`listener error: ${messageOf(err)}`));

  let closed: Promise<void> | undefined;
  return {
    host: HOST,
    port,
    hostKey: hostKey.publicKey,
    close: () =>
      (closed ??= new Promise<void>(resolve => {
        closing.abort(new Error('the ansible proxy is closing'));
        listener.close(() => resolve());
        for (const connection of connections) connection.end();
        const cut = setTimeout(() => sockets.forEach(socket => socket.destroy()), CLOSE_GRACE_MS);
        listener.once('close', () => clearTimeout(cut));
      }))
  };
}

/** Publickey only, for exactly one user and one key, compared in constant time as sshd does. */
function authenticate(ctx: AuthContext, user: string, allowed: ParsedKey, debug: (line: string) => void) {
  if (ctx.method !== 'publickey') return ctx.reject(['publickey']);
  const key = ctx.key;
  const rightKey = key.algo === allowed.type && sameBytes(key.data, allowed.getPublicSSH());
  if (!sameBytes(Buffer.from(ctx.username), Buffer.from(user)) || !rightKey) {
    debug(
      `refused ${JSON.stringify(ctx.username)}: ${rightKey ? 'not the ansible user' : 'unauthorized key'}`
    );
    return ctx.reject(['publickey']);
  }
  // Without a signature the client only asks whether this key would do; with one, it must verify.
  if (ctx.signature && allowed.verify(ctx.blob!, ctx.signature, ctx.hashAlgo) !== true) {
    debug(`refused ${JSON.stringify(ctx.username)}: bad signature`);
    return ctx.reject(['publickey']);
  }
  ctx.accept();
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A host key the user keeps (ssh_host_key_file), with its public half as an OpenSSH line. */
function givenHostKey(privateKey: string): { privateKey: string; publicKey: string } {
  const parsed = utils.parseKey(privateKey);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || !key || !key.isPrivateKey())
    throw new CommunicatorError({
      message: `ansible proxy: the host key is not an unencrypted private key: ${key instanceof Error ? key.message : 'a public key'}`
    });
  return { privateKey, publicKey: `${key.type} ${key.getPublicSSH().toString('base64')}` };
}

function parsePublicKey(line: string): ParsedKey {
  const parsed = utils.parseKey(line);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || !key)
    throw new CommunicatorError({
      message: `ansible proxy: the authorized key is not an OpenSSH public key: ${messageOf(key)}`
    });
  return key;
}

/** Listens on 127.0.0.1 only: the requested port or, as Packer, the next free one of ten; 0 lets the OS pick. */
async function listen(server: NetServer, requested: number, debug: (line: string) => void): Promise<number> {
  const tries = requested === 0 ? 1 : PORT_TRIES;
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await listenOn(server, requested === 0 ? 0 : requested + i);
    } catch (err) {
      lastError = err;
      debug(`could not listen on ${HOST}:${requested + i}: ${messageOf(err)}`);
    }
  }
  throw new CommunicatorError({
    message: `ansible proxy: could not listen on ${HOST}:${requested}${tries > 1 ? ` or the next ${tries - 1} ports` : ''}: ${messageOf(lastError)}`,
    cause: lastError
  });
}

function listenOn(server: NetServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (err: Error) => reject(err);
    server.once('error', failed);
    server.listen(port, HOST, () => {
      server.off('error', failed);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
