import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputText } from '../events/output-text.ts';
import type { ReceivedEvent } from '../events/parse-event.ts';
import { reduceEvents } from '../events/reduce-event.ts';
import { initialStreamState } from '../events/stream-state.ts';
import { absoluteUrl, joinUrl, resolveEndpoint, type Connection } from './connection.ts';
import { sendResponse, type SendHandlers, type SendOptions } from './send-response.ts';
import { reference } from '../../test/reference.ts';

const encoder = new TextEncoder();
const SSE = { 'content-type': 'text/event-stream; charset=utf-8' };
const JSON_TYPE = { 'content-type': 'application/json' };

const direct: Connection = {
  baseUrl: 'https://api.openai.com/v1',
  apiKey: 'sk-test',
  viaProxy: false,
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, init: init ?? {} };
    calls.push(call);
    return Promise.resolve().then(() => respond(call));
  }) as typeof fetch;
  return { fetchImpl, calls };
}

/** A manual clock: `now()` reads it, `tick` moves it. */
function manualClock(start = 1000) {
  let time = start;
  return {
    now: () => time,
    tick: (ms: number) => {
      time += ms;
    },
  };
}

interface Collected {
  handlers: SendHandlers;
  events: ReceivedEvent[];
  chunks: { text: string; at: number }[];
  headers: { status: number; at: number }[];
}

function collect(onEvent?: (event: ReceivedEvent) => void): Collected {
  const collected: Collected = {
    events: [],
    chunks: [],
    headers: [],
    handlers: {
      onEvent: (event) => {
        collected.events.push(event);
        onEvent?.(event);
      },
      onChunk: (text, at) => collected.chunks.push({ text, at }),
      onHeaders: ({ status, at }) => collected.headers.push({ status, at }),
    },
  };
  return collected;
}

function send(
  body: Record<string, unknown>,
  options: Partial<SendOptions> & Pick<SendOptions, 'fetchImpl' | 'handlers'>,
  connection: Connection = direct,
) {
  return sendResponse(connection, body, options);
}

