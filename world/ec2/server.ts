// The HTTP face of the simulator: one endpoint for every simulated service. EC2's Query API on
// POST / (form-encoded), SSM and Secrets Manager as AWS JSON 1.1 (POST / with X-Amz-Target),
// introspection, seeding and faults under /_sim/. The region comes from the request's SigV4
// credential scope, as AWS routes it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { jsonCall } from '../aws-json/json-call.js';
import type { ServiceCall } from '../service-call.js';
import { ServiceError } from '../service-error.js';
import { ec2Call } from './ec2-call.js';
import { parseQuery } from './query.js';
import { sessions } from '../sts/sessions.js';
import { isStsAction, stsCall } from '../sts/sts-call.js';
import type { Faults, FaultSpec } from './faults.js';
import { newRequestId } from './ids.js';
import { leftovers, resources, servicesState } from './inspect.js';
import { seed } from './seed-endpoints.js';
import { ACCOUNT_ID, type World } from './world.js';
import { errorXml } from './xml.js';

export interface CallRecord {
  seq: number;
  /** ec2, ssm or secretsmanager. */
  service: string;
  action: string;
  region: string;
  time: string;
  /** Date.now() when the request arrived (the same moment as `time`), to set beside sim.events. */
  at: number;
  durationMs: number;
  status: number;
  /** 'ok', the error code, 'lost-response' or 'http-<status>'. */
  outcome: string;
  params: Record<string, unknown>;
  userAgent?: string;
  /** The SigV4 access key id that signed the request. */
  accessKeyId?: string;
  /** Who made the call: the assumed role's ARN for an STS session key, else the access key id. */
  principal?: string;
}

export interface ServerHooks {
  world: World;
  faults: Faults;
  calls: CallRecord[];
  reset: () => Promise<void>;
  defaultRegion: string;
  /** Access key id → account id, to tell accounts apart; any other key reaches ACCOUNT_ID. */
  accounts?: Record<string, string>;
}

/** The account a SigV4-signed request's access key belongs to. */
export function accountOf(req: IncomingMessage, accounts: Record<string, string> = {}): string {
  const key = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
  return (key && accounts[key]) || ACCOUNT_ID;
}

/** The region of the credential scope (`Credential=AKID/20240101/us-east-1/ssm/aws4_request`), else the host's. */
export function regionOf(req: IncomingMessage, fallback: string): string {
  const auth = req.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/[a-z0-9-]+\//.exec(auth);
  if (scope) return scope[1];
  const host = /^(?:ec2|ssm|secretsmanager)\.([a-z0-9-]+)\.amazonaws\.com/.exec(req.headers.host ?? '');
  return host ? host[1] : fallback;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'text/xml;charset=UTF-8', Server: 'AmazonEC2' }
): void {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value, null, 2) + '\n', { 'Content-Type': 'application/json' });

export function createEc2Server(hooks: ServerHooks): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(hooks, req, res).catch(err => {
      console.error('[ec2-sim] request failed:', err);
      if (!res.headersSent) send(res, 500, errorXml('InternalError', String(err), newRequestId()));
    });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return { server, sockets };
}

async function handle(hooks: ServerHooks, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sim');
  if (url.pathname.startsWith('/_sim/')) return introspect(hooks, req, res, url.pathname);
  const body = await readBody(req);
  const target = req.headers['x-amz-target'];
  const accessKeyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
  const session = accessKeyId ? sessions(hooks.world).get(accessKeyId) : undefined;
  const query =
    typeof target === 'string' ? undefined : parseQuery(req.method === 'GET' ? url.search.slice(1) : body);
  const call: ServiceCall =
    typeof target === 'string'
      ? jsonCall(target, body)
      : isStsAction(query?.Action)
        ? stsCall(query!, accessKeyId ?? '')
        : ec2Call(req, url, body);
  const requestId = newRequestId();
  const region = regionOf(req, hooks.defaultRegion);
  const started = Date.now();
  const record = (status: number, outcome: string) =>
    hooks.calls.push({
      seq: hooks.calls.length + 1,
      service: call.service,
      action: call.action,
      region,
      time: new Date(started).toISOString(),
      at: started,
      durationMs: Date.now() - started,
      status,
      outcome,
      params: call.params,
      userAgent: req.headers['user-agent'],
      accessKeyId,
      principal: session?.assumedRoleArn ?? accessKeyId
    });
  const fail = (error: ServiceError) => {
    record(error.status, error.code);
    send(res, error.status, call.errorBody(error, requestId), call.headers(requestId));
  };

  if (!req.headers.authorization) return fail(call.noCredentials());
  if (call.invalid) return fail(call.invalid);
  // An STS session key is good only with its own session token, as AWS checks it.
  if (
    accessKeyId?.startsWith('ASIA') &&
    session &&
    req.headers['x-amz-security-token'] !== session.sessionToken
  )
    return fail(call.faultError('AuthFailure', 'The security token included in the request is invalid', 401));
  if (!hooks.world.region(region)) return fail(call.unknownRegion(region));

  const fault = hooks.faults.decide(call.action, region, call.service);
  if (fault.kind === 'error') return fail(call.faultError(fault.code, fault.message, fault.status));
  if (fault.kind === 'http') {
    record(fault.status, `http-${fault.status}`);
    return send(res, fault.status, '<html><body><b>Http/1.1 Service Unavailable</b></body></html>', {
      'Content-Type': 'text/html'
    });
  }

  // Unref'd: a held answer must not keep a finished test process alive after the simulator stops.
  if (fault.kind === 'slow') await new Promise(resolve => setTimeout(resolve, fault.delayMs).unref());
  let answer: string;
  try {
    answer = await call.run({
      world: hooks.world,
      region,
      account: accountOf(req, hooks.accounts),
      requestId
    });
  } catch (err) {
    if (err instanceof ServiceError) return fail(err);
    throw err;
  }
  if (fault.kind === 'lost-response') {
    record(0, 'lost-response');
    req.socket.destroy();
    return;
  }
  record(200, 'ok');
  send(res, 200, answer, call.headers(requestId));
}

async function introspect(
  hooks: ServerHooks,
  req: IncomingMessage,
  res: ServerResponse,
  path: string
): Promise<void> {
  const route = `${req.method} ${path}`;
  switch (route) {
    case 'GET /_sim/state':
      return json(res, 200, {
        resources: resources(hooks.world),
        ...servicesState(hooks.world),
        timing: hooks.world.timing
      });
    case 'GET /_sim/checkip':
      // What a checkip service answers: the caller's address, as plain text.
      return send(res, 200, `${req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1'}\n`, {
        'Content-Type': 'text/plain'
      });
    case 'GET /_sim/leftovers':
      return json(res, 200, leftovers(hooks.world));
    case 'GET /_sim/calls':
      return json(res, 200, hooks.calls);
    case 'POST /_sim/reset':
      await hooks.reset();
      return json(res, 200, { reset: true });
    case 'POST /_sim/faults': {
      let spec: FaultSpec;
      try {
        spec = JSON.parse((await readBody(req)) || '{}');
      } catch (err) {
        return json(res, 400, { error: `fault body is not JSON: ${(err as Error).message}` });
      }
      hooks.faults.add(spec);
      return json(res, 200, { added: spec });
    }
    case 'POST /_sim/ssm/parameters':
    case 'POST /_sim/secretsmanager/secrets':
      return seed(hooks.world, route, await readBody(req), (status, value) => json(res, status, value));
    case 'DELETE /_sim/faults':
      hooks.faults.clear();
      return json(res, 200, { cleared: true });
    default:
      return json(res, 404, { error: `no such simulator endpoint: ${route}` });
  }
}
