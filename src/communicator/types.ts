// The one face the builder and the provisioners see of a remote machine: run a command, move
// files, hang up. Only the SSH modules know it is SSH; tests and other transports implement the same.
import type { Duplex } from 'node:stream';
import type { DownloadLimits, DownloadResult } from './download-limits.js';

export { DEFAULT_DOWNLOAD_LIMITS, DownloadLimitError, describeLimit } from './download-limits.js';
export type { DownloadLimits, DownloadResult } from './download-limits.js';

export interface ExecOptions {
  /** Each complete line of stdout as it arrives (without its line ending); a last partial line at the end. */
  onStdout?: (line: string) => void;
  onStderr?: (line: string) => void;
  /** Ask for a pseudo-terminal (Packer's ssh_pty): stderr then arrives merged into stdout. */
  pty?: boolean;
  /** Aborting kills the remote command (best effort) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * How a command ended: an exit code, or a signal (`SIGKILL`, exitCode null), or neither because the
 * connection dropped before the command reported back (`disconnected`, as after a reboot).
 */
export interface ExecResult {
  exitCode: number | null;
  signal?: string;
  disconnected?: boolean;
}

/** Where execStream's bytes come from and go to; the writables are not ended (the caller owns them). */
export interface ExecStreams {
  stdin?: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export type UploadContent = Buffer | string | { localPath: string };

/**
 * Remote paths are as SFTP reads them: relative ones (and `~/x`) are under the login user's home.
 * Failing to start a command or a transfer rejects with a CommunicatorError.
 */
export interface Communicator {
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
  /**
   * Runs a command with raw byte streams, as a proxy forwards a session: stdin is piped to the
   * command until it ends (then EOF is sent), stdout/stderr receive bytes as they arrive.
   */
  execStream(
    command: string,
    streams: ExecStreams,
    options?: { signal?: AbortSignal; env?: Record<string, string> }
  ): Promise<ExecResult>;
  /** Writes a file (replacing it); `mode` defaults to the local file's mode for `localPath`, else 0644. */
  upload(remotePath: string, content: UploadContent, mode?: number): Promise<void>;
  /** The contents of localDir into remoteDir (created if missing), recursively, several files in flight. */
  uploadDirectory(localDir: string, remoteDir: string): Promise<void>;
  /** A regular file (the path may be a symlink to one); a DownloadLimitError past limits.maxBytes. */
  download(remotePath: string, localPath: string, limits?: DownloadLimits): Promise<DownloadResult>;
  /**
   * The contents of remoteDir into localDir (created if missing), recursively, without following
   * symlinks inside it (they are skipped and listed); a DownloadLimitError past either limit.
   */
  downloadDirectory(remoteDir: string, localDir: string, limits?: DownloadLimits): Promise<DownloadResult>;
  /** Ends the connection, so nothing keeps Node alive. Safe to call twice. */
  close(): Promise<void>;
  /** The SHA256 fingerprint of the host key the server presented (base64, no "SHA256:"), when the transport has one. */
  readonly hostKeyFingerprint?: string;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface ConnectOptions {
  host: string;
  port: number;
  username: string;
  /** A private key in PEM or OpenSSH format. */
  privateKey?: string;
  password?: string;
  /** Keep dialing until this much time has passed (Packer's ssh_timeout). */
  timeoutMs: number;
  /** Start a new attempt about this often (default 5000, as Packer). */
  retryDelayMs?: number;
  /** After an attempt nothing answered (refused, unreachable): the next one this soon (default retryDelayMs). */
  unreachableRetryDelayMs?: number;
  /** Give up after this many failed handshakes with a listening server (default 10, ssh_handshake_attempts). */
  handshakeAttempts?: number;
  /** Keep-alive probe interval on an established connection (default 5000; 0 turns it off). */
  keepaliveIntervalMs?: number;
  /** The ssh-agent socket to authenticate with (ssh_agent_auth: SSH_AUTH_SOCK). */
  agent?: string;
  /** ssh_ciphers and ssh_key_exchange_algorithms: unset keeps the library's defaults. */
  algorithms?: { cipher?: string[]; kex?: string[] };
  /** A jump host (ssh_bastion_*): the connection to the instance is a channel forwarded through it. */
  bastion?: {
    host: string;
    port: number;
    username: string;
    privateKey?: string;
    password?: string;
    agent?: string;
  };
  /** SHA256 host key fingerprints to accept, base64 without padding (`SHA256:` optional). Unset or empty: any. */
  expectedHostKeys?: string[];
  signal?: AbortSignal;
  /** Called before each attempt, with the previous attempt's error. */
  onAttempt?: (attempt: number, lastError?: string) => void;
  sleep?: Sleep;
  /**
   * Carries the connection over this stream instead of TCP to host:port (ssh_interface
   * session_manager: a Session Manager data channel). Called once per attempt; a rejection is
   * an unreachable attempt, retried like a refused connection, unless the error has
   * `fatal: true` (no retry can help): then the connection fails at once.
   */
  openSocket?: (signal: AbortSignal | undefined, timeoutMs: number) => Promise<Duplex>;
}

export type Connect = (options: ConnectOptions) => Promise<Communicator>;
