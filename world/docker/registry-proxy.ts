// A forward proxy on 127.0.0.1 that makes the world's registry answer under another name, such as
// ECR's `<account>.dkr.ecr.<region>.amazonaws.com`, without touching /etc/hosts: the world's dockerd
// runs with HTTP_PROXY and HTTPS_PROXY pointing here, and with that name as an insecure registry. A
// plain-HTTP request for the name goes to the registry, Host header kept (so the upload URLs the
// registry hands out name the same host and come back here); HTTPS (CONNECT) is refused, so the
// daemon falls back to plain HTTP as it does for an insecure registry; any other host is refused, so
// nothing leaves the machine. Requests to loopback addresses never reach a proxy (Go skips it).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RegistryProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The requests it forwarded, as `METHOD host path`. */
  readonly forwarded: readonly string[];
  stop(): Promise<void>;
}

/** Serves `hostname` (no port) from the registry at `registry` (`127.0.0.1:<port>`). */
export async function startRegistryProxy(hostname: string, registry: string): Promise<RegistryProxy> {
  const forwarded: string[] = [];
  const [registryHost, registryPort] = registry.split(':') as [string, string];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return refuse(res, 400, 'not a proxy request');
    }
    if (target.protocol !== 'http:' || target.hostname !== hostname || (target.port && target.port !== '80'))
      return refuse(res, 403, `this proxy serves only http://${hostname}`);
    forwarded.push(`${req.method} ${target.hostname} ${target.pathname}`);
    const upstream = request(
      {
        host: registryHost,
        port: Number(registryPort),
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: hostname }
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', err => refuse(res, 502, err.message));
    req.pipe(upstream);
  });
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    // HTTPS through the proxy: refused, so the daemon tries plain HTTP (an insecure registry).
    socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    stop: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(`${message}\n`);
}
