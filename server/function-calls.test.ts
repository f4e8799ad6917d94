import type { ResponseFunctionToolCall } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { ajv2020, problems } from './test-support/ajv.ts';
import {
  ID,
  collapse,
  create,
  finalResponse,
  localServer,
  normalise,
  stream,
  type Json,
} from './test-support/http.ts';
import {
  itemShapes,
  keyDifferences,
  lifecycle,
  loadRecording,
  shapesBeside,
} from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const FUNCTION_CALL = 'openai-function-call.sse';
const PARALLEL = 'openai-parallel-function-calls.sse';
const REASONING_CALL = 'openai-reasoning-summary-function-call.sse';
/** `name` on function_call_arguments.done: required by the spec, absent from the recordings. */
const EXTRA = { 'response.function_call_arguments.done': ['name'] };

/** The tool of openai-function-call.sse, verbatim. */
const WEAR_TOOL = {
  type: 'function',
  name: 'get_weather_at_location',
  description:
    'Gets the weather at a specified location, optionally specifying units for temperature',
  parameters: {
    type: 'object',
    properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['C', 'F', 'K'] } },
    required: ['location'],
  },
  strict: false,
};

const WEATHER = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      days: { type: 'integer', minimum: 1, maximum: 7 },
    },
    required: ['city', 'unit', 'days'],
    additionalProperties: false,
  },
  strict: true,
};

const SEARCH = {
  type: 'function',
  name: 'search',
  description: 'Search for events',
  parameters: {
    type: 'object',
    properties: { query: { type: 'string' } },
    required: ['query'],
    additionalProperties: false,
  },
};

function calls(events: Json[]): ResponseFunctionToolCall[] {
  return finalResponse(events as never).output as ResponseFunctionToolCall[];
}

function args(call: ResponseFunctionToolCall | undefined): unknown {
  return JSON.parse(call?.arguments ?? 'null');
}

