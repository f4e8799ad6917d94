import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type {
  Response as ApiResponse,
  ResponseItem,
  ResponseStreamEvent,
  ResponseTextDeltaEvent,
} from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { createLocalServer, type LocalServer } from './app.ts';
import { INSTANT } from './pace.ts';
import { sseBody } from './sse-stream.ts';
import type { Step } from './stream-steps.ts';

const RESP_ID = /^resp_[0-9a-f]{50}$/;
const MSG_ID = /^msg_[0-9a-f]{50}$/;
const AUTH = 'Bearer test-key';

interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

interface ListBody<T> {
  object: 'list';
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

interface ParsedStream {
  messages: EventSourceMessage[];
  events: ResponseStreamEvent[];
}

type App = LocalServer['app'];

function server(cors = false): LocalServer {
  return createLocalServer({ pace: INSTANT, cors });
}

async function post(
  app: App,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return app.request('/v1/responses', {
    method: 'POST',
    headers: { authorization: AUTH, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function get(app: App, path: string): Promise<Response> {
  return app.request(path, { headers: { authorization: AUTH } });
}

async function parseSse(res: Response): Promise<ParsedStream> {
  const messages: EventSourceMessage[] = [];
  const parser = createParser({
    onEvent: (message) => messages.push(message),
    onError: (error) => {
      throw error;
    },
  });
  parser.feed(await res.text());
  const events = messages.map((m) => JSON.parse(m.data) as ResponseStreamEvent);
  return { messages, events };
}

function isDelta(event: ResponseStreamEvent): event is ResponseTextDeltaEvent {
  return event.type === 'response.output_text.delta';
}

function terminal(events: ResponseStreamEvent[]): ApiResponse {
  const last = events.at(-1);
  if (
    !last ||
    (last.type !== 'response.completed' &&
      last.type !== 'response.incomplete' &&
      last.type !== 'response.failed')
  ) {
    throw new Error(`The stream did not end with a terminal event (last: ${last?.type})`);
  }
  return last.response;
}

function outputText(response: ApiResponse): string {
  return response.output
    .flatMap((item) => (item.type === 'message' ? item.content : []))
    .map((part) => (part.type === 'output_text' ? part.text : ''))
    .join('');
}

function inputText(item: ResponseItem): string {
  if (item.type !== 'message') return '';
  return item.content.map((part) => ('text' in part ? part.text : '')).join('');
}

/** Everything that legitimately differs between two runs of the same request. */
function normalise(response: ApiResponse): unknown {
  const copy = structuredClone(response);
  return {
    ...copy,
    id: 'resp',
    created_at: 0,
    completed_at: copy.completed_at === null ? null : 0,
    output: copy.output.map((item) => ({ ...item, id: 'item' })),
  };
}

function expectOpenAIError(body: unknown): asserts body is ErrorBody {
  expect(Object.keys(body as object)).toEqual(['error']);
  const error = (body as { error: Record<string, unknown> }).error;
  expect(Object.keys(error)).toEqual(['message', 'type', 'param', 'code']);
  expect(error.message).toBeTypeOf('string');
  expect((error.message as string).length).toBeGreaterThan(10);
  expect(error.type).toBeTypeOf('string');
  expect(typeof error.param === 'string' || error.param === null).toBe(true);
  expect(typeof error.code === 'string' || error.code === null).toBe(true);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('streaming local-echo', () => {
  it('plays the canonical event sequence with consistent ids, indexes and text', async () => {
    const { app } = server();
    const res = await post(app, {
      model: 'local-echo',
      input: 'Hello from the test',
      stream: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const { messages, events } = await parseSse(res);

    const deltas = events.filter(isDelta);
    expect(deltas.length).toBeGreaterThan(20);
    expect(events.map((e) => e.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...deltas.map(() => 'response.output_text.delta'),
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    messages.forEach((message, i) => expect(message.event).toBe(events[i]?.type));

    const responseIds = new Set<string>();
    const itemIds = new Set<string>();
    for (const event of events) {
      if ('response' in event) responseIds.add(event.response.id);
      if ('item' in event) itemIds.add(event.item.id ?? '');
      if ('item_id' in event) itemIds.add(event.item_id);
      if ('output_index' in event) expect(event.output_index).toBe(0);
      if ('content_index' in event) expect(event.content_index).toBe(0);
    }
    expect(responseIds.size).toBe(1);
    expect([...responseIds][0]).toMatch(RESP_ID);
    expect(itemIds.size).toBe(1);
    expect([...itemIds][0]).toMatch(MSG_ID);

    const created = events[0];
    expect(created?.type === 'response.created' && created.response.status).toBe('in_progress');
    expect(created?.type === 'response.created' && created.response.output).toEqual([]);

    const text = deltas.map((d) => d.delta).join('');
    const done = events.find((e) => e.type === 'response.output_text.done');
    expect(done?.type === 'response.output_text.done' && done.text).toBe(text);
    const completed = terminal(events);
    expect(completed.status).toBe('completed');
    expect(completed.completed_at).toEqual(expect.any(Number));
    expect(outputText(completed)).toBe(text);
    expect(text).toContain('> Hello from the test');

    // Markdown the renderer must cope with: heading, list, table, fenced code.
    expect(text).toMatch(/^#{1,6} \S/m);
    expect(text).toMatch(/^- \S/m);
    expect(text).toMatch(/^\|.*\|\n\| *-{3,} *\|/m);
    expect(text).toMatch(/^```json\n[\s\S]+?\n```$/m);

    const usage = completed.usage;
    expect(usage).toMatchObject({
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: deltas.length,
      output_tokens_details: { reasoning_tokens: 0 },
    });
    expect(usage?.input_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.input_tokens ?? 0) + deltas.length);
  });

  it('pads deltas with obfuscation unless stream_options.include_obfuscation is false', async () => {
    const { app } = server();
    const padded = await parseSse(
      await post(app, { model: 'local-echo', input: 'x', stream: true }),
    );
    const plain = await parseSse(
      await post(app, {
        model: 'local-echo',
        input: 'x',
        stream: true,
        stream_options: { include_obfuscation: false },
      }),
    );
    const paddedDeltas = padded.events.filter(isDelta);
    const plainDeltas = plain.events.filter(isDelta);
    expect(paddedDeltas.length).toBeGreaterThan(0);
    expect(paddedDeltas.every((d) => 'obfuscation' in d && typeof d.obfuscation === 'string')).toBe(
      true,
    );
    expect(plainDeltas.length).toBeGreaterThan(0);
    expect(plainDeltas.some((d) => 'obfuscation' in d)).toBe(false);
  });

  it('never splits a surrogate pair across deltas', async () => {
    const { app } = server();
    const input = 'x😀😀😀😀 !!!𐀀𐀀𐀀 ok';
    const res = await post(app, { model: 'local-echo', input, stream: true });
    const { messages, events } = await parseSse(res);
    const deltas = events.filter(isDelta);
    expect(deltas.map((d) => d.delta).join('')).toContain(`> ${input}`);
    for (const delta of deltas) {
      expect(delta.delta).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|^[\uDC00-\uDFFF]/);
    }
    // Strict JSON parsers (I-JSON) reject escaped lone surrogates on the wire.
    expect(messages.some((m) => /\\ud[89a-f]/i.test(m.data))).toBe(false);
  });

  it('echoes the request parameters on the response object', async () => {
    const { app } = server();
    const metadata = { run: 'unit', attempt: '1' };
    const res = await post(app, {
      model: 'local-echo',
      input: 'params please',
      temperature: 0.3,
      top_p: 0.9,
      metadata,
      instructions: 'Be helpful.',
      max_output_tokens: 4000,
      stream: true,
    });
    const { events } = await parseSse(res);
    for (const event of events) {
      if (!('response' in event)) continue;
      expect(event.response).toMatchObject({
        object: 'response',
        model: 'local-echo',
        temperature: 0.3,
        top_p: 0.9,
        metadata,
        instructions: 'Be helpful.',
        max_output_tokens: 4000,
        store: true,
        previous_response_id: null,
      });
      expect(event.response).not.toHaveProperty('stream');
      expect(event.response).not.toHaveProperty('input');
    }
    expect(outputText(terminal(events))).toContain('Following your instructions: “Be helpful.”');
  });

  it('obeys instructions: "answer in uppercase" upper-cases the prose but not the code', async () => {
    const { app } = server();
    const plain = (await (
      await post(app, { model: 'local-echo', input: 'Shout this back' })
    ).json()) as ApiResponse;
    const upper = (await (
      await post(app, {
        model: 'local-echo',
        input: 'Shout this back',
        instructions: 'answer in uppercase',
      })
    ).json()) as ApiResponse;
    expect(outputText(plain)).toContain('> Shout this back');
    expect(outputText(plain)).toContain('## Echo from local-echo');

    const text = outputText(upper);
    expect(text).toContain('> SHOUT THIS BACK');
    expect(text).toContain('## ECHO FROM LOCAL-ECHO');
    const [prose = '', code = ''] = text.split('```json');
    expect(prose).toBe(prose.toUpperCase());
    expect(prose).toMatch(/[A-Z]{4}/);
    expect(code).toContain('"model": "local-echo"');
  });

  it('answers stream:false with the same text, usage and response as stream:true', async () => {
    const { app } = server();
    const request = {
      model: 'local-echo',
      input: [{ role: 'user', content: 'Compare me' }],
      instructions: 'Answer carefully.',
      temperature: 0.7,
    };
    const streamed = terminal(
      (await parseSse(await post(app, { ...request, stream: true }))).events,
    );
    const res = await post(app, { ...request, stream: false });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const plain = (await res.json()) as ApiResponse;

    // The whole echo (table and request body included), not just a prefix of it.
    expect(outputText(plain)).toContain('```json');
    expect(outputText(plain)).toBe(outputText(streamed));
    expect(plain.usage).toEqual(streamed.usage);
    expect(normalise(plain)).toEqual(normalise(streamed));
    expect(plain.id).not.toBe(streamed.id);
  });
});

describe('local-long', () => {
  it('writes as many tokens as the input asks for', async () => {
    const { app } = server();
    const { events } = await parseSse(
      await post(app, { model: 'local-long', input: 'Please write 300 tokens.', stream: true }),
    );
    const deltas = events.filter(isDelta);
    expect(deltas).toHaveLength(300);
    const final = terminal(events);
    expect(final.status).toBe('completed');
    expect(final.usage?.output_tokens).toBe(300);
    expect(outputText(final)).toBe(deltas.map((d) => d.delta).join(''));
    expect(outputText(final)).toMatch(/^# A long answer\n\n## Part 1\n/);
  });

  it('stops at max_output_tokens with response.incomplete', async () => {
    const { app } = server();
    const request = { model: 'local-long', input: 'write 300 tokens', max_output_tokens: 50 };
    const { events } = await parseSse(await post(app, { ...request, stream: true }));
    const deltas = events.filter(isDelta);
    expect(deltas).toHaveLength(50);
    expect(events.at(-1)?.type).toBe('response.incomplete');
    expect(events.some((e) => e.type === 'response.completed')).toBe(false);
    const final = terminal(events);
    expect(final.status).toBe('incomplete');
    expect(final.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(final.output[0]?.type === 'message' && final.output[0].status).toBe('incomplete');
    expect(final.usage?.output_tokens).toBe(50);
    expect(outputText(final)).toBe(deltas.map((d) => d.delta).join(''));

    const plain = (await (await post(app, request)).json()) as ApiResponse;
    expect(plain.status).toBe('incomplete');
    expect(plain.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(outputText(plain)).toBe(outputText(final));
  });
});

describe('request errors', () => {
  const cases: { name: string; body: unknown; param: string | null; code: string | null }[] = [
    {
      name: 'missing model',
      body: { input: 'hi' },
      param: 'model',
      code: 'missing_required_parameter',
    },
    { name: 'malformed JSON', body: '{"model": "local-echo",', param: null, code: null },
    { name: 'a JSON array body', body: '[1,2]', param: null, code: null },
    {
      name: 'temperature 3',
      body: { model: 'local-echo', temperature: 3 },
      param: 'temperature',
      code: 'decimal_above_max_value',
    },
    {
      name: 'temperature -1',
      body: { model: 'local-echo', temperature: -1 },
      param: 'temperature',
      code: 'decimal_below_min_value',
    },
    {
      name: 'top_p 1.5',
      body: { model: 'local-echo', top_p: 1.5 },
      param: 'top_p',
      code: 'decimal_above_max_value',
    },
    {
      name: 'conversation with previous_response_id',
      body: { model: 'local-echo', conversation: 'conv_1', previous_response_id: 'resp_1' },
      param: null,
      code: 'mutually_exclusive_parameters',
    },
    {
      name: 'an unknown tool type',
      body: { model: 'local-echo', tools: [{ type: 'teleport' }] },
      param: 'tools[0].type',
      code: 'invalid_value',
    },
    {
      name: 'an unknown model',
      body: { model: 'gpt-nonexistent', input: 'hi' },
      param: 'model',
      code: 'model_not_found',
    },
  ];

  it.each(cases)('400 for $name', async ({ body, param, code }) => {
    const { app } = server();
    const res = await post(app, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error).toMatchObject({ type: 'invalid_request_error', param, code });
  });

  it('names the bound in range errors like the real API', async () => {
    const { app } = server();
    const json = (await (
      await post(app, { model: 'local-echo', temperature: 3 })
    ).json()) as ErrorBody;
    expect(json.error.message).toBe(
      "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.",
    );
  });

  it.each([
    ['no Authorization header', {}],
    ['an empty Bearer key', { authorization: 'Bearer ' }],
    ['a non-Bearer scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('401 with %s', async (_name, headers: Record<string, string>) => {
    const { app } = server();
    const res = await app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ model: 'local-echo', input: 'hi' }),
    });
    expect(res.status).toBe(401);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.type).toBe('invalid_request_error');
    const models = await app.request('/v1/models', { headers });
    expect(models.status).toBe(401);
  });

  it('404 in the OpenAI shape for an unknown path', async () => {
    const { app } = server();
    const res = await get(app, '/v1/nothing-here');
    expect(res.status).toBe(404);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.message).toBe('Invalid URL (GET /v1/nothing-here)');
  });
});

describe('CORS', () => {
  it('answers a preflight when cors is on', async () => {
    const { app } = server(true);
    const res = await app.request('/v1/responses', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-local-pace',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('content-type');
    expect(allowed).toContain('x-local-pace');
  });

  it('puts CORS headers on errors too, so a browser can read them', async () => {
    const { app } = server(true);
    const unauthorized = await app.request('/v1/models', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('*');

    const limited = await post(
      app,
      { model: 'local-error-429', input: 'x' },
      { origin: 'http://localhost:5173' },
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('sends no CORS headers when cors is off', async () => {
    const { app } = server(false);
    const res = await app.request('/v1/models', {
      headers: { origin: 'http://localhost:5173', authorization: AUTH },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('stored responses', () => {
  it('GET returns the completed response, DELETE removes it', async () => {
    const { app } = server();
    const created = (await (
      await post(app, { model: 'local-echo', input: 'store me' })
    ).json()) as ApiResponse;
    expect(created.id).toMatch(RESP_ID);

    const fetched = await get(app, `/v1/responses/${created.id}`);
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toEqual(created);

    const deleted = await app.request(`/v1/responses/${created.id}`, {
      method: 'DELETE',
      headers: { authorization: AUTH },
    });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ id: created.id, object: 'response', deleted: true });

    const gone = await get(app, `/v1/responses/${created.id}`);
    expect(gone.status).toBe(404);
    const json: unknown = await gone.json();
    expectOpenAIError(json);
    expect(json.error).toEqual({
      message: `Response with id '${created.id}' not found.`,
      type: 'invalid_request_error',
      param: null,
      code: null,
    });

    const again = await app.request(`/v1/responses/${created.id}`, {
      method: 'DELETE',
      headers: { authorization: AUTH },
    });
    expect(again.status).toBe(404);
  });

  it('stores a streamed response once the stream has ended', async () => {
    const { app } = server();
    const { events } = await parseSse(
      await post(app, { model: 'local-echo', input: 'stream and store', stream: true }),
    );
    const final = terminal(events);
    const fetched = (await (await get(app, `/v1/responses/${final.id}`)).json()) as ApiResponse;
    expect(fetched).toEqual(final);
    expect(fetched.status).toBe('completed');
  });

  it('lists input items, newest first by default, oldest first with order=asc', async () => {
    const { app } = server();
    const created = (await (
      await post(app, {
        model: 'local-echo',
        input: [
          { role: 'user', content: 'first message' },
          { role: 'user', content: [{ type: 'input_text', text: 'second message' }] },
        ],
      })
    ).json()) as ApiResponse;

    const desc = (await (
      await get(app, `/v1/responses/${created.id}/input_items`)
    ).json()) as ListBody<ResponseItem>;
    expect(desc.object).toBe('list');
    expect(desc.data.map(inputText)).toEqual(['second message', 'first message']);
    expect(desc.data.every((item) => item.type === 'message' && MSG_ID.test(item.id))).toBe(true);
    expect(desc.first_id).toBe(desc.data[0]?.id);
    expect(desc.last_id).toBe(desc.data[1]?.id);
    expect(desc.has_more).toBe(false);

    const asc = (await (
      await get(app, `/v1/responses/${created.id}/input_items?order=asc`)
    ).json()) as ListBody<ResponseItem>;
    expect(asc.data.map(inputText)).toEqual(['first message', 'second message']);

    const page = (await (
      await get(app, `/v1/responses/${created.id}/input_items?limit=1&order=asc`)
    ).json()) as ListBody<ResponseItem>;
    expect(page.data.map(inputText)).toEqual(['first message']);
    expect(page.has_more).toBe(true);
    const next = (await (
      await get(
        app,
        `/v1/responses/${created.id}/input_items?limit=1&order=asc&after=${page.last_id}`,
      )
    ).json()) as ListBody<ResponseItem>;
    expect(next.data.map(inputText)).toEqual(['second message']);
    expect(next.has_more).toBe(false);
  });

  it('input_items of a string input is one user message', async () => {
    const { app } = server();
    const created = (await (
      await post(app, { model: 'local-echo', input: 'just a string' })
    ).json()) as ApiResponse;
    const list = (await (
      await get(app, `/v1/responses/${created.id}/input_items`)
    ).json()) as ListBody<ResponseItem>;
    expect(list.data).toHaveLength(1);
    expect(list.data[0]?.id).toMatch(MSG_ID);
    expect(list.data).toEqual([
      {
        id: list.data[0]?.id,
        type: 'message',
        role: 'user',
        status: 'completed',
        content: [{ type: 'input_text', text: 'just a string' }],
      },
    ]);
  });

  it('chains turns with previous_response_id', async () => {
    const { app } = server();
    const first = (await (
      await post(app, { model: 'local-echo', input: 'The secret word is pineapple.' })
    ).json()) as ApiResponse;
    expect(outputText(first)).not.toContain('Earlier turns');
    expect(first.usage?.input_tokens_details.cached_tokens).toBe(0);

    const { events } = await parseSse(
      await post(app, {
        model: 'local-echo',
        input: 'What was the word?',
        previous_response_id: first.id,
        stream: true,
      }),
    );
    const second = terminal(events);
    expect(second.previous_response_id).toBe(first.id);
    const text = outputText(second);
    expect(text).toContain('> What was the word?');
    expect(text).toContain('**Earlier turns:** 1');
    expect(text).toContain('The secret word is pineapple.');
    expect(second.usage?.input_tokens_details.cached_tokens).toBeGreaterThan(0);
    expect(second.usage?.input_tokens).toBeGreaterThan(
      second.usage?.input_tokens_details.cached_tokens ?? Infinity,
    );

    // A third turn sees both earlier user turns.
    const third = (await (
      await post(app, { model: 'local-echo', input: 'And now?', previous_response_id: second.id })
    ).json()) as ApiResponse;
    expect(outputText(third)).toContain('**Earlier turns:** 2');
    expect(outputText(third)).toContain('2. What was the word?');
  });

  it('400 previous_response_not_found for an unknown previous_response_id', async () => {
    const { app } = server();
    const unknown = `resp_${'0'.repeat(50)}`;
    const res = await post(app, {
      model: 'local-echo',
      input: 'hi',
      previous_response_id: unknown,
    });
    expect(res.status).toBe(400);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error).toMatchObject({
      param: 'previous_response_id',
      code: 'previous_response_not_found',
      message: `Previous response with id '${unknown}' not found.`,
    });
  });

  it('does not keep a response made with store:false', async () => {
    const { app } = server();
    const created = (await (
      await post(app, { model: 'local-echo', input: 'forget me', store: false })
    ).json()) as ApiResponse;
    expect(created).toHaveProperty('store', false);
    expect(created.status).toBe('completed');

    expect((await get(app, `/v1/responses/${created.id}`)).status).toBe(404);
    expect((await get(app, `/v1/responses/${created.id}/input_items`)).status).toBe(404);
    const chained = await post(app, {
      model: 'local-echo',
      input: 'and then?',
      previous_response_id: created.id,
    });
    expect(chained.status).toBe(400);
    expect(((await chained.json()) as ErrorBody).error.code).toBe('previous_response_not_found');
  });
});

describe('fault models', () => {
  it('local-error-429 answers 429 rate_limit_exceeded with retry-after', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-error-429', input: 'x', stream: true });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.code).toBe('rate_limit_exceeded');
  });

  it('local-error-500 answers 500 with a JSON error', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-error-500', input: 'x' });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.type).toBe('server_error');
  });

  it('local-error-502-html answers 502 with an HTML page', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-error-502-html', input: 'x', stream: true });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body).toContain('<title>502 Bad Gateway</title>');
    expect(() => JSON.parse(body) as unknown).toThrow(SyntaxError);
  });

  it('local-error-401 answers 401 invalid_api_key despite a key', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-error-401', input: 'x' });
    expect(res.status).toBe(401);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.code).toBe('invalid_api_key');
  });

  it('local-fail streams text, then the nested error event and response.failed', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-fail', input: 'fail for me', stream: true });
    expect(res.status).toBe(200);
    const { messages, events } = await parseSse(res);
    const types = events.map((e) => e.type);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    messages.forEach((message, i) => expect(message.event).toBe(events[i]?.type));

    const deltas = events.filter(isDelta);
    expect(deltas.length).toBeGreaterThan(0);
    expect(types.slice(0, 4)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(types.slice(-2)).toEqual(['error', 'response.failed']);
    expect(types).not.toContain('response.completed');

    const errorIndex = types.indexOf('error');
    const errorEvent = JSON.parse(messages[errorIndex]?.data ?? 'null') as {
      error: { message: string };
    };
    const message = errorEvent.error.message;
    expect(message).toContain('local-fail');
    expect(errorEvent).toEqual({
      type: 'error',
      sequence_number: errorIndex,
      error: { type: 'server_error', code: 'server_error', message, param: null },
    });

    const failed = terminal(events);
    expect(failed.status).toBe('failed');
    expect(failed.error).toEqual({ code: 'server_error', message });
    expect(outputText(failed)).toBe(deltas.map((d) => d.delta).join(''));
    expect(failed.usage?.output_tokens).toBe(deltas.length);
  });

  it('local-fail without streaming answers 500 with the failure message', async () => {
    const { app } = server();
    const res = await post(app, { model: 'local-fail', input: 'fail for me' });
    expect(res.status).toBe(500);
    const json: unknown = await res.json();
    expectOpenAIError(json);
    expect(json.error.message).toContain('local-fail');
  });

  it.each([true, false])(
    'local-drop cuts the body before any terminal event (stream %s)',
    async (stream) => {
      const { app } = server();
      const res = await post(app, { model: 'local-drop', input: 'drop me', stream });
      expect(res.status).toBe(200);
      const reader = res.body?.getReader();
      if (!reader) throw new Error('no body');
      const decoder = new TextDecoder();
      let received = '';
      const readAll = async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return received;
          received += decoder.decode(value, { stream: true });
        }
      };
      await expect(readAll()).rejects.toThrow(/local-drop/);
      expect(received).not.toMatch(/response\.(completed|failed|incomplete)/);
    },
  );

  it.each([
    ['instant', undefined],
    ['paced', '100000'],
  ])('local-drop delivers the partial answer before the cut (%s)', async (_name, pace) => {
    const { app } = server();
    const res = await post(
      app,
      { model: 'local-drop', input: 'drop me after a while', stream: true },
      pace ? { 'x-local-pace': pace } : {},
    );
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let received = '';
    const error: unknown = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        received += decoder.decode(value, { stream: true });
      }
    })().catch((e: unknown) => e);
    expect(String(error)).toContain('the connection was cut on purpose');
    // Mid-stream: the events before the cut arrive intact, as whole SSE frames.
    const { events } = await parseSse(new Response(received));
    expect(events.map((e) => e.type).slice(0, 4)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(events.filter(isDelta).length).toBeGreaterThan(5);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    expect(received.endsWith('\n\n')).toBe(true);
  });
});

describe('request log', () => {
  it('records bodies but never the Authorization value', async () => {
    const { app } = server();
    const secret = 'test-ultra-secret-0123456789';
    await post(
      app,
      { model: 'local-echo', input: 'log me' },
      { authorization: `Bearer ${secret}` },
    );
    await post(app, 'not json at all', { authorization: `Bearer ${secret}` });

    const res = await app.request('/debug/requests');
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toContain(secret);
    const log = JSON.parse(raw) as ListBody<{ method: string; path: string; body: unknown }>;
    expect(log.data).toMatchObject([
      {
        method: 'POST',
        path: '/v1/responses',
        authorization: 'bearer',
        body: { model: 'local-echo', input: 'log me' },
      },
      { authorization: 'bearer', body: 'not json at all' },
    ]);

    const cleared = await app.request('/debug/requests', { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ deleted: true });
    expect(
      ((await (await app.request('/debug/requests')).json()) as ListBody<unknown>).data,
    ).toEqual([]);
  });
});

describe('pacing', () => {
  const FORTY = { model: 'local-long', input: 'write 40 tokens', stream: true };

  it('x-local-pace: 200 spreads a 40-token reply over ~200 ms', async () => {
    const { app } = server();
    const { value, ms } = await timed(async () =>
      parseSse(await post(app, FORTY, { 'x-local-pace': '200' })),
    );
    expect(value.events.filter(isDelta)).toHaveLength(40);
    expect(ms).toBeGreaterThanOrEqual(150);
    expect(ms).toBeLessThan(2000);
  });

  it('x-local-pace applies to non-streamed answers too', async () => {
    const { app } = server();
    const { value, ms } = await timed(async () =>
      post(app, { ...FORTY, stream: false }, { 'x-local-pace': '200' }),
    );
    expect(value.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(150);
  });

  it('INSTANT sends a 40-token reply at once', async () => {
    const { app } = server();
    const { value, ms } = await timed(async () => parseSse(await post(app, FORTY)));
    expect(value.events.filter(isDelta)).toHaveLength(40);
    expect(ms).toBeLessThan(100);
  });

  it('cancelling the body mid-stream stops generation', async () => {
    const { app, store } = server();
    const res = await post(
      app,
      { model: 'local-long', input: 'write 2000 tokens', stream: true },
      { 'x-local-pace': '5' },
    );
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    let seen = '';
    while (!seen.includes('response.output_text.delta')) {
      const { done, value } = await reader.read();
      if (done) throw new Error('ended early');
      seen += new TextDecoder().decode(value);
    }
    const id = /"id":"(resp_[0-9a-f]{50})"/.exec(seen)?.[1] ?? '';
    expect(store.get(id)?.response.status).toBe('in_progress');

    const { ms } = await timed(() => reader.cancel());
    expect(ms).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Never finished: the stored response was not completed behind the client's back.
    expect(store.get(id)?.response.status).toBe('in_progress');
  });

  it('sseBody pulls no step after cancel and never reports an end', async () => {
    let pulled = 0;
    let ended = false;
    function* steps(): Generator<Step, ApiResponse> {
      for (let i = 0; ; i++) {
        pulled++;
        yield {
          kind: 'event',
          event: { type: 'response.output_text.delta', sequence_number: i, delta: 'x' },
          paced: true,
        };
      }
    }
    const body = sseBody(steps(), { tokensPerSecond: 50, firstTokenMs: 0 }, () => {
      ended = true;
    });
    const reader = body.getReader();
    await reader.read();
    await reader.read();
    const pending = reader.read();
    await reader.cancel();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    const afterCancel = pulled;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pulled).toBe(afterCancel);
    expect(pulled).toBeLessThanOrEqual(4);
    expect(ended).toBe(false);
  });
});

describe('misc', () => {
  it('lists the local models in the OpenAI list shape', async () => {
    const { app } = server();
    const res = await get(app, '/v1/models');
    const json = (await res.json()) as { object: string; data: { id: string; object: string }[] };
    expect(json.object).toBe('list');
    expect(json.data.map((m) => m.id)).toEqual(
      expect.arrayContaining(['local-echo', 'local-long', 'local-fail', 'local-error-429']),
    );
    expect(json.data.every((m) => m.object === 'model')).toBe(true);
  });

  it('tags every answer with an x-request-id', async () => {
    const { app } = server();
    const ok = await get(app, '/v1/models');
    const bad = await post(app, { model: 'nope' });
    expect(ok.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(bad.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(ok.headers.get('x-request-id')).not.toBe(bad.headers.get('x-request-id'));
  });
});
