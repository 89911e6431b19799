// The Docker Engine's HTTP API over its unix socket, with node's own http module: a plain call (JSON
// in, JSON out), a progress stream (pull and push answer 200 and report failures inside the stream),
// and a hijacked connection (exec and attach, where stdin and output share one socket). Every failure
// becomes a DockerOperationError naming the operation, with the Engine's message.
import { request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { DockerOperationError } from './errors.js';

/** The API version the client speaks: Docker 20.10 and later serve it (Docker 25+ still accept it). */
export const API_VERSION = '1.41';

export interface EngineEndpoint {
  socketPath: string;
}

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface EngineCall {
  /** What a user reads first in an error: "pull", "create container", "exec". */
  operation: string;
  /** What was being done, with the resource: "pulling 127.0.0.1:5000/debian:minimal". */
  doing: string;
  resource?: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (a tar archive). */
  body?: Buffer | NodeJS.ReadableStream;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function urlOf(call: Pick<EngineCall, 'path' | 'query'>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(call.query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.append(key, String(value));
  }
  const query = params.toString();
  return `/v${API_VERSION}${call.path}${query ? `?${query}` : ''}`;
}

/** The response of a successful call (status below 400), its body unread. */
export function engineResponse(endpoint: EngineEndpoint, call: EngineCall): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = send(endpoint, call, reject);
    req.on('response', res => {
      if ((res.statusCode ?? 500) < 400) return resolve(res);
      readBody(res).then(
        body => reject(callError(call, res.statusCode, engineMessage(body))),
        cause => reject(callError(call, res.statusCode, undefined, cause))
      );
    });
  });
}

/** A call whose answer is JSON (or empty: undefined). */
export async function engineJson<T>(endpoint: EngineEndpoint, call: EngineCall): Promise<T> {
  const res = await engineResponse(endpoint, call);
  const body = await readBody(res).catch(cause => {
    throw callError(call, res.statusCode, undefined, cause);
  });
  if (body.length === 0) return undefined as T;
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch (cause) {
    throw callError(call, res.statusCode, 'the Engine answered with something other than JSON', cause);
  }
}

/** One line of a pull or push stream. */
export interface ProgressEvent {
  status?: string;
  id?: string;
  progress?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: Record<string, unknown>;
}

/** A call that answers with a stream of JSON lines; rejects on the first line carrying an error. */
export async function engineProgress(
  endpoint: EngineEndpoint,
  call: EngineCall,
  onEvent?: (event: ProgressEvent) => void
): Promise<ProgressEvent[]> {
  const res = await engineResponse(endpoint, call);
  const events: ProgressEvent[] = [];
  let pending = '';
  let failure: string | undefined;
  const take = (line: string) => {
    if (line.trim() === '' || failure !== undefined) return;
    let event: ProgressEvent;
    try {
      event = JSON.parse(line) as ProgressEvent;
    } catch {
      return;
    }
    events.push(event);
    if (event.error !== undefined || event.errorDetail?.message !== undefined) {
      failure = event.errorDetail?.message ?? event.error;
    }
    onEvent?.(event);
  };
  try {
    for await (const chunk of res) {
      pending += (chunk as Buffer).toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      lines.forEach(take);
    }
  } catch (cause) {
    throw callError(call, res.statusCode, undefined, cause);
  }
  take(pending);
  if (failure !== undefined) throw callError(call, res.statusCode, failure);
  return events;
}

/**
 * A hijacked connection (POST /exec/{id}/start, attach): resolves with the raw socket once the Engine
 * switches protocols; what the caller writes goes to the process's stdin, and ending it sends EOF.
 */
export function engineUpgrade(
  endpoint: EngineEndpoint,
  call: EngineCall
): Promise<{ socket: Socket; head: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = send(
      endpoint,
      { ...call, headers: { ...call.headers, Connection: 'Upgrade', Upgrade: 'tcp' } },
      reject
    );
    req.on('upgrade', (_res, socket, head) => resolve({ socket, head }));
    req.on('response', res => {
      readBody(res).then(
        body =>
          reject(
            (res.statusCode ?? 500) >= 400
              ? callError(call, res.statusCode, engineMessage(body))
              : callError(call, res.statusCode, 'the Engine did not switch protocols')
          ),
        cause => reject(callError(call, res.statusCode, undefined, cause))
      );
    });
  });
}

function send(endpoint: EngineEndpoint, call: EngineCall, reject: (e: unknown) => void) {
  const headers: Record<string, string> = { ...call.headers };
  let payload: Buffer | undefined;
  if (call.json !== undefined) {
    payload = Buffer.from(JSON.stringify(call.json));
    headers['Content-Type'] = 'application/json';
  } else if (Buffer.isBuffer(call.body)) {
    payload = call.body;
    headers['Content-Type'] ??= 'application/x-tar';
  } else if (call.body) {
    headers['Content-Type'] ??= 'application/x-tar';
  }
  const req = request({
    socketPath: endpoint.socketPath,
    method: call.method,
    path: urlOf(call),
    headers: payload ? { ...headers, 'Content-Length': String(payload.length) } : headers,
    signal: call.signal
  });
  req.on('error', cause => reject(connectionError(endpoint, call, cause)));
  if (payload) req.end(payload);
  else if (call.body) {
    // A body that fails (a file changed while it was archived) fails the call instead of hanging it.
    const body = call.body as NodeJS.ReadableStream;
    body.once('error', err => req.destroy(err));
    body.pipe(req);
  } else req.end();
  return req;
}

async function readBody(res: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The Engine's errors are `{"message": "..."}`; anything else is quoted as it came, shortened. */
function engineMessage(body: Buffer): string {
  const text = body.toString('utf8').trim();
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON
  }
  return text.length > 300 ? `${text.slice(0, 300)}...` : text;
}

function callError(call: EngineCall, statusCode?: number, detail?: string, cause?: unknown) {
  return new DockerOperationError({
    operation: call.operation,
    doing: call.doing,
    resource: call.resource,
    statusCode,
    detail,
    cause
  });
}

function connectionError(endpoint: EngineEndpoint, call: EngineCall, cause: Error) {
  const code = (cause as NodeJS.ErrnoException).code;
  const noDaemon = code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'EACCES';
  return new DockerOperationError({
    operation: call.operation,
    doing: call.doing,
    resource: call.resource,
    cause,
    hint: noDaemon
      ? `No Docker daemon answers on ${endpoint.socketPath}: start Docker, or point DOCKER_HOST at its socket`
      : undefined
  });
}
