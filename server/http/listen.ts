import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export interface Listener {
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Starts the HTTP listener; `port` 0 picks a free one (tests, several sandboxes at once). */
export async function listen(fetch: FetchHandler, host: string, port: number): Promise<Listener> {
  const server = createAdaptorServer({ fetch }) as Server;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });

  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    close: (graceMs = 10_000) => closeGracefully(server, graceMs),
  };
}

function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections turn idle as their requests finish: close each one then.
    const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
    const forceTimer = setTimeout(() => server.closeAllConnections(), graceMs);

    // Fires once every connection has ended, i.e. every in-flight request was answered.
    server.close(() => {
      clearInterval(idleSweep);
      clearTimeout(forceTimer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
