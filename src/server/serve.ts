/** Open the port: the app of app.ts on Node's HTTP server (@hono/node-server). */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { KoryuError } from '../model/errors.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stop accepting connections and end open ones. */
  close(): Promise<void>;
}

/** Listen on host:port (port 0: any free port); fails with a KoryuError when the port is taken. */
export function listen(app: OpenAPIHono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port });
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use: choose another with --port`
          : e.code === 'EACCES'
            ? `not allowed to listen on port ${port}: choose a port above 1023 with --port`
            : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
              ? `cannot listen on ${host}: not an address of this machine`
              : `cannot listen on ${host}:${port}: ${e.message}`;
      reject(new KoryuError('E_BAD_VALUE', why));
    });
    server.once('listening', () => {
      const addr = server.address() as AddressInfo;
      const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${shown}:${addr.port}/`,
        port: addr.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
