import { describe, expect, it } from 'vitest';
import { normalizeInput, summarizeInput } from './input.ts';
import { AUTH, ID, create, idMatching, localServer, type Json } from './test-support/http.ts';
import { specProblems } from './test-support/spec-schemas.ts';

const CALL = {
  type: 'function_call',
  call_id: 'call_abc',
  name: 'get_weather',
  arguments: '{"city":"Paris"}',
};
const OUTPUT = {
  type: 'function_call_output',
  call_id: 'call_abc',
  output: '{"temperature_c":18}',
};

/** A conversation as a client replays it by hand: every kind of item, most without ids. */
const CONVERSATION = [
  { role: 'developer', content: 'Answer briefly.' },
  { role: 'user', content: 'What is the weather in Paris?' },
  { role: 'assistant', content: 'ok' },
  {
    type: 'message',
    role: 'assistant',
    id: 'msg_client',
    status: 'completed',
    content: [{ type: 'output_text', text: 'Checking.', annotations: [], logprobs: [] }],
  },
  CALL,
  OUTPUT,
];

/** The spec schema each listed item must satisfy, by type (and role for messages). */
function schemaOf(item: Json): string {
  if (item.type === 'message') {
    return item.role === 'assistant' ? 'OutputMessage' : 'InputMessageResource';
  }
  const byType: Record<string, string> = {
    function_call: 'FunctionToolCallResource',
    function_call_output: 'FunctionToolCallOutputResource',
  };
  return byType[String(item.type)] ?? 'unknown';
}

describe('normalizeInput', () => {
  it('gives function calls and outputs an id and a status, keeping what the client sent', () => {
    const [call, output] = normalizeInput([{ ...CALL, id: 'fc_client' }, OUTPUT]);
    expect(call).toEqual({ ...CALL, id: 'fc_client', status: 'completed' });
    expect(output).toEqual({ ...OUTPUT, id: idMatching(ID.fco), status: 'completed' });
    const [incomplete] = normalizeInput([{ ...CALL, status: 'incomplete' }]);
    expect(incomplete).toMatchObject({ id: idMatching(ID.fc), status: 'incomplete' });
  });

  it('stores assistant text as output_text parts with annotations and logprobs', () => {
    const [short, parts] = normalizeInput([
      { role: 'assistant', content: 'ok' },
      {
        role: 'assistant',
        content: [
          { type: 'input_text', text: 'one' },
          { type: 'output_text', text: 'two', annotations: [] },
          { type: 'refusal', refusal: 'no' },
        ],
      },
    ]);
    expect(short).toEqual({
      id: idMatching(ID.msg),
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'ok', annotations: [], logprobs: [] }],
    });
    expect(parts?.content).toEqual([
      { type: 'output_text', text: 'one', annotations: [], logprobs: [] },
      { type: 'output_text', text: 'two', annotations: [], logprobs: [] },
      { type: 'refusal', refusal: 'no' },
    ]);
  });

  it('still summarises the conversation as before: user texts, assistant text, other items', () => {
    const summary = summarizeInput(normalizeInput(CONVERSATION));
    expect(summary.userTexts).toEqual(['What is the weather in Paris?']);
    expect(summary.messages).toBe(4);
    expect(summary.otherItems).toBe(2);
    expect(summary.allText).toContain('Checking.');
    expect(summary.allText).toContain('ok');
  });
});

describe('GET /v1/responses/{id}/input_items', () => {
  it('lists every item as the spec’s ResponseItemList / ItemResource has it', async () => {
    const { app } = localServer();
    const created = await create(app, { model: 'local-echo', input: CONVERSATION });
    expect(created.status).toBe('completed');
    const res = await app.request(`/v1/responses/${created.id}/input_items?order=asc`, {
      headers: { authorization: AUTH },
    });
    const list = (await res.json()) as { data: Json[] };
    expect(specProblems('ResponseItemList', list)).toBe('');
    expect(list.data).toHaveLength(CONVERSATION.length);
    for (const item of list.data) {
      expect(specProblems('ItemResource', item), JSON.stringify(item)).toBe('');
      expect(specProblems(schemaOf(item), item), JSON.stringify(item)).toBe('');
      expect(item.status).toBe('completed');
    }
    const [developer, user, assistant, client, call, output] = list.data;
    expect(developer).toMatchObject({ id: idMatching(ID.msg), role: 'developer' });
    expect(user?.content).toEqual([{ type: 'input_text', text: 'What is the weather in Paris?' }]);
    expect(assistant?.content).toEqual([
      { type: 'output_text', text: 'ok', annotations: [], logprobs: [] },
    ]);
    expect(client?.id).toBe('msg_client');
    expect(call).toEqual({ ...CALL, id: idMatching(ID.fc), status: 'completed' });
    expect(output).toEqual({ ...OUTPUT, id: idMatching(ID.fco), status: 'completed' });
    expect(new Set(list.data.map((item) => item.id)).size).toBe(list.data.length);
  });

  it('a later turn chained to it still sees the conversation and the function output', async () => {
    const { app } = localServer();
    const first = await create(app, { model: 'local-echo', input: CONVERSATION });
    const firstText = JSON.stringify(first.output);
    expect(firstText).toContain('get_weather (call_abc)');
    const second = await create(app, {
      model: 'local-echo',
      previous_response_id: first.id,
      input: 'And tomorrow?',
    });
    const secondText = JSON.stringify(second.output);
    expect(secondText).toContain('Earlier turns');
    expect(secondText).toContain('What is the weather in Paris?');
    expect(second.usage?.input_tokens_details.cached_tokens).toBeGreaterThan(0);
  });
});