function sseEvent(type: string, sequence: number, extra: Record<string, unknown> = {}): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence, ...extra })}\n\n`;
}

const created = sseEvent('response.created', 0, {
  response: { id: 'resp_1', status: 'in_progress', output: [] },
});
const inProgress = sseEvent('response.in_progress', 1, {
  response: { id: 'resp_1', status: 'in_progress', output: [] },
});
const completed = sseEvent('response.completed', 2, {
  response: { id: 'resp_1', status: 'completed', output: [] },
});

/** A body that hands out `parts` when read, moving the clock by `step` before each one. */
function timedBody(parts: readonly string[], tick: (ms: number) => void, step: number) {
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const part = parts[next++];
        if (part === undefined) {
          controller.close();
          return;
        }
        tick(step);
        controller.enqueue(encoder.encode(part));
      },
    },
    // Nothing is pulled ahead of a read, so the clock moves only as the reader asks.
    { highWaterMark: 0 },
  );
}

describe('sendResponse: streaming', () => {
  it('delivers the events in order with their times and ends with stream-ended', async () => {
    const clock = manualClock();
    const { fetchImpl, calls } = fakeFetch(() => {
      clock.tick(40); // time to headers
      return new Response(
        timedBody(
          [created + inProgress.slice(0, 30), inProgress.slice(30), completed],
          clock.tick,
          25,
        ),
        {
          status: 200,
          headers: SSE,
        },
      );
    });
    const collected = collect();
    const outcome = await send(
      { model: 'gpt-4o-mini', input: 'Hi', stream: true },
      { fetchImpl, handlers: collected.handlers, now: clock.now },
    );

    expect(outcome).toEqual({ kind: 'stream-ended' });
    expect(collected.headers).toEqual([{ status: 200, at: 40 }]);
    expect(collected.events.map((e) => [e.index, e.type, e.name, e.sequenceNumber, e.at])).toEqual([
      [0, 'response.created', 'response.created', 0, 65],
      [1, 'response.in_progress', 'response.in_progress', 1, 90],
      [2, 'response.completed', 'response.completed', 2, 115],
    ]);
    expect(collected.chunks.map((c) => c.at)).toEqual([65, 90, 115]);
    expect(collected.chunks.map((c) => c.text).join('')).toBe(created + inProgress + completed);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('https://api.openai.com/v1/responses');
    expect(call?.init.method).toBe('POST');
    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer sk-test');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept')).toBe('text/event-stream');
    expect(JSON.parse(typeof call?.init.body === 'string' ? call.init.body : '')).toEqual({
      model: 'gpt-4o-mini',
      input: 'Hi',
      stream: true,
    });
  });

  it('streams a recorded transcript that the reducer turns into its text', async () => {
    const bytes = new Uint8Array(readFileSync(reference('sse/openai-text-basic.sse')));
    const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 3333), bytes.subarray(3333)];
    const { fetchImpl } = fakeFetch(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (const chunk of chunks) controller.enqueue(chunk);
              controller.close();
            },
          }),
          { headers: SSE },
        ),
    );
    const collected = collect();
    const outcome = await send({ stream: true }, { fetchImpl, handlers: collected.handlers });
    expect(outcome.kind).toBe('stream-ended');
    expect(collected.events).toHaveLength(17);
    const state = reduceEvents(initialStreamState, collected.events);
    expect(state.issues).toEqual([]);
    expect(state.status).toBe('completed');
    expect(outputText(state.output)).toBe('Hello! How can I assist you today?');
  });

  it('loses the connection mid-stream: network-error, the events before it kept', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        if (pulls === 1) controller.enqueue(encoder.encode(created + inProgress.slice(0, 20)));
        else controller.error(new TypeError('terminated'));
      },
    });
    const { fetchImpl } = fakeFetch(() => new Response(body, { headers: SSE }));
    const collected = collect();
    const outcome = await send({ stream: true }, { fetchImpl, handlers: collected.handlers });
    expect(outcome.kind).toBe('network-error');
    if (outcome.kind !== 'network-error') return;
    expect(outcome.error.source).toBe('network');
    expect(outcome.error.message).toContain('mid-stream');
    expect(outcome.error.message).toContain('terminated');
    expect(collected.events.map((e) => e.type)).toEqual(['response.created']);
  });

  it('is aborted mid-stream through the AbortController', async () => {
    const controller = new AbortController();
    const { fetchImpl } = fakeFetch(({ init }) => {
      // Like a real fetch: aborting errors the body being read.
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(encoder.encode(created));
          init.signal?.addEventListener('abort', () => stream.error(init.signal?.reason));
        },
      });
      return new Response(body, { headers: SSE });
    });
    const collected = collect(() => controller.abort());
    const outcome = await send(
      { stream: true },
      { fetchImpl, handlers: collected.handlers, signal: controller.signal },
    );
    expect(outcome).toEqual({ kind: 'aborted' });
    expect(collected.events.map((e) => e.type)).toEqual(['response.created']);
  });

  it('is aborted before the headers arrive', async () => {
    const controller = new AbortController();
    const { fetchImpl } = fakeFetch(({ init }) => {
      controller.abort();
      throw init.signal?.reason;
    });
    const collected = collect();
    const outcome = await send(
      { stream: true },
      { fetchImpl, handlers: collected.handlers, signal: controller.signal },
    );
    expect(outcome).toEqual({ kind: 'aborted' });
    expect(collected.headers).toEqual([]);
  });
});

describe('sendResponse: other endings', () => {
  it('returns the JSON body of a non-streamed response', async () => {
    const body = { id: 'resp_1', object: 'response', status: 'completed', output: [] };
    const { fetchImpl, calls } = fakeFetch(
      () => new Response(JSON.stringify(body), { status: 200, headers: JSON_TYPE }),
    );
    const collected = collect();
    const outcome = await send(
      { model: 'm', input: 'x' },
      { fetchImpl, handlers: collected.handlers },
    );
    expect(outcome).toEqual({ kind: 'json', body });
    expect(new Headers(calls[0]?.init.headers).get('accept')).toBe('application/json');
    expect(collected.events).toEqual([]);
  });

  it('flags a 200 body that is neither SSE nor JSON', async () => {
    const { fetchImpl } = fakeFetch(
      () =>
        new Response('<html>hi</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    const outcome = await send({}, { fetchImpl, handlers: collect().handlers });
    expect(outcome.kind).toBe('http-error');
    if (outcome.kind !== 'http-error') return;
    expect(outcome.error.source).toBe('protocol');
    expect(outcome.error.message).toBe(
      'HTTP 200, but the body is not JSON (content-type: text/html).',
    );
  });

  it('reads a 429 with the JSON envelope and retry-after', async () => {
    const envelope = {
      error: {
        message: 'Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    };
    const { fetchImpl } = fakeFetch(
      () =>
        new Response(JSON.stringify(envelope), {
          status: 429,
          statusText: 'Too Many Requests',
          headers: { ...JSON_TYPE, 'retry-after': '20' },
        }),
    );
    const collected = collect();
    const outcome = await send({ stream: true }, { fetchImpl, handlers: collected.handlers });
    expect(outcome).toEqual({
      kind: 'http-error',
      error: {
        source: 'http',
        status: 429,
        statusText: 'Too Many Requests',
        retryAfter: 20,
        message: envelope.error.message,
        type: 'requests',
        code: 'rate_limit_exceeded',
        param: null,
      },
    });
    expect(collected.headers.map((h) => h.status)).toEqual([429]);
  });

  it('turns a 502 HTML page into a readable message', async () => {
    const html =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const { fetchImpl } = fakeFetch(
      () =>
        new Response(html, {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html' },
        }),
    );
    const outcome = await send({ stream: true }, { fetchImpl, handlers: collect().handlers });
    expect(outcome.kind).toBe('http-error');
    if (outcome.kind !== 'http-error') return;
    expect(outcome.error.message).toContain('502 Bad Gateway');
    expect(outcome.error.message).not.toContain('<');
    expect(outcome.error.rawBody).toBe(html);
  });

  it('reports a fetch that rejects as a network error', async () => {
    const { fetchImpl } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const collected = collect();
    const outcome = await send({ stream: true }, { fetchImpl, handlers: collected.handlers });
    expect(outcome.kind).toBe('network-error');
    if (outcome.kind !== 'network-error') return;
    expect(outcome.error.source).toBe('network');
    expect(outcome.error.message).toMatch(/^Could not reach the server \(Failed to fetch\)\./);
    expect(outcome.error.message).not.toContain('mid-stream');
    expect(collected.headers).toEqual([]);
  });
});

describe('sendResponse: the request', () => {
  it('sends no Authorization header when the key is empty or blank', async () => {
    for (const apiKey of ['', '   ']) {
      const { fetchImpl, calls } = fakeFetch(() => new Response('{}', { headers: JSON_TYPE }));
      await send({}, { fetchImpl, handlers: collect().handlers }, { ...direct, apiKey });
      expect(new Headers(calls[0]?.init.headers).has('authorization')).toBe(false);
    }
  });

  it('trims the key and keeps the connection’s extra headers', async () => {
    const { fetchImpl, calls } = fakeFetch(() => new Response('{}', { headers: JSON_TYPE }));
    await send(
      {},
      { fetchImpl, handlers: collect().handlers },
      { ...direct, apiKey: ' sk-abc \n', headers: { 'X-Pace': 'slow' } },
    );
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer sk-abc');
    expect(headers.get('x-pace')).toBe('slow');
  });

  it('goes through the same-origin proxy with the encoded absolute target', async () => {
    const { fetchImpl, calls } = fakeFetch(() => new Response('{}', { headers: JSON_TYPE }));
    await send(
      { stream: false },
      { fetchImpl, handlers: collect().handlers },
      { baseUrl: 'https://api.example.com/v1/', apiKey: 'sk-secret', viaProxy: true },
    );
    const url = calls[0]?.url ?? '';
    expect(url).toBe('/proxy?url=https%3A%2F%2Fapi.example.com%2Fv1%2Fresponses');
    expect(new URL(url, 'http://localhost').searchParams.get('url')).toBe(
      'https://api.example.com/v1/responses',
    );
    // The key still travels as a header to the proxy, never in the URL.
    expect(url).not.toContain('sk-secret');
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer sk-secret');
  });

  it('resolves a relative base URL against the page origin', async () => {
    const { fetchImpl, calls } = fakeFetch(() => new Response('{}', { headers: JSON_TYPE }));
    await send(
      {},
      { fetchImpl, handlers: collect().handlers, origin: 'http://127.0.0.1:5173' },
      { baseUrl: '/local/v1', apiKey: '', viaProxy: false },
    );
    expect(calls[0]?.url).toBe('http://127.0.0.1:5173/local/v1/responses');
  });
});

describe('connection helpers', () => {
  it.each([
    ['https://api.openai.com/v1', 'responses'],
    ['https://api.openai.com/v1/', 'responses'],
    ['https://api.openai.com/v1//', '/responses'],
    ['https://api.openai.com/v1', '//responses'],
  ])('joinUrl(%j, %j) has exactly one slash between', (base, path) => {
    expect(joinUrl(base, path)).toBe('https://api.openai.com/v1/responses');
  });

  it('keeps absolute URLs and resolves relative ones', () => {
    expect(absoluteUrl('http://localhost:1234/v1', 'https://elsewhere')).toBe(
      'http://localhost:1234/v1',
    );
    expect(absoluteUrl('/v1', 'https://play.example')).toBe('https://play.example/v1');
  });

  it('resolveEndpoint gives the real target beside the proxied URL', () => {
    const viaProxy = resolveEndpoint(
      { baseUrl: 'http://localhost:1234/v1', apiKey: '', viaProxy: true },
      'models',
    );
    expect(viaProxy).toEqual({
      url: '/proxy?url=http%3A%2F%2Flocalhost%3A1234%2Fv1%2Fmodels',
      target: 'http://localhost:1234/v1/models',
      headers: {},
    });
    const plain = resolveEndpoint(
      { baseUrl: 'http://localhost:1234/v1', apiKey: '', viaProxy: false },
      'models',
    );
    expect(plain.url).toBe(plain.target);
  });
});
