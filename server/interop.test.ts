import OpenAI from 'openai';
import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSdkServer } from './test-support/sdk-server.ts';

/** The official SDK over real HTTP against the local server on an ephemeral port. */
let client: OpenAI;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await startSdkServer());
});

afterAll(() => close());

/** Drops what differs between two runs (ids, timestamps) and what only the stream helper adds. */
function normalise(response: ApiResponse): Record<string, unknown> {
  const {
    id: _id,
    created_at: _created,
    completed_at: _completed,
    output_parsed: _parsed,
    ...rest
  } = structuredClone(response) as ApiResponse & { output_parsed?: unknown };
  return {
    ...rest,
    output: response.output.map((item) => {
      if (item.type !== 'message') return { ...item, id: 'item' };
      return {
        ...item,
        id: 'item',
        content: item.content.map((part) => {
          const { parsed: _p, ...plain } = part as typeof part & { parsed?: unknown };
          return plain;
        }),
      };
    }),
  };
}

const PARAMS = {
  model: 'local-echo',
  input: 'hello interop',
  instructions: 'Reply as an echo.',
  temperature: 0.5,
} as const;

describe('openai SDK against the local server', () => {
  it('responses.stream() completes and matches a non-streamed create()', async () => {
    const stream = client.responses.stream(PARAMS);
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    const streamed = await stream.finalResponse();

    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(types.filter((t) => t === 'response.output_text.delta').length).toBeGreaterThan(20);
    expect(streamed.output_parsed).toBeNull();

    const created = await client.responses.create({ ...PARAMS, stream: false });
    expect(created.status).toBe('completed');
    expect(created.output_text).toContain('> hello interop');
    expect(created.output_text).toContain('Following your instructions: “Reply as an echo.”');
    expect(streamed.output_text).toBe(created.output_text);
    expect(streamed.id).not.toBe(created.id);
    expect(normalise(streamed)).toEqual(normalise(created));
    expect(normalise(created)).toMatchObject({
      model: 'local-echo',
      temperature: 0.5,
      instructions: 'Reply as an echo.',
    });
  });

  it('chains with previous_response_id, retrieves, lists input items and deletes', async () => {
    const first = await client.responses.create({
      model: 'local-echo',
      input: 'Remember the word kiwi.',
    });
    const second = await client.responses.create({
      model: 'local-echo',
      input: 'Which word?',
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output_text).toContain('Earlier turns');
    expect(second.output_text).toContain('Remember the word kiwi.');
    expect(second.usage?.input_tokens_details.cached_tokens).toBeGreaterThan(0);

    const retrieved = await client.responses.retrieve(second.id);
    expect(retrieved).toEqual(second);

    const items = [];
    for await (const item of client.responses.inputItems.list(second.id)) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: 'Which word?' }],
    });

    await client.responses.delete(second.id);
    const error: unknown = await client.responses.retrieve(second.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).message).toContain(
      `Response with id '${second.id}' not found.`,
    );
  });

  it('lists the local models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['local-echo', 'local-long', 'local-fail']));
  });

  it('retrieves a model, and answers NotFoundError for an unknown one', async () => {
    const model = await client.models.retrieve('local-echo');
    expect(model).toMatchObject({ id: 'local-echo', object: 'model', owned_by: 'local' });
    const error: unknown = await client.models.retrieve('gpt-nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    const notFound = error as InstanceType<typeof OpenAI.NotFoundError>;
    expect(notFound.code).toBe('model_not_found');
    expect(notFound.param).toBe('model');
  });

  it('streams token logprobs when include asks for them', async () => {
    const stream = client.responses.stream({
      model: 'local-echo',
      input: 'logprobs please',
      include: ['message.output_text.logprobs'],
      top_logprobs: 2,
    });
    const tokens: string[] = [];
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') {
        tokens.push(...event.logprobs.map((l) => l.token));
        expect(event.logprobs[0]?.top_logprobs).toHaveLength(2);
      }
    }
    const final = await stream.finalResponse();
    const [item] = final.output;
    const part = item?.type === 'message' ? item.content[0] : undefined;
    expect(part?.type).toBe('output_text');
    if (part?.type !== 'output_text') return;
    expect(part.logprobs?.map((l) => l.token)).toEqual(tokens);
    expect(tokens.join('')).toBe(final.output_text);
  });

  it('lists function call items back with ids and statuses', async () => {
    const input = [
      { role: 'user' as const, content: 'Weather in Paris?' },
      { role: 'assistant' as const, content: 'ok' },
      {
        type: 'function_call' as const,
        call_id: 'call_sdk',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      },
      { type: 'function_call_output' as const, call_id: 'call_sdk', output: 'sunny' },
    ];
    const created = await client.responses.create({ model: 'local-echo', input });
    const items = [];
    for await (const item of client.responses.inputItems.list(created.id, { order: 'asc' })) {
      items.push(item);
    }
    expect(
      items.map((item) => [item.type, item.id.split('_')[0], 'status' in item && item.status]),
    ).toEqual([
      ['message', 'msg', 'completed'],
      ['message', 'msg', 'completed'],
      ['function_call', 'fc', 'completed'],
      ['function_call_output', 'fco', 'completed'],
    ]);
    expect(items[1]).toMatchObject({
      role: 'assistant',
      content: [{ type: 'output_text', text: 'ok', annotations: [], logprobs: [] }],
    });
  });

  it('surfaces local-error-429 as RateLimitError', async () => {
    const error: unknown = await client.responses
      .create({ model: 'local-error-429', input: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(rateLimit.headers.get('retry-after')).toBe('2');
  });

  it('rejects responses.stream() for local-fail with the server message', async () => {
    const stream = client.responses.stream({ model: 'local-fail', input: 'fail please' });
    const types: string[] = [];
    const error: unknown = await (async () => {
      for await (const event of stream) types.push(event.type);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toBe(
      'The local model failed on purpose (fault model local-fail) after streaming part of its answer.',
    );
    expect(types).toContain('response.output_text.delta');
    expect(types).not.toContain('response.completed');
    await expect(stream.finalResponse()).rejects.toBeInstanceOf(OpenAI.APIError);
  });

  it('local-drop over a real socket: the partial answer arrives, then the connection dies', async () => {
    // @hono/node-server reports the failed body on stderr; that is expected here.
    const serverLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const stream = client.responses.stream({ model: 'local-drop', input: 'hello there' });
      const types: string[] = [];
      const error: unknown = await (async () => {
        for await (const event of stream) types.push(event.type);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.OpenAIError);
      expect(error).not.toBeInstanceOf(OpenAI.APIError);
      expect(types.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
      expect(types.filter((t) => t === 'response.output_text.delta').length).toBeGreaterThan(5);
      expect(types.some((t) => /^response\.(completed|failed|incomplete)$/.test(t))).toBe(false);
      expect(serverLog).toHaveBeenCalled();
    } finally {
      serverLog.mockRestore();
    }
  });
});
