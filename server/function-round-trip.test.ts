import type {
  Response as ApiResponse,
  ResponseFunctionToolCall,
} from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import {
  ID,
  create,
  finalResponse,
  idMatching,
  localServer,
  post,
  stream,
  type Json,
} from './test-support/http.ts';
import { keyDifferences, shapesBeside } from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const TEXT = 'openai-text-basic.sse';

const WEATHER = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
};

const FIRST = {
  model: 'local-echo',
  tools: [WEATHER],
  input: 'What is the weather in Paris and Tokyo?',
};

function functionCalls(response: ApiResponse): ResponseFunctionToolCall[] {
  return response.output.filter((i): i is ResponseFunctionToolCall => i.type === 'function_call');
}

function messageText(response: ApiResponse): string {
  const [item] = response.output;
  if (item?.type !== 'message') throw new Error(`not a message: ${item?.type}`);
  return item.content.map((p) => (p.type === 'output_text' ? p.text : p.refusal)).join('');
}

function outputsFor(calls: ResponseFunctionToolCall[]): Json[] {
  return calls.map((call, i) => ({
    type: 'function_call_output',
    call_id: call.call_id,
    output: JSON.stringify({ temperature_c: 18 + i * 6 }),
  }));
}

async function errorOf(res: Response) {
  expect(res.status).toBe(400);
  return ((await res.json()) as { error: Json }).error;
}

