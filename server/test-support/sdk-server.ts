import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { createLocalServer } from '../app.ts';
import { INSTANT } from '../pace.ts';

export interface SdkServer {
  client: OpenAI;
  close: () => Promise<void>;
}

/** The local server on an ephemeral loopback port, and the official SDK as its client over HTTP. */
export async function startSdkServer(): Promise<SdkServer> {
  const local = createLocalServer({ pace: INSTANT });
  let server: ServerType | undefined;
  const info = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: local.app.fetch, hostname: '127.0.0.1', port: 0 }, resolve);
  });
  const client = new OpenAI({
    baseURL: `http://127.0.0.1:${info.port}/v1`,
    apiKey: 'test-key',
    maxRetries: 0,
    timeout: 10_000,
  });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (!server) return resolve();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return { client, close };
}
