import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { BackgroundRuns } from './background.ts';
import { mountBeacon } from './beacon.ts';
import { createResponder } from './create-response.ts';
import { HttpError, missingApiKey, modelNotFound } from './errors.ts';
import { httpFault } from './faults.ts';
import { newId } from './ids.ts';
import { LOCAL_MODELS, findModel, modelObject } from './models.ts';
import { REALISTIC, type Pace } from './pace.ts';
import { RequestLog } from './request-log.ts';
import type { RequestBody } from './response-object.ts';
import { ResponseStore } from './response-store.ts';
import { mountStoredResponses } from './stored-response-routes.ts';
import { parseBody, validateRequest } from './validate.ts';

export interface LocalServerOptions {
  /** Default pace; a request may override it with the `x-local-pace` header. */
  pace?: Pace;
  /** Send CORS headers (the standalone server does; inside Vite it is same-origin). */
  cors?: boolean;
  /** Where the server is mounted (`/local` inside Vite), for URLs it writes into its answers. */
  basePath?: string;
}

export interface LocalServer {
  app: Hono;
  store: ResponseStore;
  log: RequestLog;
}

function requestId(): string {
  return `req_${newId('msg').slice(4, 36)}`;
}

/** The local Responses server as a Web-standard fetch handler (Hono). Mount it anywhere. */
export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const defaultPace = options.pace ?? REALISTIC;
  const store = new ResponseStore();
  const background = new BackgroundRuns();
  const log = new RequestLog();
  const app = new Hono();
  const createResponse = createResponder({
    store,
    background,
    defaultPace,
    basePath: options.basePath,
  });

  if (options.cors) {
    app.use(
      '*',
      cors({ origin: '*', exposeHeaders: ['retry-after', 'x-request-id'], maxAge: 600 }),
    );
  }
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-request-id', requestId());
  });
  app.use('/v1/*', async (c, next) => {
    const auth = c.req.header('authorization') ?? '';
    if (!/^Bearer\s+\S+/i.test(auth)) throw missingApiKey();
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json(error.body, error.status as 400, error.headers);
    }
    const message = error instanceof Error ? error.message : String(error);
    return c.json(
      {
        error: {
          message: `Local server error: ${message}`,
          type: 'server_error',
          param: null,
          code: null,
        },
      },
      500,
    );
  });
  app.notFound((c) =>
    c.json(
      {
        error: {
          message: `Invalid URL (${c.req.method} ${new URL(c.req.url).pathname})`,
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      },
      404,
    ),
  );

  app.get('/v1/models', (c) => c.json({ object: 'list', data: LOCAL_MODELS.map(modelObject) }));

  app.get('/v1/models/:model', (c) => {
    const id = c.req.param('model');
    const model = findModel(id);
    if (!model) throw modelNotFound(id);
    return c.json(modelObject(model));
  });

  app.post('/v1/responses', async (c) => {
    const text = await c.req.text();
    const auth = c.req.header('authorization');
    const entry = {
      at: new Date().toISOString(),
      method: 'POST',
      path: '/v1/responses',
      authorization: auth ? ('bearer' as const) : ('none' as const),
    };
    let body: RequestBody;
    try {
      body = parseBody(text);
    } finally {
      log.add({ ...entry, body: safeJson(text) });
    }
    validateRequest(body);
    const model = body.model as string;
    const fault = httpFault(model);
    if (fault instanceof HttpError) throw fault;
    if (fault) return fault;
    return createResponse(c, body, model);
  });

  mountStoredResponses(app, store, background);

  mountBeacon(app);
  app.get('/debug/requests', (c) => c.json({ object: 'list', data: log.list() }));
  app.delete('/debug/requests', (c) => {
    log.clear();
    return c.json({ deleted: true });
  });

  return { app, store, log };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
