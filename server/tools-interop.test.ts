import OpenAI from 'openai';
import { makeParseableTextFormat } from 'openai/lib/parser';
import type { ResponseStreamParams } from 'openai/lib/responses/ResponseStream';
import type {
  Response as ApiResponse,
  ResponseCreateParamsNonStreaming,
  ResponseFormatTextJSONSchemaConfig,
  ResponseInputItem,
} from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise } from './test-support/http.ts';
import { SCENARIOS, WEATHER_TOOL } from './test-support/scenarios.ts';
import { startSdkServer } from './test-support/sdk-server.ts';

/** The official SDK's `responses.stream()` over real HTTP, for every simulated scenario. */
let client: OpenAI;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await startSdkServer());
});

afterAll(() => close());

async function streamed(params: unknown) {
  const runner = client.responses.stream(params as ResponseStreamParams);
  const types: string[] = [];
  for await (const event of runner) types.push(event.type);
  return { types, final: await runner.finalResponse() };
}

/** The response without what only the stream helper adds (parsed, parsed_arguments…). */
function withoutParsed(response: object): ApiResponse {
  const helperKeys = new Set(['parsed', 'parsed_arguments', 'output_parsed']);
  const json = JSON.stringify(response, (key, value: unknown) =>
    helperKeys.has(key) ? undefined : value,
  );
  return JSON.parse(json) as ApiResponse;
}

function created(params: unknown) {
  return client.responses.create(params as ResponseCreateParamsNonStreaming);
}

describe('openai SDK streams every simulated scenario', () => {
  it.each(Object.entries(SCENARIOS))('%s', async (_name, request) => {
    const { types, final } = await streamed(request);
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(final.status).toBe('completed');
    const plain = await created(request);
    expect(normalise(withoutParsed(final))).toEqual(normalise(plain));
  });

  it('json_schema: finalResponse().output_parsed is the JSON of the text', async () => {
    const request = SCENARIOS['json_schema output'];
    // An auto-parseable format (what zodTextFormat builds), so the SDK parses the text.
    const format = makeParseableTextFormat(
      request.text.format as unknown as ResponseFormatTextJSONSchemaConfig,
      (content) => JSON.parse(content) as unknown,
    );
    const { final } = await streamed({ ...request, text: { format } });
    expect(final.output_parsed).toEqual(JSON.parse(final.output_text));
    expect(final.output_parsed).toEqual({ city: 'Lyon', population: 1, landmarks: ['landmarks'] });
  });

  it('strict function tools: parsed_arguments, then a function_call_output round trip', async () => {
    const { final } = await streamed(SCENARIOS['parallel function calls']);
    const calls = final.output.filter((i) => i.type === 'function_call');
    expect(calls.map((c) => c.parsed_arguments as unknown)).toEqual([
      { city: 'Paris', unit: 'celsius' },
      { city: 'Tokyo', unit: 'celsius' },
    ]);
    const outputs: ResponseInputItem[] = calls.map((call) => ({
      type: 'function_call_output',
      call_id: call.call_id,
      output: `${call.call_id}: 21°C`,
    }));
    const { types, final: answer } = await streamed({
      model: 'local-echo',
      tools: [WEATHER_TOOL],
      previous_response_id: final.id,
      input: outputs,
    });
    expect(types).toContain('response.output_text.delta');
    expect(answer.output_text).toContain('## Results');
    for (const call of calls) expect(answer.output_text).toContain(`${call.call_id}: 21°C`);

    const error: unknown = await created({
      model: 'local-echo',
      previous_response_id: final.id,
      input: [{ type: 'function_call_output', call_id: 'call_nope', output: 'x' }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).message).toContain(
      'No tool call found for function call output with call_id call_nope.',
    );
  });

  it('MCP approval round trip', async () => {
    const { final } = await streamed(SCENARIOS['mcp approval request']);
    const request = final.output.find((i) => i.type === 'mcp_approval_request');
    if (!request) throw new Error('no approval request');
    const { types, final: second } = await streamed({
      model: 'local-echo',
      tools: SCENARIOS['mcp approval request'].tools,
      previous_response_id: final.id,
      input: [{ type: 'mcp_approval_response', approval_request_id: request.id, approve: true }],
    });
    expect(types).toContain('response.mcp_call_arguments.delta');
    expect(second.output.map((i) => i.type)).toEqual(['mcp_call', 'message']);
    expect(second.output_text).toContain('Local simulation');
  });

  it('refusal: the SDK keeps the refusal part and no output_text', async () => {
    const { types, final } = await streamed(SCENARIOS.refusal);
    expect(types).toContain('response.refusal.delta');
    expect(final.output_text).toBe('');
    const [message] = final.output;
    expect(message?.type === 'message' && message.content[0]?.type).toBe('refusal');
  });
});
