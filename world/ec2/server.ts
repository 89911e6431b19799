// The HTTP face of the simulator: EC2's Query API on POST /, introspection and faults
// under /_sim/. The region comes from the request's SigV4 credential scope, as AWS routes it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ACTIONS } from './actions/index.js';
import { Ec2Error } from './errors.js';
import type { Faults, FaultSpec } from './faults.js';
import { newRequestId } from './ids.js';
import { leftovers, resources } from './inspect.js';
import { Params, parseQuery } from './query.js';
import { ACCOUNT_ID, type World } from './world.js';
import { errorXml, responseXml } from './xml.js';

export interface CallRecord {
  seq: number;
  action: string;
  region: string;
  time: string;
  durationMs: number;
  status: number;
  /** 'ok', the EC2 error code, 'lost-response' or 'http-<status>'. */
  outcome: string;
  params: Record<string, unknown>;
  userAgent?: string;
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

export function regionOf(req: IncomingMessage, fallback: string): string {
  const auth = req.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/ec2\//.exec(auth);
  if (scope) return scope[1];
  const host = /^ec2\.([a-z0-9-]+)\.amazonaws\.com/.exec(req.headers.host ?? '');
  return host ? host[1] : fallback;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, type = 'text/xml;charset=UTF-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    Server: 'AmazonEC2'
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value, null, 2) + '\n', 'application/json');

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
  const requestId = newRequestId();
  const params = parseQuery(req.method === 'GET' ? url.search.slice(1) : body);
  const action = typeof params.Action === 'string' ? params.Action : '';
  const region = regionOf(req, hooks.defaultRegion);
  const started = Date.now();
  const record = (status: number, outcome: string) =>
    hooks.calls.push({
      seq: hooks.calls.length + 1,
      action,
      region,
      time: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      status,
      outcome,
      params,
      userAgent: req.headers['user-agent']
    });
  const fail = (error: Ec2Error) => {
    record(error.status, error.code);
    send(res, error.status, errorXml(error.code, error.message, requestId));
  };

  if (!req.headers.authorization) {
    return fail(
      new Ec2Error('AuthFailure', 'AWS was not able to validate the provided access credentials', 401)
    );
  }
  const handler = ACTIONS[action];
  if (!handler)
    return fail(
      new Ec2Error('InvalidAction', `The action ${action || '(none)'} is not valid for this web service.`)
    );
  const regionState = hooks.world.region(region);
  if (!regionState) {
    return fail(
      new Ec2Error(
        'AuthFailure',
        `AWS was not able to validate the provided access credentials (unknown region ${region})`,
        401
      )
    );
  }

  const fault = hooks.faults.decide(action, region);
  if (fault.kind === 'error') return fail(new Ec2Error(fault.code, fault.message, fault.status));
  if (fault.kind === 'http') {
    record(fault.status, `http-${fault.status}`);
    return send(
      res,
      fault.status,
      '<html><body><b>Http/1.1 Service Unavailable</b></body></html>',
      'text/html'
    );
  }

  if (fault.kind === 'slow') await new Promise(resolve => setTimeout(resolve, fault.delayMs));
  let result;
  try {
    result = await handler({
      world: hooks.world,
      region: regionState,
      params: new Params(params),
      requestId,
      account: accountOf(req, hooks.accounts)
    });
  } catch (err) {
    if (err instanceof Ec2Error) return fail(err);
    throw err;
  }
  if (fault.kind === 'lost-response') {
    record(0, 'lost-response');
    req.socket.destroy();
    return;
  }
  record(200, 'ok');
  send(res, 200, responseXml(action, requestId, result));
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
      return json(res, 200, { resources: resources(hooks.world), timing: hooks.world.timing });
    case 'GET /_sim/checkip':
      // What a checkip service answers: the caller's address, as plain text.
      return send(
        res,
        200,
        `${req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1'}\n`,
        'text/plain'
      );
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
    case 'DELETE /_sim/faults':
      hooks.faults.clear();
      return json(res, 200, { cleared: true });
    default:
      return json(res, 404, { error: `no such simulator endpoint: ${route}` });
  }
}
