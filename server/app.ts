import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { BackgroundRun, BackgroundRuns } from './background.ts';
import { mountBeacon } from './beacon.ts';
import { echoReply } from './echo-reply.ts';
import { HttpError, missingApiKey, responseNotFound } from './errors.ts';
import { httpFault } from './faults.ts';
import { HOSTILE_MODEL, hostileOutput } from './hostile-reply.ts';
import { newId } from './ids.ts';
import { message } from './items/message-item.ts';
import { normalizeInput, summarizeInput } from './input.ts';
import { longReply, requestedLength } from './long-reply.ts';
import { LOCAL_MODELS, MODEL_CREATED } from './models.ts';
import { INSTANT, REALISTIC, parsePace, type Pace } from './pace.ts';
import { planOutput } from './plan-output.ts';
import { RequestLog } from './request-log.ts';
import { createResponseObject, type RequestBody } from './response-object.ts';
import { ResponseStore } from './response-store.ts';
import { sseBody } from './sse-stream.ts';
import { streamSteps, type Plan } from './stream-steps.ts';
import { countTokens, tokenize } from './tokenize.ts';
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

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

function requestId(): string {
  return `req_${newId('msg').slice(4, 36)}`;
}

function replyText(model: string, lastUserText: string, echo: () => string): string {
  if (model === 'local-long') return longReply(lastUserText, requestedLength(lastUserText));
  return echo();
}