describe('function calls', () => {
  it('streams one call exactly like openai-function-call.sse, and no message', async () => {
    const { app } = localServer();
    const request = {
      model: 'local-echo',
      tools: [WEAR_TOOL],
      input: 'What should I wear for the weather in San Francisco, CA?',
    };
    const events = await stream(app, request);
    const recorded = loadRecording(FUNCTION_CALL);
    expect(collapse(events.map((e) => e.type))).toEqual(collapse(recorded.map((e) => e.type)));
    expect(lifecycle(events)).toEqual(lifecycle(recorded));
    expect(keyDifferences(events, FUNCTION_CALL, EXTRA)).toEqual([]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));

    const [call, ...rest] = calls(events);
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ type: 'function_call', status: 'completed' });
    expect(call?.id).toMatch(ID.fc);
    expect(call?.call_id).toMatch(ID.call);
    expect(args(call)).toEqual({ location: 'San Francisco, CA', unit: 'C' });
    expect(problems(ajv2020(), WEAR_TOOL.parameters, args(call))).toBe('');

    const added = events.find((e) => e.type === 'response.output_item.added');
    expect(added?.item).toEqual({ ...call, status: 'in_progress', arguments: '' });
    const done = events.find((e) => e.type === 'response.function_call_arguments.done');
    expect(done).toMatchObject({ item_id: call?.id, output_index: 0, name: call?.name });
    expect(strictReplay(events)).toEqual(calls(events));

    const plain = await create(app, request);
    expect(normalise(plain)).toEqual(normalise(finalResponse(events)));
    // The model reads the tool definitions too.
    const withoutTools = await create(app, { model: 'local-echo', input: request.input });
    expect(plain.usage?.input_tokens).toBeGreaterThan((withoutTools.usage?.input_tokens ?? 0) + 50);
    expect(plain.usage?.output_tokens).toBe(
      events.filter((e) => e.type === 'response.function_call_arguments.delta').length,
    );
  });

  it('calls two asked-for functions in parallel, as openai-parallel-function-calls.sse', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [SEARCH, WEATHER],
      input: 'Search the Detroit Tigers schedule and tell me the weather in Detroit',
    });
    const recorded = loadRecording(PARALLEL);
    expect(collapse(events.map((e) => e.type))).toEqual(collapse(recorded.map((e) => e.type)));
    expect(keyDifferences(events, PARALLEL, EXTRA)).toEqual([]);
    const [first, second] = calls(events);
    expect(first?.name).toBe('search');
    expect(args(first)).toEqual({
      query: 'Search the Detroit Tigers schedule and tell me the weather in Detroit',
    });
    expect(second?.name).toBe('get_weather');
    expect(args(second)).toEqual({ city: 'Detroit', unit: 'celsius', days: 1 });
    expect(new Set([first?.call_id, second?.call_id, first?.id, second?.id]).size).toBe(4);
    for (const event of events.filter((e) => 'item_id' in e)) {
      expect(event.item_id).toBe(calls(events)[event.output_index as number]?.id);
    }
    expect(strictReplay(events)).toEqual(calls(events));
  });

  it('calls one function once per listed name ("Paris and Tokyo")', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [WEATHER],
      input: 'What is the weather in Paris, Tokyo and New York for 3 days?',
    });
    const made = calls(events);
    expect(made.map(args)).toEqual([
      { city: 'Paris', unit: 'celsius', days: 3 },
      { city: 'Tokyo', unit: 'celsius', days: 3 },
      { city: 'New York', unit: 'celsius', days: 3 },
    ]);
    const recordedShape = itemShapes(loadRecording(FUNCTION_CALL))[0];
    expect(itemShapes(events)).toEqual(made.map(() => recordedShape));
    expect(strictReplay(events)).toEqual(made);
  });

  it('puts each name in the first string property when none is a place or a query', async () => {
    const { app } = localServer();
    const tool = {
      type: 'function',
      name: 'lookup_country',
      description: 'Facts about a country',
      parameters: { type: 'object', properties: { name: { type: 'string' } } },
    };
    const events = await stream(app, {
      model: 'local-echo',
      tools: [tool],
      input: 'Give me the country facts for France and Japan',
    });
    expect(calls(events).map(args)).toEqual([{ name: 'France' }, { name: 'Japan' }]);
  });

  it('makes only the first call with parallel_tool_calls: false', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [WEATHER],
      parallel_tool_calls: false,
      input: 'Weather in Paris and Tokyo?',
    });
    expect(calls(events).map(args)).toEqual([{ city: 'Paris', unit: 'celsius', days: 1 }]);
    expect(finalResponse(events).parallel_tool_calls).toBe(false);
  });

  it('follows tool_choice: required, a named function, none', async () => {
    const { app } = localServer();
    const base = { model: 'local-echo', tools: [SEARCH, WEATHER], input: 'Hello there' };
    const auto = calls(await stream(app, base));
    expect(auto.map((c) => c.type)).toEqual(['message']);

    const required = calls(await stream(app, { ...base, tool_choice: 'required' }));
    expect(required.map((c) => c.name)).toEqual(['search']);

    const named = calls(
      await stream(app, { ...base, tool_choice: { type: 'function', name: 'get_weather' } }),
    );
    expect(named.map((c) => c.name)).toEqual(['get_weather']);

    const none = calls(
      await stream(app, { ...base, input: 'weather in Oslo please', tool_choice: 'none' }),
    );
    expect(none.map((c) => c.type)).toEqual(['message']);

    const allowed = calls(
      await stream(app, {
        ...base,
        input: 'search the weather',
        tool_choice: {
          type: 'allowed_tools',
          mode: 'auto',
          tools: [{ type: 'function', name: 'get_weather' }],
        },
      }),
    );
    expect(allowed.map((c) => c.name)).toEqual(['get_weather']);
  });

  it('stops mid-arguments at max_output_tokens with response.incomplete', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [SEARCH],
      max_output_tokens: 16,
      input: `search ${'many words to look for '.repeat(10)}`,
    });
    const final = finalResponse(events);
    expect(events.at(-1)?.type).toBe('response.incomplete');
    expect(final.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(final.output[0]).toMatchObject({ type: 'function_call', status: 'incomplete' });
    expect(final.usage?.output_tokens).toBe(16);
    strictReplay(events);
  });

  it('puts a reasoning summary first, as openai-reasoning-summary-function-call.sse', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [WEATHER],
      reasoning: { effort: 'low', summary: 'concise' },
      include: ['reasoning.encrypted_content'],
      input: 'Weather in Rome?',
    });
    const recorded = loadRecording(REASONING_CALL);
    expect(collapse(events.map((e) => e.type))).toEqual(collapse(recorded.map((e) => e.type)));
    expect(keyDifferences(events, REASONING_CALL, EXTRA)).toEqual([]);
    const { ours, recorded: expected } = shapesBeside(events, {
      reasoning: REASONING_CALL,
      function_call: REASONING_CALL,
    });
    expect(ours).toEqual(expected);
    const final = finalResponse(events);
    expect(final.output.map((i) => i.type)).toEqual(['reasoning', 'function_call']);
    expect(final.output[0]?.id).toMatch(ID.rs);
    expect(final.output[1]?.type === 'function_call' && args(final.output[1])).toEqual({
      city: 'Rome',
      unit: 'celsius',
      days: 1,
    });
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(strictReplay(events)).toEqual(final.output);
  });
});
