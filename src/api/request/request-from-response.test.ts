import { describe, expect, it } from 'vitest';
import type { Response } from 'openai/resources/responses/responses';
import { requestFromResponse } from './request-from-response.ts';

const response = {
  id: 'resp_1',
  object: 'response',
  model: 'gpt-test',
  instructions: 'Be brief.',
  temperature: 0.5,
  top_p: null,
  tools: [],
  metadata: {},
  reasoning: { effort: null, summary: null },
  text: { format: { type: 'text' } },
  previous_response_id: 'resp_0',
  store: true,
  output: [],
} as unknown as Response;

describe('requestFromResponse', () => {
  it('keeps set parameters and the input items, drops unset echoes', () => {
    const body = requestFromResponse(response, [
      {
        id: 'msg_1',
        type: 'message',
        role: 'user',
        status: 'completed',
        content: [{ type: 'input_text', text: 'hi' }],
      },
      { type: 'function_call_output', call_id: 'c1', output: '{}', id: 'fco_1' },
    ]);
    expect(body).toEqual({
      model: 'gpt-test',
      instructions: 'Be brief.',
      temperature: 0.5,
      text: { format: { type: 'text' } },
      previous_response_id: 'resp_0',
      store: true,
      input: [
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
        { type: 'function_call_output', call_id: 'c1', output: '{}', id: 'fco_1' },
      ],
    });
  });

  it('keeps tools and metadata when there are any', () => {
    const body = requestFromResponse(
      {
        ...response,
        tools: [{ type: 'web_search_preview' }],
        metadata: { a: '1' },
      } as unknown as Response,
      [],
    );
    expect(body.tools).toEqual([{ type: 'web_search_preview' }]);
    expect(body.metadata).toEqual({ a: '1' });
  });
});
