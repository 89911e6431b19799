// An outbound HTTP proxy, of the kind a self-hosted runner sits behind (what its HTTPS_PROXY names).
// It forwards plain requests given in absolute form ("POST http://host:port/ HTTP/1.1") and
// websocket upgrades given the same way, tunnels CONNECT, and records every request it carries.
// With `credentials` it answers 407 to a request without them, as a proxy with a user list does.
// Host names are resolved by the proxy only, through `hosts`: a client given a name that only the
// proxy knows can reach it only through the proxy, so a call that arrives proves the route.
// Listens on 127.0.0.1.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** GET, POST…, or CONNECT for a tunnel. */
  readonly method: string;
  /** The host:port the client asked for. */
  readonly target: string;
  /** Proxy-Authorization as sent, if any. */
  readonly authorization?: string;
}

export interface ForwardProxy {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly requests: readonly ProxiedRequest[];
  stop(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** Host name → the address the proxy connects to instead (for names no resolver knows). */
  readonly hosts?: Readonly<Record<string, string>>;
  /** `user:password`: a request without this Basic Proxy-Authorization is answered 407. */
  readonly credentials?: string;
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const resolve = (host: string) => options.hosts?.[host] ?? host;
  const record = (req: IncomingMessage, target: string) =>
    requests.push({ method: req.method ?? '', target, authorization: req.headers['proxy-authorization'] });
  const expected = options.credentials && `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  const refused = (req: IncomingMessage) =>
    Boolean(expected) && req.headers['proxy-authorization'] !== expected;
  const REFUSAL =
    'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n' +
    'Content-Length: 0\r\nConnection: close\r\n\r\n';

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('a proxy request names its target in absolute form');
      return;
    }
    record(req, url.host);
    if (refused(req)) {
      res
        .writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' })
        .end('Proxy Authentication Required');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = request(
      {
        host: resolve(url.hostname),
        port: url.port || 80,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', error => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  /** Connects to the target, lets `opened` write what goes first, then joins the two sockets. */
  const join = (client: Socket, host: string, port: number, opened: (upstream: Socket) => void) => {
    const upstream = connect(port, resolve(host), () => {
      opened(upstream);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  };

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    record(req, target);
    if (refused(req)) return void client.end(REFUSAL);
    const colon = target.lastIndexOf(':');
    join(client, target.slice(0, colon), Number(target.slice(colon + 1)), upstream => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
    });
  });
  // A websocket asked for in absolute form ("GET http://host:port/path" with Upgrade): the request
  // is passed on in origin form over a fresh connection, and then the two sockets are joined.
  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    record(req, url.host);
    if (refused(req)) return void client.end(REFUSAL);
    const lines = [`${req.method} ${url.pathname}${url.search} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i]!;
      if (!/^proxy-/i.test(name)) lines.push(`${name}: ${req.rawHeaders[i + 1]}`);
    }
    join(client, url.hostname, Number(url.port || 80), upstream => {
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
    });
  });
  server.on('connection', track);

  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>(done => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      })
  };
}