describe('function_call_output round trip', () => {
  it('answers the outputs with a message, chained with previous_response_id', async () => {
    const { app } = localServer();
    const first = await create(app, FIRST);
    const calls = functionCalls(first);
    expect(calls.map((c) => JSON.parse(c.arguments) as unknown)).toEqual([
      { city: 'Paris' },
      { city: 'Tokyo' },
    ]);

    const events = await stream(app, {
      model: 'local-echo',
      tools: [WEATHER],
      previous_response_id: first.id,
      input: outputsFor(calls),
    });
    const { ours, recorded } = shapesBeside(events, { message: TEXT });
    expect(ours).toEqual(recorded);
    expect(keyDifferences(events, TEXT)).toEqual([]);
    const second = finalResponse(events);
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output[0]?.id).toMatch(ID.msg);
    expect(messageText(second)).toBe(
      [
        '## Results',
        '',
        `- get_weather (${calls[0]?.call_id}): {"temperature_c":18}`,
        `- get_weather (${calls[1]?.call_id}): {"temperature_c":24}`,
        '',
        'Local simulation: with these 2 outputs in hand, a real model would now write its answer to “What is the weather in Paris and Tokyo?”.',
      ].join('\n'),
    );
    expect(strictReplay(events)).toEqual(second.output);
    // The chained turn reads the earlier turn (cached) and the outputs.
    expect(second.usage?.input_tokens_details.cached_tokens).toBeGreaterThan(0);
    expect(second.usage?.input_tokens).toBeGreaterThan(
      second.usage?.input_tokens_details.cached_tokens ?? 0,
    );
  });

  it('accepts the function_call items echoed back in the input (client-side history)', async () => {
    const { app } = localServer();
    const first = await create(app, { ...FIRST, store: false });
    const calls = functionCalls(first);
    const second = await create(app, {
      model: 'local-echo',
      tools: [WEATHER],
      input: [
        { role: 'user', content: FIRST.input },
        ...calls,
        ...outputsFor(calls).map((o) => ({
          ...o,
          output: [{ type: 'input_text', text: 'Sunny' }],
        })),
      ],
    });
    expect(messageText(second)).toContain(`- get_weather (${calls[1]?.call_id}): Sunny`);
    expect(messageText(second)).toContain('“What is the weather in Paris and Tokyo?”');
  });

  it('answers a new user message, not the outputs of an earlier turn (client-side history)', async () => {
    const { app } = localServer();
    const call = {
      type: 'function_call',
      call_id: 'c1',
      name: 'get_weather',
      arguments: '{"city":"Paris"}',
    };
    const history = [
      { role: 'user', content: 'What is the weather in Paris?' },
      call,
      { type: 'function_call_output', call_id: 'c1', output: '18C' },
      { role: 'assistant', content: 'It is 18C in Paris.' },
    ];
    const joke = await create(app, {
      model: 'local-echo',
      tools: [WEATHER],
      input: [...history, { role: 'user', content: 'Now tell me a joke' }],
    });
    expect(joke.output.map((i) => i.type)).toEqual(['message']);
    expect(messageText(joke)).not.toContain('## Results');
    expect(messageText(joke)).toContain('Now tell me a joke');

    // The next tool step of the same conversation: only its own output is answered.
    const again = await create(app, {
      model: 'local-echo',
      tools: [WEATHER],
      input: [
        ...history,
        { role: 'user', content: 'And in Tokyo?' },
        { ...call, call_id: 'c2', arguments: '{"city":"Tokyo"}' },
        { type: 'function_call_output', call_id: 'c2', output: '24C' },
      ],
    });
    expect(messageText(again)).toBe(
      [
        '## Results',
        '',
        '- get_weather (c2): 24C',
        '',
        'Local simulation: with this function output in hand, a real model would now write its answer to “And in Tokyo?”.',
      ].join('\n'),
    );
  });

  it('answers a new user message after an answered round trip (previous_response_id)', async () => {
    const { app } = localServer();
    const first = await create(app, FIRST);
    const second = await create(app, {
      model: 'local-echo',
      tools: [WEATHER],
      previous_response_id: first.id,
      input: outputsFor(functionCalls(first)),
    });
    expect(messageText(second)).toContain('## Results');
    const third = await create(app, {
      model: 'local-echo',
      tools: [WEATHER],
      previous_response_id: second.id,
      input: 'Now tell me a joke',
    });
    expect(third.output.map((i) => i.type)).toEqual(['message']);
    expect(messageText(third)).not.toContain('## Results');
    expect(messageText(third)).toContain('Now tell me a joke');
  });

  it('400s an unmatched output even when it is only history', async () => {
    const { app } = localServer();
    const res = await post(app, {
      model: 'local-echo',
      input: [
        { role: 'user', content: 'hi' },
        { type: 'function_call_output', call_id: 'call_x', output: 'hi' },
        { role: 'user', content: 'again' },
      ],
    });
    expect((await errorOf(res)).message).toBe(
      'No tool call found for function call output with call_id call_x.',
    );
  });

  it('400s an output whose call_id matches no call, like the real API', async () => {
    const { app } = localServer();
    const first = await create(app, FIRST);
    const chained = await post(app, {
      model: 'local-echo',
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: 'call_x', output: 'hi' }],
    });
    expect(await errorOf(chained)).toEqual({
      message: 'No tool call found for function call output with call_id call_x.',
      type: 'invalid_request_error',
      param: 'input',
      code: null,
    });
    const unchained = await post(app, {
      model: 'local-echo',
      input: [
        { type: 'function_call_output', call_id: functionCalls(first)[0]?.call_id, output: '1' },
      ],
      stream: true,
    });
    expect((await errorOf(unchained)).param).toBe('input');
  });

  it('keeps structured output on the answer turn: JSON, not the results list', async () => {
    const { app } = localServer();
    const first = await create(app, FIRST);
    const schema = {
      type: 'object',
      properties: { summary: { type: 'string' }, warm: { type: 'boolean' } },
      required: ['summary', 'warm'],
      additionalProperties: false,
    };
    const second = await create(app, {
      model: 'local-echo',
      previous_response_id: first.id,
      input: outputsFor(functionCalls(first)),
      text: { format: { type: 'json_schema', name: 'report', schema, strict: true } },
    });
    expect(JSON.parse(messageText(second))).toEqual({ summary: 'summary', warm: true });
  });

  it('lists the outputs as the second turn input items', async () => {
    const { app } = localServer();
    const first = await create(app, FIRST);
    const input = outputsFor(functionCalls(first));
    const second = await create(app, {
      model: 'local-echo',
      previous_response_id: first.id,
      input,
    });
    const res = await app.request(`/v1/responses/${second.id}/input_items?order=asc`, {
      headers: { authorization: 'Bearer x' },
    });
    const list = (await res.json()) as { data: Json[] };
    // As the spec's FunctionToolCallOutputResource: what was sent, plus a minted id and status.
    expect(list.data).toEqual(
      input.map((item) => ({ ...item, id: idMatching(ID.fco), status: 'completed' })),
    );
  });
});
