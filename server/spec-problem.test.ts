import { describe, expect, it } from 'vitest';
import { TOOL_TEMPLATES } from '../src/api/request/tools.ts';
import { everyParameterBody } from '../src/test/every-parameter-body.ts';
import { create, localServer, post, type Json } from './test-support/http.ts';
import { SCENARIOS } from './test-support/scenarios.ts';
import { createResponseProblem } from './spec-problem.ts';

interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

const base = { model: 'local-echo', input: 'hi' };
const longKey = 'k'.repeat(65);
const seventeen = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));

/** Bodies that break `CreateResponse`: each must be a 400 naming the field, never echoed. */
const BAD: { body: Json; param: string; code: string; message?: string }[] = [
  {
    body: { instructions: 5 },
    param: 'instructions',
    code: 'invalid_type',
    message: "Invalid type for 'instructions': expected a string, but got an integer instead.",
  },
  { body: { parallel_tool_calls: 'yes' }, param: 'parallel_tool_calls', code: 'invalid_type' },
  { body: { store: 'no' }, param: 'store', code: 'invalid_type' },
  {
    body: { tool_choice: 'bogus' },
    param: 'tool_choice',
    code: 'invalid_value',
    message: "Invalid value: 'bogus'. Supported values are: 'none', 'auto', 'required'.",
  },
  {
    body: { truncation: 'bogus' },
    param: 'truncation',
    code: 'invalid_value',
    message: "Invalid value: 'bogus'. Supported values are: 'auto', 'disabled'.",
  },
  { body: { service_tier: 'bogus' }, param: 'service_tier', code: 'invalid_value' },
  { body: { reasoning: { effort: 'extreme' } }, param: 'reasoning.effort', code: 'invalid_value' },
  {
    body: { text: { format: { type: 'bogus' } } },
    param: 'text.format.type',
    code: 'invalid_value',
    message: "Invalid value: 'bogus'. Supported values are: 'text', 'json_schema', 'json_object'.",
  },
  { body: { text: { verbosity: 'loud' } }, param: 'text.verbosity', code: 'invalid_value' },
  {
    body: { metadata: { a: 1 } },
    param: 'metadata.a',
    code: 'invalid_type',
    message: "Invalid type for 'metadata.a': expected a string, but got an integer instead.",
  },
  {
    body: { metadata: { a: 'v'.repeat(513) } },
    param: 'metadata.a',
    code: 'string_above_max_length',
  },
  { body: { metadata: seventeen }, param: 'metadata', code: 'object_above_max_properties' },
  { body: { metadata: { [longKey]: 'v' } }, param: 'metadata', code: 'string_above_max_length' },
  { body: { include: ['bogus.thing'] }, param: 'include[0]', code: 'invalid_value' },
  {
    body: { include: 'message.output_text.logprobs' },
    param: 'include',
    code: 'invalid_type',
    message: "Invalid type for 'include': expected an array, but got a string instead.",
  },
  {
    body: { safety_identifier: 's'.repeat(65) },
    param: 'safety_identifier',
    code: 'string_above_max_length',
    message:
      "Invalid 'safety_identifier': string too long. Expected a string with maximum length 64, but got a string with length 65 instead.",
  },
  { body: { previous_response_id: 5 }, param: 'previous_response_id', code: 'invalid_type' },
  { body: { input: [{ type: 'bogus' }] }, param: 'input[0].type', code: 'invalid_value' },
  {
    body: { input: [{ role: 'user' }] },
    param: 'input[0].content',
    code: 'missing_required_parameter',
    message: "Missing required parameter: 'input[0].content'.",
  },
  {
    body: { input: [{ role: 'robot', content: 'hi' }] },
    param: 'input[0].role',
    code: 'invalid_value',
  },
  {
    body: { input: [{ role: 'user', content: [{ type: 'input_text' }] }] },
    param: 'input[0].content[0].text',
    code: 'missing_required_parameter',
  },
  {
    body: { input: [{ type: 'function_call_output', call_id: 'call_1' }] },
    param: 'input[0].output',
    code: 'missing_required_parameter',
  },
  {
    body: { tool_choice: { type: 'function' } },
    param: 'tool_choice.name',
    code: 'missing_required_parameter',
  },
  {
    body: { tools: [{ type: 'function', name: 'no spaces' }] },
    param: 'tools[0].name',
    code: 'invalid_value',
  },
  { body: { context_management: [] }, param: 'context_management', code: 'empty_array' },
  {
    body: { context_management: [{ type: 'compaction', compact_threshold: 5 }] },
    param: 'context_management[0].compact_threshold',
    code: 'integer_below_min_value',
  },
  {
    body: { prompt_cache_retention: 'forever' },
    param: 'prompt_cache_retention',
    code: 'invalid_value',
  },
  {
    body: { reasoning: { generate_summary: 'loud' } },
    param: 'reasoning.generate_summary',
    code: 'invalid_value',
  },
];

