import { getRequestListener } from '@hono/node-server';
import type { Connect, Plugin } from 'vite';
import { createLocalServer } from './app.ts';
import { CSP_HEADER } from './csp.ts';
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
    const local = createLocalServer({
      pace: parsePace(process.env.LOCAL_PACE, REALISTIC),
      basePath: LOCAL_MOUNT,
    });
    const localListener = getRequestListener(local.app.fetch);
    const proxyListener = getRequestListener((request) => proxyRequest(request));
    // Connect ignores returned promises; the listeners answer every request themselves.
    middlewares.use(LOCAL_MOUNT, (req, res) => void localListener(req, res));
    middlewares.use(PROXY_MOUNT, (req, res) => void proxyListener(req, res));
  };
  return {
    name: 'responses-playground:local-server',
    configureServer: (server) => mount(server.middlewares),
    configurePreviewServer: (server) => {
      // The built page carries its policy as a meta tag; as headers it also forbids framing.
      // Documents only: the validator worker must not get the page's "no eval".
      server.middlewares.use((req, res, next) => {
        res.setHeader('x-content-type-options', 'nosniff');
        if (req.headers.accept?.includes('text/html')) {
          res.setHeader('content-security-policy', CSP_HEADER);
          res.setHeader('referrer-policy', 'no-referrer');
        }
        next();
      });
      mount(server.middlewares);
    },
  };
}
