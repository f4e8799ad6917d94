import type {
  Response as ApiResponse,
  ResponseReasoningItem,
} from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import {
  ID,
  create,
  finalResponse,
  localServer,
  normalise,
  stream,
  type SseEvent,
} from './test-support/http.ts';
import { keyDifferences, shapesBeside, specRequired } from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const SUMMARY = 'openai-reasoning-summary.sse';

function reasoningItem(response: ApiResponse): ResponseReasoningItem {
  const [first] = response.output;
  if (first?.type !== 'reasoning') throw new Error(`first item is ${first?.type}`);
  return first;
}

function count(events: readonly SseEvent[], type: string): number {
  return events.filter((e) => e.type === type).length;
}

describe('reasoning summary (simulated)', () => {
  const request = {
    model: 'local-echo',
    reasoning: { effort: 'high', summary: 'auto' },
    instructions: 'Perform reasoning over any questions asked by the user.',
    input: 'I am visiting New York for 3 days. How should I plan?',
  };

  it('streams a reasoning item before the message, as openai-reasoning-summary.sse', async () => {
    const { app } = localServer();
    const events = await stream(app, request);
    const { ours, recorded } = shapesBeside(events, { reasoning: SUMMARY, message: SUMMARY });
    expect(ours).toEqual(recorded);
    expect(keyDifferences(events, SUMMARY)).toEqual([]);
    const final = finalResponse(events);
    const reasoning = reasoningItem(final);
    expect(reasoning.id).toMatch(ID.rs);
    expect(reasoning).not.toHaveProperty('encrypted_content');
    expect(reasoning.summary).toHaveLength(2);
    expect(reasoning.summary[0]?.text).toContain('local simulation, not real reasoning');
    expect(reasoning.summary[0]?.text).toContain('restate the input as a markdown echo');
    expect(reasoning.summary[1]?.text).toContain('The last user message has 12 words.');
    expect(final.output[1]?.type).toBe('message');

    const summaryDeltas = count(events, 'response.reasoning_summary_text.delta');
    const textDeltas = count(events, 'response.output_text.delta');
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBe(summaryDeltas);
    expect(final.usage?.output_tokens).toBe(summaryDeltas + textDeltas);
    const indexes = events
      .filter((e) => e.type === 'response.reasoning_summary_part.added')
      .map((e) => e.summary_index);
    expect(indexes).toEqual([0, 1]);
    expect(strictReplay(events)).toEqual(final.output);
    expect(normalise(await create(app, request))).toEqual(normalise(final));
  });

  it.each([
    ['concise', 1],
    ['auto', 2],
    ['detailed', 3],
  ] as const)('summary %s gives %i part(s); generate_summary works the same', async (s, n) => {
    const { app } = localServer();
    const current = await create(app, { ...request, reasoning: { summary: s } });
    expect(reasoningItem(current).summary).toHaveLength(n);
    const deprecated = await create(app, { ...request, reasoning: { generate_summary: s } });
    expect(reasoningItem(deprecated).summary).toHaveLength(n);
  });

  it('adds no reasoning item without a summary setting', async () => {
    const { app } = localServer();
    const final = await create(app, { ...request, reasoning: { effort: 'high' } });
    expect(final.output.map((i) => i.type)).toEqual(['message']);
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBe(0);
  });

  it('counts the summary against max_output_tokens: cut there, the response is incomplete', async () => {
    const { app } = localServer();
    const events = await stream(app, { ...request, max_output_tokens: 16 });
    const final = finalResponse(events);
    expect(final.status).toBe('incomplete');
    expect(final.output.map((i) => i.type)).toEqual(['reasoning']);
    expect(final.usage?.output_tokens).toBe(16);
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBe(16);
    expect(strictReplay(events)).toEqual(final.output);
  });

  it('sends encrypted_content on added and done when include asks for it', async () => {
    const { app } = localServer();
    const events = await stream(app, { ...request, include: ['reasoning.encrypted_content'] });
    const items = events
      .filter((e) => e.output_index === 0 && 'item' in e)
      .map((e) => e.item as ResponseReasoningItem);
    expect(items.map((i) => Object.keys(i))).toEqual([
      ['id', 'type', 'encrypted_content', 'summary'],
      ['id', 'type', 'encrypted_content', 'summary'],
    ]);
    const content = items[1]?.encrypted_content ?? '';
    expect(content).toMatch(/^gAAAAAB[A-Za-z0-9+/=]+$/);
    expect(atob(content.slice(7))).toContain('"local_simulation":true');
  });
});

describe('refusal', () => {
  const request = { model: 'local-echo', input: 'Please REFUSE to answer this.' };

  it('streams a refusal part with response.refusal.delta/.done, per the spec examples', async () => {
    const { app } = localServer();
    const events = await stream(app, request);
    const types = events.map((e) => e.type);
    const deltas = count(events, 'response.refusal.delta');
    expect(deltas).toBeGreaterThan(5);
    expect(types).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      ...Array<string>(deltas).fill('response.refusal.delta'),
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events[3]?.part).toEqual({ type: 'refusal', refusal: '' });
    for (const event of events) {
      const required = specRequired(event.type) ?? [];
      expect(Object.keys(event)).toEqual(expect.arrayContaining(required));
      const extra = Object.keys(event).filter((k) => !required.includes(k));
      expect(extra.filter((k) => k !== 'obfuscation')).toEqual([]);
    }
    const final = finalResponse(events);
    const [message] = final.output;
    expect(message?.type === 'message' && message.content).toEqual([
      {
        type: 'refusal',
        refusal:
          'I’m sorry, but I can’t help with that. (Local simulation: the input contained the trigger word REFUSE.)',
      },
    ]);
    expect(final.usage?.output_tokens).toBe(deltas);
    expect(strictReplay(events)).toEqual(final.output);
    expect(normalise(await create(app, request))).toEqual(normalise(final));
  });

  it('refuses even when a tool is asked for, and only on the upper-case whole word', async () => {
    const { app } = localServer();
    const tools = [{ type: 'web_search_preview' }];
    const refused = await create(app, { model: 'local-echo', tools, input: 'search, or REFUSE' });
    expect(refused.output.map((i) => i.type)).toEqual(['message']);
    expect(JSON.stringify(refused.output)).toContain('"type":"refusal"');
    for (const input of ['please refuse', 'REFUSED', 'xREFUSE']) {
      const answered = await create(app, { model: 'local-echo', input });
      expect(JSON.stringify(answered.output)).not.toContain('"type":"refusal"');
    }
  });
});