describe('CreateResponse validation', () => {
  it.each(BAD)('400 for $body → $param', async ({ body, param, code, message }) => {
    const res = await post(localServer().app, { ...base, ...body });
    expect(res.status).toBe(400);
    const json = (await res.json()) as ErrorBody;
    expect(json.error).toMatchObject({ type: 'invalid_request_error', param, code });
    if (message) expect(json.error.message).toBe(message);
  });

  it('reports only the first problem', async () => {
    const res = await post(localServer().app, { ...base, store: 'no', truncation: 'bogus' });
    expect(((await res.json()) as ErrorBody).error.param).toBe('store');
  });

  it('accepts unknown top-level keys (gateway extras the raw JSON editor sends), unechoed', async () => {
    expect(createResponseProblem({ ...base, x_gateway: { route: 'eu' } })).toBeUndefined();
    const extras = { x_gateway: { route: 'eu' }, context_management: [{ type: 'compaction' }] };
    const response = await create(localServer().app, { ...base, ...extras, store: false });
    expect(response).not.toHaveProperty('x_gateway');
    expect(response).not.toHaveProperty('context_management');
    expect(response).toMatchObject({ store: false });
  });

  it('accepts the CometAPI extras, and type-checks them', () => {
    const extras = {
      context_management: [{ type: 'compaction', compact_threshold: 2000 }],
      reasoning: { effort: 'low', generate_summary: 'concise' },
      prompt_cache_retention: '24h',
    };
    expect(createResponseProblem({ ...base, ...extras })).toBeUndefined();
    expect(
      createResponseProblem({ ...base, context_management: 'compact' })?.body.error.param,
    ).toBe('context_management');
  });

  it('accepts nulls for the nullable fields', () => {
    const nulls = Object.fromEntries(
      [
        'instructions',
        'store',
        'truncation',
        'reasoning',
        'include',
        'metadata',
        'service_tier',
      ].map((k) => [k, null]),
    );
    expect(createResponseProblem({ ...base, ...nulls })).toBeUndefined();
  });

  it("accepts every tool the app's editor offers", () => {
    const tools = Object.values(TOOL_TEMPLATES).map((template) => template());
    expect(createResponseProblem({ ...base, tools })).toBeUndefined();
  });

  it('200 for the body of the "every parameter set through the UI" e2e test', async () => {
    const { app } = localServer();
    const first = await create(app, base);
    const res = await post(app, { ...UI_BODY, previous_response_id: first.id });
    expect(res.status).toBe(200);
  });

  it.each(Object.entries(SCENARIOS))(
    'takes the %s output back as input (client-side history)',
    async (_name, scenario) => {
      const { app } = localServer();
      const first = await create(app, { ...scenario });
      const replay = first.output.filter(
        (item) =>
          !('status' in item) || (item.status !== 'in_progress' && item.status !== 'incomplete'),
      );
      const input = [
        { role: 'user', content: 'first' },
        ...replay,
        { role: 'user', content: 'next' },
      ];
      const res = await post(app, { ...scenario, input, stream: false });
      const text = await res.text();
      expect(res.status, text).not.toBe(400);
    },
  );
});

const UI_BODY: Json = everyParameterBody();
