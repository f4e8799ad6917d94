import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin } from 'vite';
import { createLocalServer } from './app.ts';
import { REALISTIC, parsePace } from './pace.ts';
import { proxyRequest } from './proxy.ts';

/** Base path of the embedded local server: the app's default Base URL is `/local/v1`. */
export const LOCAL_MOUNT = '/local';
export const PROXY_MOUNT = '/proxy';

/**
 * Mounts the local Responses server and the pass-through proxy into `vite dev` and
 * `vite preview`, same origin as the app (so no CORS). Both stream without buffering.
 */
export function localServerPlugin(): Plugin {
  const mount = (middlewares: Connect.Server) => {
    const local = createLocalServer({ pace: parsePace(process.env.LOCAL_PACE, REALISTIC) });
    const localListener = getRequestListener(local.app.fetch);
    const proxyListener = getRequestListener((request) => proxyRequest(request));
    // Connect ignores returned promises; the listeners answer every request themselves.
    middlewares.use(LOCAL_MOUNT, (req, res) => void localListener(req, res));
    middlewares.use(PROXY_MOUNT, (req, res) => void proxyListener(req, res));
  };
  return {
    name: 'responses-playground:local-server',
    configureServer: (server) => mount(server.middlewares),
    configurePreviewServer: (server) => mount(server.middlewares),
  };
}
