// A TCP port on 127.0.0.1 that nothing listens on now, for a tool of the test world that must be told
// its port (it cannot be handed a listening socket).
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
