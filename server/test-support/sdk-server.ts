import OpenAI from 'openai';
import { startLocalHttp } from './local-http.ts';

export interface SdkServer {
  client: OpenAI;
  close: () => Promise<void>;
}

/** The local server on an ephemeral loopback port, and the official SDK as its client over HTTP. */
export async function startSdkServer(): Promise<SdkServer> {
  const { origin, close } = await startLocalHttp();
  const client = new OpenAI({
    baseURL: `${origin}/v1`,
    apiKey: 'test-key',
    maxRetries: 0,
    timeout: 10_000,
  });
  return { client, close };
}
