// The SSH communicator (with the ansible proxy beside it, the only code that imports ssh2). One
// dial is a TCP connection plus handshake plus authentication; connect-retry.ts decides when to
// dial again. Once connected, commands run on their own channels and files move over one shared
// SFTP session.
import type { Duplex, Writable } from 'node:stream';
import ssh2 from 'ssh2';
import type { Algorithms, Client as SshClient, ClientChannel, SFTPWrapper } from 'ssh2';
import { CommunicatorError, messageOf, type CommunicatorTarget } from '../errors.js';
import { DialFailure, retryConnect } from './connect-retry.js';
import { speedUpGcm } from './ssh2-gcm.js';
import { hostKeyMismatchMessage, normalizeFingerprint, sha256Fingerprint } from './host-key.js';
import { LineBuffer } from './lines.js';
import { sftpFs } from './sftp-fs.js';
import { downloadFile, downloadTree, uploadContent, uploadTree, type RemoteFs } from './transfer.js';
import type { DownloadLimits, DownloadResult } from './download-limits.js';
import type {
  Communicator,
  Connect,
  ConnectOptions,
  ExecOptions,
  ExecResult,
  ExecStreams,
  UploadContent
} from './types.js';

const { Client } = ssh2;

/** ssh2's own default for one handshake; a dial never waits longer than the time left either. */
const HANDSHAKE_TIMEOUT_MS = 20_000;

export const connectSsh: Connect = async options => {
  const target = { host: options.host, port: options.port, user: options.username };
  const client = await retryConnect(
    {
      target,
      timeoutMs: options.timeoutMs,
      retryDelayMs: options.retryDelayMs ?? 5000,
      unreachableRetryDelayMs: options.unreachableRetryDelayMs,
      handshakeAttempts: options.handshakeAttempts ?? 10,
      signal: options.signal,
      onAttempt: options.onAttempt,
      sleep: options.sleep
    },
    timeLeftMs => dial(options, Math.min(timeLeftMs, HANDSHAKE_TIMEOUT_MS))
  );
  return new SshCommunicator(client, target, presentedKeys.get(client));
};

/** The host key fingerprint each connected client's server presented. */
const presentedKeys = new WeakMap<SshClient, string>();

/**
 * One attempt: resolves with an authenticated client, or rejects with a DialFailure saying what kind.
 * Over Session Manager the connection rides a data channel (options.openSocket); with a bastion, the
 * bastion is dialled first and the instance reached over a channel it forwards, and the bastion's
 * connection closes with the instance's.
 */
async function dial(options: ConnectOptions, readyTimeout: number): Promise<SshClient> {
  if (options.openSocket) {
    let sock: Duplex;
    try {
      sock = await options.openSocket(options.signal, readyTimeout);
    } catch (err) {
      const fatal = (err as { fatal?: boolean } | undefined)?.fatal === true;
      throw new DialFailure({ kind: fatal ? 'fatal' : 'unreachable', message: messageOf(err), cause: err });
    }
    return dialOver(options, readyTimeout, sock);
  }
  if (!options.bastion) return dialOver(options, readyTimeout, undefined);
  const jump = options.bastion;
  const bastion = await dialOver(
    {
      ...options,
      host: jump.host,
      port: jump.port,
      username: jump.username,
      privateKey: jump.privateKey,
      password: jump.password,
      agent: jump.agent,
      expectedHostKeys: undefined
    },
    readyTimeout,
    undefined
  ).catch(error => {
    throw error instanceof DialFailure
      ? new DialFailure({
          kind: error.kind,
          message: `bastion ${jump.username}@${jump.host}:${jump.port}: ${error.message}`,
          cause: error
        })
      : error;
  });
  let stream: ClientChannel;
  try {
    stream = await new Promise<ClientChannel>((resolve, reject) =>
      bastion.forwardOut('127.0.0.1', 0, options.host, options.port, (err, channel) =>
        err ? reject(err) : resolve(channel)
      )
    );
  } catch (error) {
    bastion.end();
    // The bastion could not reach the instance yet (sshd still booting): another attempt will tell.
    throw new DialFailure({
      kind: 'unreachable',
      message: `through bastion ${jump.host}: ${messageOf(error)}`,
      cause: error
    });
  }
  try {
    const client = await dialOver(options, readyTimeout, stream);
    client.on('close', () => bastion.end());
    return client;
  } catch (error) {
    bastion.end();
    throw error;
  }
}

