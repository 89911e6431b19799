// Commands in a running container: an exec created, started on a hijacked connection (stdin in,
// multiplexed stdout and stderr out), and its exit code read once the stream ends.
import type { Socket } from 'node:net';
import { engineJson, engineUpgrade, type EngineEndpoint } from './http.js';
import { Demultiplexer } from './multiplex.js';

const path = (s: string) => encodeURIComponent(s);

export interface ExecSpec {
  Cmd: string[];
  User?: string;
  Env?: string[];
  WorkingDir?: string;
  Privileged?: boolean;
  /** A pseudo-terminal: stderr then arrives merged into stdout. */
  Tty?: boolean;
}

export interface ExecIo {
  /** Piped to the command until it ends; then the command reads EOF. */
  stdin?: NodeJS.ReadableStream;
  stdout: (chunk: Buffer) => void;
  stderr: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

/** Runs a command in a running container, streaming its output, and returns its exit code. */
export async function exec(
  endpoint: EngineEndpoint,
  id: string,
  spec: ExecSpec,
  io: ExecIo
): Promise<{ exitCode: number | null }> {
  const short = id.slice(0, 12);
  const created = await engineJson<{ Id: string }>(endpoint, {
    operation: 'exec',
    doing: `creating an exec in container ${short}`,
    resource: id,
    method: 'POST',
    path: `/containers/${path(id)}/exec`,
    json: { ...spec, AttachStdin: io.stdin !== undefined, AttachStdout: true, AttachStderr: true },
    signal: io.signal
  });
  const { socket, head } = await engineUpgrade(endpoint, {
    operation: 'exec',
    doing: `starting an exec in container ${short}`,
    resource: id,
    method: 'POST',
    path: `/exec/${path(created.Id)}/start`,
    json: { Detach: false, Tty: spec.Tty ?? false },
    signal: io.signal
  });
  await relay(socket, head, spec.Tty ?? false, io);
  return { exitCode: await execExitCode(endpoint, id, created.Id) };
}

/** The exit code of a finished exec; the Engine may report it a moment after the output stream ends. */
async function execExitCode(endpoint: EngineEndpoint, id: string, execId: string): Promise<number | null> {
  for (let attempt = 0; ; attempt++) {
    const state = await engineJson<{ ExitCode: number | null; Running: boolean }>(endpoint, {
      operation: 'exec',
      doing: `reading how an exec ended in container ${id.slice(0, 12)}`,
      resource: id,
      method: 'GET',
      path: `/exec/${path(execId)}/json`
    });
    if (!state.Running || attempt >= 50) return state.Running ? null : state.ExitCode;
    await new Promise(r => setTimeout(r, 20));
  }
}

/** Pipes stdin in and output out of a hijacked exec connection until the Engine closes it. */
function relay(socket: Socket, head: Buffer, tty: boolean, io: ExecIo): Promise<void> {
  return new Promise((resolve, reject) => {
    const demux = new Demultiplexer({ stdout: io.stdout, stderr: io.stderr });
    const take = (chunk: Buffer) => (tty ? io.stdout(chunk) : demux.push(chunk));
    if (head.length > 0) take(head);
    socket.on('data', take);
    socket.once('end', () => resolve());
    socket.once('close', () => resolve());
    socket.once('error', reject);
    const abort = () => socket.destroy(io.signal?.reason as Error);
    io.signal?.addEventListener('abort', abort, { once: true });
    socket.once('close', () => io.signal?.removeEventListener('abort', abort));
    if (io.stdin) {
      io.stdin.on('data', chunk => socket.write(chunk));
      io.stdin.once('end', () => socket.end());
    }
  });
}
