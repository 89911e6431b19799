// One SSH session a client (ansible, scp, sftp) opens on the proxy, answered the way Packer's
// adapter (packer-plugin-sdk/adapter) answers it: an exec runs the command on the machine over the
// build's connection, the sftp subsystem runs sftp_command there, pty and env requests are
// accepted and otherwise ignored, everything else (shell, other subsystems, x11, agent) is refused.
import { PassThrough } from 'node:stream';
import type { ServerChannel, Session } from 'ssh2';
import { messageOf } from '../errors.js';
import type { Communicator, ExecResult } from './types.js';

export interface SessionContext {
  communicator: Communicator;
  sftpCommand: string;
  /** Aborted when the client's connection goes away or the proxy closes: the remote command is killed. */
  signal: AbortSignal;
  debug: (line: string) => void;
}

/** Packer's default sftp_command. */
export const DEFAULT_SFTP_COMMAND = '/usr/lib/sftp-server -e';

/** OpenSSH's own exit status when it cannot tell how the remote command ended (a dropped connection). */
const NO_EXIT_STATUS = 255;

export function serveSession(session: Session, ctx: SessionContext): void {
  // OpenSSH asks for a pty for sudo and interactive use; Packer says yes and runs without one.
  // accept/reject are undefined when the client wants no reply, hence the optional calls.
  session.on('pty', accept => accept?.());
  // Accepted and not passed on, as Packer does: the machine's sshd would drop most of them anyway.
  session.on('env', (accept, _reject, info) => {
    ctx.debug(`env request ${JSON.stringify(info.key)} (accepted, not forwarded)`);
    accept?.();
  });
  session.on('exec', (accept, reject, info) => {
    if (!info.command) return reject?.();
    ctx.debug(`exec ${JSON.stringify(info.command)}`);
    start(info.command, accept(), session, ctx);
  });
  session.on('subsystem', (accept, reject, info) => {
    if (info.name !== 'sftp') {
      ctx.debug(`refused subsystem ${JSON.stringify(info.name)}`);
      return reject?.();
    }
    ctx.debug(`sftp subsystem: ${JSON.stringify(ctx.sftpCommand)}`);
    start(ctx.sftpCommand, accept(), session, ctx);
  });
  // No 'shell' listener: ssh2 refuses a shell request, as Packer's adapter does.
}

/** ssh2 hands back no channel when the session is already ending; nothing that goes wrong escapes a session. */
function start(command: string, channel: ServerChannel | undefined, session: Session, ctx: SessionContext) {
  if (!channel) return;
  forward(command, channel, session, ctx).catch((err: unknown) => {
    ctx.debug(`session failed: ${messageOf(err)}`);
    channel.close();
  });
}

/** Runs command on the machine with the channel as its stdin/stdout/stderr, then reports how it ended. */
async function forward(
  command: string,
  channel: ServerChannel,
  session: Session,
  ctx: SessionContext
): Promise<void> {
  // A client that hangs up mid-output makes ssh2 report writes after the end: a debug line, not a crash.
  const onError = (err: Error) => ctx.debug(`session error: ${messageOf(err)}`);
  channel.on('error', onError);
  channel.stderr.on('error', onError);
  const stop = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stop.signal]);
  const stdin = clientInput(channel, session, () => stop.abort(new Error('the client closed the session')));
  let result: ExecResult;
  try {
    result = await ctx.communicator.execStream(
      command,
      { stdin, stdout: channel, stderr: channel.stderr },
      { signal }
    );
  } catch (err) {
    if (signal.aborted) return channel.close(); // the client left or the proxy closed: nobody to tell
    ctx.debug(`could not run the command: ${messageOf(err)}`);
    channel.stderr.write(`${messageOf(err)}\n`);
    result = { exitCode: NO_EXIT_STATUS };
  }
  // Everything the command printed goes out before its exit status, as with a direct connection.
  await flushed(channel, signal);
  await flushed(channel.stderr, signal);
  if (signal.aborted) return channel.close();
  ctx.debug(`command ended: ${describe(result)}`);
  sendExit(channel, result);
  channel.end(); // EOF, then the channel closes once the last bytes are through
}

/**
 * The client's bytes for the command's stdin. Only the client's EOF ends it: a session that closes
 * or dies without one (ssh killed, ansible gone) calls gone instead, which kills the command.
 * Sending EOF there would cost more than it seems: ssh2 sends no signal once EOF has gone out.
 */
function clientInput(channel: ServerChannel, session: Session, gone: () => void): PassThrough {
  const stdin = new PassThrough();
  let eof = false;
  session.once('eof', () => (eof = true));
  session.once('close', () => eof || gone());
  channel.pipe(stdin, { end: false });
  // 'end' comes after the last byte was read, so nothing sent before the EOF is lost.
  channel.once('end', () => (eof ? stdin.end() : gone()));
  return stdin;
}

function sendExit(channel: ServerChannel, result: ExecResult): void {
  if (result.exitCode !== null) return channel.exit(result.exitCode);
  try {
    if (result.signal) return channel.exit(result.signal, false, '');
  } catch {
    // a signal name ssh2 does not know: fall through to a plain failure status
  }
  channel.exit(NO_EXIT_STATUS);
}

/** Resolves once every byte written so far has been handed to the connection (or the session is over). */
function flushed(stream: NodeJS.WritableStream, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal.aborted) return resolve();
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    // Writes complete in order: an empty one completes after everything queued before it.
    stream.write(Buffer.alloc(0), done);
  });
}

function describe(result: ExecResult): string {
  if (result.exitCode !== null) return `exit status ${result.exitCode}`;
  if (result.signal) return `signal ${result.signal}`;
  return 'connection to the machine lost';
}