async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The local Responses server as a Web-standard fetch handler (Hono). Mount it anywhere. */
export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const defaultPace = options.pace ?? REALISTIC;
  const store = new ResponseStore();
  const background = new BackgroundRuns();
  const log = new RequestLog();
  const app = new Hono();

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

  app.get('/v1/models', (c) =>
    c.json({
      object: 'list',
      data: LOCAL_MODELS.map((m) => ({
        id: m.id,
        object: 'model',
        created: MODEL_CREATED,
        owned_by: 'local',
        description: m.description,
      })),
    }),
  );

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

  function createResponse(c: Context, body: RequestBody, model: string) {
    const previousId =
      typeof body.previous_response_id === 'string' ? body.previous_response_id : null;
    if (previousId !== null && !store.get(previousId)) {
      throw new HttpError(400, `Previous response with id '${previousId}' not found.`, {
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      });
    }
    const history = previousId ? store.conversationAfter(previousId) : [];
    const inputItems = normalizeInput(body.input);
    const input = summarizeInput(inputItems);
    const earlier = summarizeInput(history);
    const lastUserText = input.userTexts.at(-1) ?? '';
    const instructions = typeof body.instructions === 'string' ? body.instructions : '';
    const prose = replyText(model, lastUserText, () =>
      echoReply({ model, body, input, earlierUserTexts: earlier.userTexts }),
    );
    const turn = {
      model,
      body,
      inputItems,
      history,
      lastUserText,
      question: input.userTexts.at(-1) ?? earlier.userTexts.at(-1) ?? '',
      instructions,
      prose,
    };
    const isBackground = body.background === true;
    if (isBackground && body.store === false) {
      throw new HttpError(400, 'Background mode requires store=true', { param: 'background' });
    }
    // In background mode the generation never drops: the connection is not the response.
    const faulty = model === 'local-fail' || (model === 'local-drop' && !isBackground);
    // The fault models always stream the echo, so the fault always lands mid-answer.
    const items = faulty
      ? [message({ text: prose })]
      : model === HOSTILE_MODEL
        ? hostileOutput({ userText: lastUserText, beaconUrl: ownUrl(c, '/debug/beacon') })
        : planOutput(turn);
    const response = createResponseObject(body, newId('resp'), Math.floor(Date.now() / 1000));
    const pace = parsePace(c.req.header('x-local-pace'), defaultPace);
    const tokens = tokenize(prose).length;
    const streamOptions = (body.stream_options ?? {}) as { include_obfuscation?: unknown };
    const plan: Plan = {
      response,
      items,
      maxOutputTokens: typeof body.max_output_tokens === 'number' ? body.max_output_tokens : null,
      inputTokens: countTokens(instructions + toolText(body) + earlier.allText + input.allText),
      cachedTokens: countTokens(earlier.allText),
      obfuscate: streamOptions.include_obfuscation !== false,
      ...(isBackground ? { queued: true } : {}),
      ...(faulty
        ? {
            fault: {
              kind: model === 'local-drop' ? 'drop' : 'fail',
              afterTokens: Math.min(24, Math.floor(tokens / 2)),
            },
          }
        : {}),
    };
    const stored = body.store !== false;
    if (stored) store.put({ response, inputItems, history });
    const onEnd = (final: ApiResponse) => {
      if (stored) store.update(final.id, final);
    };

    if (isBackground) {
      const queued = { ...response, status: 'queued' as const };
      store.update(response.id, queued);
      const run = new BackgroundRun(queued, (snapshot) => store.update(snapshot.id, snapshot));
      background.add(response.id, run);
      void run.run(streamSteps(plan), pace);
      if (body.stream === true) return new Response(run.follow(-1), { headers: SSE_HEADERS });
      return c.json(queued);
    }
    if (body.stream === true) {
      return new Response(sseBody(streamSteps(plan), pace, onEnd), { headers: SSE_HEADERS });
    }
    return nonStreamed(c, plan, pace, onEnd);
  }

  /** Non-streamed: the same steps run to the end, after the time streaming would have taken. */
  async function nonStreamed(c: Context, plan: Plan, pace: Pace, onEnd: (r: ApiResponse) => void) {
    const steps = streamSteps(plan);
    let tokens = 0;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        const seconds = pace.tokensPerSecond ? tokens / pace.tokensPerSecond : 0;
        await sleep(pace === INSTANT ? 0 : pace.firstTokenMs + seconds * 1000, c.req.raw.signal);
        onEnd(next.value);
        if (next.value.status === 'failed') {
          const message = next.value.error?.message ?? 'The response failed.';
          throw new HttpError(500, message, { type: 'server_error', code: 'server_error' });
        }
        return c.json(next.value);
      }
      if (next.value.kind === 'drop') return cutConnection();
      if (next.value.paced) tokens++;
    }
  }

  app.get('/v1/responses/:id', (c) => {
    const id = c.req.param('id');
    const entry = store.get(id);
    if (!entry) throw responseNotFound(id);
    if (c.req.query('stream') !== 'true') return c.json(entry.response);
    const run = background.get(id);
    if (!run) {
      throw new HttpError(400, 'Only background responses can be streamed with GET.', {
        param: 'stream',
      });
    }
    const after = Number(c.req.query('starting_after') ?? -1);
    const startingAfter = Number.isInteger(after) ? after : -1;
    return new Response(run.follow(startingAfter), { headers: SSE_HEADERS });
  });

  app.post('/v1/responses/:id/cancel', (c) => {
    const id = c.req.param('id');
    const entry = store.get(id);
    if (!entry) throw responseNotFound(id);
    const run = background.get(id);
    if (!run) {
      throw new HttpError(400, 'Only responses created with background=true can be cancelled.', {
        param: null,
      });
    }
    return c.json(run.cancel());
  });

  app.delete('/v1/responses/:id', (c) => {
    const id = c.req.param('id');
    if (!store.delete(id)) throw responseNotFound(id);
    return c.json({ id, object: 'response', deleted: true });
  });

  app.get('/v1/responses/:id/input_items', (c) => {
    const entry = store.get(c.req.param('id'));
    if (!entry) throw responseNotFound(c.req.param('id'));
    const order = c.req.query('order') === 'asc' ? 'asc' : 'desc';
    const limit = Math.min(100, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    let items = order === 'asc' ? entry.inputItems.slice() : entry.inputItems.slice().reverse();
    const after = c.req.query('after');
    if (after) items = items.slice(items.findIndex((i) => i.id === after) + 1);
    const page = items.slice(0, limit);
    return c.json({
      object: 'list',
      data: page,
      first_id: page[0]?.id ?? null,
      last_id: page.at(-1)?.id ?? null,
      has_more: items.length > page.length,
    });
  });

  /** An absolute URL on this server, from the request's own origin (dev, preview, standalone). */
  function ownUrl(c: Context, path: string): string {
    return `${new URL(c.req.url).origin}${options.basePath ?? ''}${path}`;
  }

  mountBeacon(app);
  app.get('/debug/requests', (c) => c.json({ object: 'list', data: log.list() }));
  app.delete('/debug/requests', (c) => {
    log.clear();
    return c.json({ deleted: true });
  });

  return { app, store, log };
}

/** What the model reads besides the input: tool definitions and the output schema. */
function toolText(body: RequestBody): string {
  const format = (body.text as { format?: unknown } | undefined)?.format;
  return (body.tools ? JSON.stringify(body.tools) : '') + (format ? JSON.stringify(format) : '');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A body that fails before it completes: the client sees the connection cut. */
function cutConnection(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":"resp_'));
      controller.error(new Error('local-drop: the connection was cut on purpose'));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}