function dialOver(
  options: ConnectOptions,
  readyTimeout: number,
  sock: Duplex | undefined
): Promise<SshClient> {
  // An empty list means nothing to check against (the console had not printed the keys), not "accept none".
  const expected = options.expectedHostKeys?.length
    ? options.expectedHostKeys.map(normalizeFingerprint)
    : undefined;
  return new Promise((resolve, reject) => {
    const client = new Client();
    let tcpConnected = false;
    let hostKeyMismatch: string | undefined;
    let settled = false;
    const onAbort = () => fail(options.signal?.reason);
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      client.destroy();
      if (hostKeyMismatch) reject(new DialFailure({ kind: 'fatal', message: hostKeyMismatch, cause: err }));
      else
        reject(
          new DialFailure({
            kind: tcpConnected ? 'handshake' : 'unreachable',
            message: messageOf(err),
            cause: err
          })
        );
    };
    // ssh2 emits errors after the dial too; the communicator listens for those, this one keeps them from throwing.
    client.on('error', fail);
    // Over a given stream, "connected" means the server has spoken: a stream that ends before that
    // (Session Manager's agent could not reach the port yet) is unreachable, retried until ssh_timeout.
    if (sock) sock.once('data', () => (tcpConnected = true));
    else client.on('connect', () => (tcpConnected = true));
    // Every handshake (the first and each re-key) brings a new cipher and decipher.
    client.on('handshake', () => {
      const internals = client as unknown as { _protocol?: unknown; _sock?: unknown };
      speedUpGcm(internals._protocol, internals._sock);
    });
    client.on('close', () =>
      fail(
        new Error(
          (sock as { closeReason?: string } | undefined)?.closeReason ??
            'connection closed before authentication completed'
        )
      )
    );
    client.once('ready', () => {
      // Requests on this connection are small and wait for their answers (an exec, an SFTP round
      // trip, a proxied session): Nagle's algorithm would hold each back for the peer's delayed ACK.
      client.setNoDelay(true);
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      resolve(client);
    });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      client.connect({
        ...(sock ? { sock } : { host: options.host, port: options.port }),
        username: options.username,
        privateKey: options.privateKey,
        password: options.password,
        agent: options.agent,
        algorithms: options.algorithms as Algorithms | undefined,
        readyTimeout,
        keepaliveInterval: options.keepaliveIntervalMs ?? 5000,
        keepaliveCountMax: 3,
        hostVerifier: (key: Buffer) => {
          const presented = sha256Fingerprint(key);
          presentedKeys.set(client, presented);
          if (!expected || expected.includes(presented)) return true;
          hostKeyMismatch = hostKeyMismatchMessage(presented, expected);
          return false;
        }
      });
    } catch (err) {
      // Thrown synchronously: an unreadable key or a bad option, which no retry will fix.
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      reject(new DialFailure({ kind: 'fatal', message: messageOf(err), cause: err }));
    }
  });
}

class SshCommunicator implements Communicator {
  private closed = false;
  private lastError: Error | undefined;
  private sftpSession: Promise<SFTPWrapper> | undefined;
  private readonly where: string;

  constructor(
    private readonly client: SshClient,
    private readonly target: CommunicatorTarget,
    readonly hostKeyFingerprint?: string
  ) {
    this.where = `${target.user}@${target.host}:${target.port}`;
    client.on('error', err => (this.lastError = err));
    client.on('close', () => {
      this.closed = true;
      this.sftpSession = undefined;
    });
  }

  exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const { signal } = options;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const cannotStart = (err: unknown) =>
        reject(this.error(`could not start a command on ${this.where}`, err));
      const started = (err: Error | undefined, channel: ClientChannel) => {
        if (err) return cannotStart(err);
        const stdout = new LineBuffer(options.onStdout);
        const stderr = new LineBuffer(options.onStderr);
        let exit: ExecResult | undefined;
        const onAbort = () => {
          // OpenSSH honours "signal" requests; closing the channel makes sure nothing waits on it either way.
          kill(channel);
          channel.close();
          reject(signal!.reason);
        };
        // The signal may have fired while the channel was opening: an aborted signal fires no more events.
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        channel.on('data', (chunk: Buffer) => stdout.push(chunk));
        channel.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        channel.on('exit', (code: number | null, signalName?: string) => {
          exit = code === null ? { exitCode: null, signal: signalName } : { exitCode: code };
        });
        channel.on('close', () => {
          signal?.removeEventListener('abort', onAbort);
          stdout.end();
          stderr.end();
          // No exit status means the connection went away under the command (a reboot, a killed sshd).
          resolve(exit ?? { exitCode: null, disconnected: true });
        });
      };
      try {
        if (options.pty) this.client.exec(command, { pty: true }, started);
        else this.client.exec(command, started);
      } catch (err) {
        cannotStart(err); // ssh2 throws "Not connected" synchronously once the socket is gone
      }
    });
  }

  execStream(
    command: string,
    streams: ExecStreams,
    options: { signal?: AbortSignal; env?: Record<string, string> } = {}
  ): Promise<ExecResult> {
    const { signal, env } = options;
    const { stdin, stdout, stderr } = streams;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const cannotStart = (err: unknown) =>
        reject(this.error(`could not start a command on ${this.where}`, err));
      const started = (err: Error | undefined, channel: ClientChannel) => {
        if (err) return cannotStart(err);
        let exit: ExecResult | undefined;
        // The channel and its stderr each end on their own; the result waits for both, so every byte is delivered.
        let open = 2;
        const finished = () => {
          if (--open > 0) return;
          signal?.removeEventListener('abort', onAbort);
          stdin?.unpipe(channel);
          // A slow reader may still hold the last chunks the channel handed it: the result comes after them.
          void Promise.all([written(stdout), written(stderr)]).then(() =>
            resolve(exit ?? { exitCode: null, disconnected: true })
          );
        };
        const onAbort = () => {
          stdin?.unpipe(channel);
          kill(channel);
          channel.close();
          reject(signal!.reason);
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        // A write racing the close is all ssh2 reports here; the close that follows tells how the command ended.
        channel.on('error', () => undefined);
        channel.on('exit', (code: number | null, signalName?: string) => {
          exit = code === null ? { exitCode: null, signal: signalName } : { exitCode: code };
        });
        channel.on('close', finished);
        channel.stderr.on('close', finished);
        // pipe() is the back-pressure: a slow reader pauses the channel, which stops ssh2 widening its window.
        channel.pipe(stdout, { end: false });
        channel.stderr.pipe(stderr, { end: false });
        if (stdin) stdin.pipe(channel);
        else channel.end();
      };
      try {
        if (env) this.client.exec(command, { env }, started);
        else this.client.exec(command, started);
      } catch (err) {
        cannotStart(err);
      }
    });
  }

  upload(remotePath: string, content: UploadContent, mode?: number): Promise<void> {
    remotePath = fromHome(remotePath);
    const what = typeof content === 'object' && !Buffer.isBuffer(content) ? `${content.localPath} ` : '';
    return this.transfer(`upload ${what}to ${remotePath}`, fs =>
      uploadContent(fs, remotePath, content, mode)
    );
  }

  uploadDirectory(localDir: string, remoteDir: string): Promise<void> {
    remoteDir = fromHome(remoteDir);
    return this.transfer(`upload ${localDir} to ${remoteDir}`, fs => uploadTree(fs, localDir, remoteDir));
  }

  download(remotePath: string, localPath: string, limits?: DownloadLimits): Promise<DownloadResult> {
    remotePath = fromHome(remotePath);
    return this.transfer(`download ${remotePath} to ${localPath}`, fs =>
      downloadFile(fs, remotePath, localPath, limits)
    );
  }

  downloadDirectory(remoteDir: string, localDir: string, limits?: DownloadLimits): Promise<DownloadResult> {
    remoteDir = fromHome(remoteDir);
    return this.transfer(`download ${remoteDir} to ${localDir}`, fs =>
      downloadTree(fs, remoteDir, localDir, limits)
    );
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise(resolve => {
      const timer = setTimeout(() => this.client.destroy(), 2000);
      this.client.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.client.end();
    });
  }

  private async transfer<T>(what: string, fn: (fs: RemoteFs) => Promise<T>): Promise<T> {
    let sftp: SFTPWrapper;
    try {
      sftp = await this.sftp();
    } catch (err) {
      throw this.error(`could not open SFTP on ${this.where} to ${what}`, err);
    }
    try {
      return await fn(sftpFs(sftp));
    } catch (err) {
      throw this.error(`could not ${what} on ${this.where}`, err);
    }
  }

  /** One SFTP session per connection, opened on first use: each one costs a round trip and a subsystem. */
  private sftp(): Promise<SFTPWrapper> {
    if (this.closed) return Promise.reject(new Error('Not connected'));
    this.sftpSession ??= new Promise<SFTPWrapper>((resolve, reject) => {
      try {
        this.client.sftp((err, sftp) => {
          if (err) return reject(err);
          sftp.on('close', () => (this.sftpSession = undefined));
          resolve(sftp);
        });
      } catch (err) {
        reject(err);
      }
    }).catch(err => {
      this.sftpSession = undefined;
      throw err;
    });
    return this.sftpSession;
  }

  private error(message: string, cause: unknown): CommunicatorError {
    const detail = messageOf(cause);
    const lost = this.closed
      ? ` (connection closed${this.lastError ? `: ${this.lastError.message}` : ''})`
      : '';
    return new CommunicatorError({
      message: `SSH: ${message}: ${detail}${lost}`,
      target: this.target,
      cause,
      connectionLost: this.closed
    });
  }
}

/**
 * KILL for the remote command. ssh2's channel.signal() stays silent once our EOF has gone out (a
 * command whose stdin ended), yet SSH allows requests until the channel closes and sshd honours it.
 */
function kill(channel: ClientChannel): void {
  const raw = channel as unknown as {
    outgoing?: { id: number; state: string };
    _client?: { _protocol?: { signal(id: number, name: string): void } };
  };
  try {
    if (raw.outgoing?.state === 'eof') raw._client?._protocol?.signal(raw.outgoing.id, 'KILL');
    else channel.signal('KILL');
  } catch {
    // the connection is already gone: nothing left to signal
  }
}

/** SFTP does not expand `~`, but its relative paths start in the home directory: `~/x` is `x`. */
function fromHome(remotePath: string): string {
  if (remotePath === '~' || remotePath === '~/') return '.';
  return remotePath.startsWith('~/') ? remotePath.slice(2) : remotePath;
}

/** Resolves once `stream` has processed every chunk written to it (or is gone). */
function written(stream: NodeJS.WritableStream): Promise<void> {
  const writable = stream as Writable;
  return new Promise(resolve => {
    const check = () => {
      if (!(writable.writableLength > 0) || writable.destroyed) resolve();
      else setTimeout(check, 2);
    };
    check();
  });
}
