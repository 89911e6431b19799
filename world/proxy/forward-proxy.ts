// An outbound HTTP proxy, of the kind a self-hosted runner sits behind (what its HTTPS_PROXY names).
// It forwards plain requests given in absolute form ("POST http://host:port/ HTTP/1.1") and tunnels
// CONNECT, and it records every request it carries. Host names are resolved by the proxy only,
// through `hosts`: a client given a name that only the proxy knows can reach the name only through
// the proxy, so a call that arrives proves the route. Listens on 127.0.0.1.
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
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const resolve = (host: string) => options.hosts?.[host] ?? host;
  const record = (req: IncomingMessage, target: string) =>
    requests.push({ method: req.method ?? '', target, authorization: req.headers['proxy-authorization'] });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('a proxy request names its target in absolute form');
      return;
    }
    record(req, url.host);
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

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    record(req, target);
    const colon = target.lastIndexOf(':');
    const upstream = connect(Number(target.slice(colon + 1)), resolve(target.slice(0, colon)), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

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
