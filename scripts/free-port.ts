import { createServer } from 'node:net';

/**
 * A localhost port the OS just handed out and nothing listens on any more: the server that got it
 * closes before this resolves, so connecting to it is refused until someone else takes it.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
