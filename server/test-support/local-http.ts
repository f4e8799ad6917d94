import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createLocalServer } from '../app.ts';
import { INSTANT } from '../pace.ts';

export interface LocalHttp {
  /** `http://127.0.0.1:<port>`: the server's own paths (`/v1/…`, `/debug/…`) hang off it. */
  origin: string;
  close: () => Promise<void>;
}

/** The local server at instant pace on an ephemeral loopback port, over real HTTP. */
export async function startLocalHttp(): Promise<LocalHttp> {
  const local = createLocalServer({ pace: INSTANT });
  let server: ServerType | undefined;
  const info = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: local.app.fetch, hostname: '127.0.0.1', port: 0 }, resolve);
  });
  return {
    origin: `http://127.0.0.1:${info.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
