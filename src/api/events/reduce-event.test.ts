import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Response } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { outputText } from './output-text.ts';
import { isRecord, parseEventData, type ReceivedEvent } from './parse-event.ts';
import { reduceEvent, reduceEvents, stateFromResponse } from './reduce-event.ts';
import {
  initialStreamState,
  type IssueKind,
  type OutputItem,
  type StreamState,
} from './stream-state.ts';
import { REFERENCE_DIR } from '../../test/reference.ts';

const REFERENCE = REFERENCE_DIR;

type Payload = Record<string, unknown>;

/** Event types of the spec's ResponseStreamEvent union, from the reference extract. */
const SPEC_EVENTS: Record<string, { example: unknown }> = (() => {
  const file: unknown = JSON.parse(
    readFileSync(`${REFERENCE}/responses-stream-event-examples.from-spec.json`, 'utf8'),
  );
  if (!isRecord(file) || !isRecord(file.events)) throw new Error('unexpected examples file');
  return file.events as Record<string, { example: unknown }>;
})();
const SPEC_TYPES = Object.keys(SPEC_EVENTS);

/** One SSE message as the transport hands it over: `event:` name = payload type unless given. */
function received(index: number, payload: unknown, name?: string | null): ReceivedEvent {
  const type = isRecord(payload) && typeof payload.type === 'string' ? payload.type : undefined;
  const eventName = name === null ? undefined : (name ?? type);
  return parseEventData(index, eventName, JSON.stringify(payload), index * 10);
}

/** Payloads → events with sequence_number 0, 1, 2, … (unless a payload sets its own). */
function sequence(payloads: readonly Payload[]): ReceivedEvent[] {
  return payloads.map((payload, i) => received(i, { sequence_number: i, ...payload }));
}

function run(payloads: readonly Payload[], from: StreamState = initialStreamState): StreamState {
  return reduceEvents(from, sequence(payloads));
}

function kinds(state: StreamState): IssueKind[] {
  return state.issues.map((issue) => issue.kind);
}

/** The first content part of output item `index`, as a plain record. */
function part(state: StreamState, index = 0, list = 'content', at = 0): Payload {
  const item: unknown = state.output[index];
  if (!isRecord(item)) throw new Error(`no item at ${index}`);
  const entries = item[list];
  const entry: unknown = Array.isArray(entries) ? entries[at] : undefined;
  if (!isRecord(entry)) throw new Error(`no ${list}[${at}] on item ${index}`);
  return entry;
}

function item(state: StreamState, index = 0): Payload {
  const value: unknown = state.output[index];
  if (!isRecord(value)) throw new Error(`no item at ${index}`);
  return value;
}

function response(status: string, extra: Payload = {}): Payload {
  return {
    id: 'resp_1',
    object: 'response',
    status,
    output: [],
    error: null,
    incomplete_details: null,
    ...extra,
  };
}

const MSG = 'msg_1';
const at0 = { item_id: MSG, output_index: 0, content_index: 0 };

function messageItem(status: string, text?: string): Payload {
  return {
    id: MSG,
    type: 'message',
    status,
    role: 'assistant',
    content: text === undefined ? [] : [{ type: 'output_text', text, annotations: [] }],
  };
}

const created: Payload[] = [
  { type: 'response.created', response: response('in_progress') },
  { type: 'response.in_progress', response: response('in_progress') },
];

/** The canonical text stream: added → part → deltas → done → part done → item done → completed. */
function textStream(deltas: readonly string[], doneText = deltas.join('')): Payload[] {
  const final = messageItem('completed', doneText);
  return [
    ...created,
    { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
    {
      type: 'response.content_part.added',
      ...at0,
      part: { type: 'output_text', text: '', annotations: [] },
    },
    ...deltas.map((delta) => ({ type: 'response.output_text.delta', ...at0, delta, logprobs: [] })),
    { type: 'response.output_text.done', ...at0, text: doneText, logprobs: [] },
    {
      type: 'response.content_part.done',
      ...at0,
      part: { type: 'output_text', text: doneText, annotations: [] },
    },
    { type: 'response.output_item.done', output_index: 0, item: final },
    { type: 'response.completed', response: response('completed', { output: [final] }) },
  ];
}

describe('reduceEvent: the canonical text stream', () => {
  const deltas = ['Hel', 'lo', ', ', 'wor', 'ld', '!'];
  const payloads = textStream(deltas);

  it('builds the text and completes', () => {
    const state = run(payloads);
    expect(outputText(state.output)).toBe('Hello, world!');
    expect(state.status).toBe('completed');
    expect(state.terminalEvent).toBe('response.completed');
    expect(state.issues).toEqual([]);
    expect(state.eventCount).toBe(payloads.length);
    expect(state.lastSequence).toBe(payloads.length - 1);
    expect(state.error).toBeNull();
  });

  it('shows the text growing delta by delta', () => {
    const firstDelta = payloads.findIndex((p) => p.type === 'response.output_text.delta');
    let state = run(payloads.slice(0, firstDelta));
    expect(state.status).toBe('in_progress');
    expect(outputText(state.output)).toBe('');
    const events = sequence(payloads);
    let expected = '';
    for (const [i, delta] of deltas.entries()) {
      const event = events[firstDelta + i];
      if (event === undefined) throw new Error('missing event');
      state = reduceEvent(state, event);
      expected += delta;
      expect(outputText(state.output)).toBe(expected);
    }
    expect(item(state).status).toBe('in_progress');
  });

  it('does not change the state it is given', () => {
    const before = run(payloads.slice(0, 6));
    const snapshot = structuredClone(before);
    reduceEvents(before, sequence(payloads).slice(6));
    expect(before).toEqual(snapshot);
  });

  it('keeps the lifecycle snapshot apart from the output built by events', () => {
    const state = run(payloads.slice(0, -1));
    expect(state.response?.status).toBe('in_progress');
    expect(state.response?.output).toEqual([]);
    expect(state.output).toHaveLength(1);
  });
});

describe('reduceEvent: sequence numbers', () => {
  function pings(numbers: readonly (number | undefined)[]): StreamState {
    const events = numbers.map((n, i) =>
      received(
        i,
        n === undefined ? { type: 'keepalive' } : { type: 'keepalive', sequence_number: n },
      ),
    );
    return reduceEvents(initialStreamState, events);
  }

  it('accepts 0, 1, 2, …', () => {
    const state = pings([0, 1, 2, 3]);
    expect(state.issues).toEqual([]);
    expect(state.lastSequence).toBe(3);
  });

  it('reports a gap', () => {
    const state = pings([0, 1, 3, 4]);
    expect(state.issues).toEqual([
      { kind: 'sequence-gap', eventIndex: 2, message: 'sequence_number jumps from 1 to 3' },
    ]);
  });

  it('reports a duplicate', () => {
    const state = pings([0, 1, 1, 2]);
    expect(kinds(state)).toEqual(['sequence-duplicate']);
    expect(state.issues[0]?.eventIndex).toBe(2);
  });

  it('reports disorder', () => {
    const state = pings([0, 2, 1, 3]);
    expect(state.issues.map((i) => [i.kind, i.eventIndex])).toEqual([
      ['sequence-gap', 1],
      ['sequence-disorder', 2],
    ]);
    // 3 follows the highest number seen (2), so it is in order.
    expect(state.lastSequence).toBe(3);
  });

  it('says nothing when the server sends no sequence numbers', () => {
    expect(pings([undefined, undefined, undefined]).issues).toEqual([]);
  });

  it('does not require the first number to be 0', () => {
    expect(pings([5, 6, 7]).issues).toEqual([]);
  });
});

describe('reduceEvent: findings', () => {
  it('reports an `event:` name that differs from the payload type and still applies the payload', () => {
    const event = parseEventData(
      0,
      'response.created',
      JSON.stringify({ type: 'response.in_progress', response: response('queued') }),
      0,
    );
    const state = reduceEvent(initialStreamState, event);
    expect(kinds(state)).toEqual(['name-mismatch']);
    expect(state.issues[0]?.message).toContain('response.created');
    expect(state.status).toBe('queued');
  });

  it('reports a delta for an item never added, without throwing or inventing an item', () => {
    const state = run([
      ...created,
      {
        type: 'response.output_text.delta',
        item_id: 'msg_x',
        output_index: 3,
        content_index: 0,
        delta: 'hi',
      },
    ]);
    expect(kinds(state)).toEqual(['unknown-item']);
    expect(state.issues[0]?.eventIndex).toBe(2);
    expect(state.output).toEqual([]);
  });

  it('finds the item by item_id when output_index is missing', () => {
    const payloads = textStream(['a', 'b']).map((p) =>
      p.type === 'response.output_text.delta' ? { ...p, output_index: undefined } : p,
    );
    const state = run(payloads);
    expect(state.issues).toEqual([]);
    expect(outputText(state.output)).toBe('ab');
  });

  it('reports an item_id that differs from the item at output_index', () => {
    const payloads = textStream(['a']).map((p) =>
      p.type === 'response.output_text.delta' ? { ...p, item_id: 'msg_other' } : p,
    );
    const state = run(payloads);
    expect(kinds(state)).toEqual(['item-id-mismatch']);
    expect(outputText(state.output)).toBe('a');
  });

  it('reports output_text.done differing from the deltas, and the done text wins', () => {
    const payloads = textStream(['Hel', 'lo'], 'Hello!');
    const doneAt = payloads.findIndex((p) => p.type === 'response.output_text.done');
    const atDone = run(payloads.slice(0, doneAt + 1));
    expect(outputText(atDone.output)).toBe('Hello!');
    expect(atDone.issues).toEqual([
      {
        kind: 'done-mismatch',
        eventIndex: doneAt,
        message: 'the concatenated deltas differ from text in response.output_text.done',
      },
    ]);
    const end = run(payloads);
    expect(kinds(end)).toEqual(['done-mismatch']);
    expect(outputText(end.output)).toBe('Hello!');
  });

  it('takes a .done value without any delta as the value, with no finding', () => {
    // LM Studio sends function_call_arguments.done with no delta; the spec does not require deltas.
    const state = run([
      ...created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: {
          id: 'fc_1',
          type: 'function_call',
          call_id: 'call_1',
          name: 'weather',
          arguments: '',
        },
      },
      {
        type: 'response.function_call_arguments.done',
        item_id: 'fc_1',
        output_index: 0,
        arguments: '{"location":"Paris"}',
      },
    ]);
    expect(state.issues).toEqual([]);
    expect(item(state).arguments).toBe('{"location":"Paris"}');
  });

  it('reports content_part.done whose text differs from what was built', () => {
    const payloads = textStream(['Hi']).map((p) =>
      p.type === 'response.content_part.done'
        ? { ...p, part: { type: 'output_text', text: 'Hi there', annotations: [] } }
        : p,
    );
    const partDone = payloads.findIndex((p) => p.type === 'response.content_part.done');
    const state = run(payloads.slice(0, partDone + 1));
    expect(state.issues).toEqual([
      {
        kind: 'done-mismatch',
        eventIndex: partDone,
        message: 'the deltas differ from the text in response.content_part.done',
      },
    ]);
    // The part as sent wins.
    expect(outputText(state.output)).toBe('Hi there');
  });

  it('reports output_item.done whose text differs from what was built, and keeps the final item', () => {
    const payloads = textStream(['Hi']).map((p) =>
      p.type === 'response.output_item.done' ? { ...p, item: messageItem('completed', 'Bye') } : p,
    );
    const state = run(payloads);
    // …and response.completed (still "Hi") then disagrees with the item kept ("Bye").
    expect(kinds(state)).toEqual(['done-mismatch', 'done-mismatch']);
    expect(state.issues[0]?.message).toBe('the deltas differ from the text in output_item.done');
    expect(state.issues[1]?.message).toContain('response.completed');
    expect(outputText(state.output)).toBe('Bye');
  });

  it('keeps an output_item.done whose item was never added', () => {
    const final = messageItem('completed', 'late');
    const state = run([
      ...created,
      { type: 'response.output_item.done', output_index: 0, item: final },
    ]);
    expect(kinds(state)).toEqual(['unknown-item']);
    expect(state.output).toEqual([final]);
  });

  it('reports an output_item.added at an unexpected index or with a repeated id', () => {
    const state = run([
      ...created,
      { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
      { type: 'response.output_item.added', output_index: 5, item: messageItem('in_progress') },
    ]);
    expect(state.issues.map((i) => i.message)).toEqual([
      'output_item.added at output_index 5, expected 1',
      'duplicate output item id msg_1',
    ]);
    expect(state.output).toHaveLength(2);
  });

  it('survives message items whose content is not made of parts', () => {
    const state = run([
      ...created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: {
          id: MSG,
          type: 'message',
          content: [null, 'text', 7, { type: 'output_text', text: 5 }],
        },
      },
      { type: 'response.output_text.delta', ...at0, content_index: 0, delta: 'ok' },
    ]);
    expect(outputText(state.output)).toBe('ok');
    expect(outputText([{ type: 'message', content: null } as unknown as OutputItem])).toBe('');
    expect(outputText([null, 'x'] as unknown as OutputItem[])).toBe('');
  });

  it('appends an item added at a negative or fractional output_index', () => {
    for (const outputIndex of [-1, 0.5]) {
      const state = run([
        ...created,
        { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
        {
          type: 'response.output_item.added',
          output_index: outputIndex,
          item: { id: 'ct_1', type: 'custom_tool_call', input: '' },
        },
        { type: 'response.custom_tool_call_input.delta', output_index: outputIndex, delta: 'x' },
      ]);
      expect(state.output.map((o) => o.id)).toEqual([MSG, 'ct_1']);
      expect(Object.keys(state.output)).toEqual(['0', '1']);
      expect(kinds(state)).toEqual(['bad-payload', 'unknown-item']);
    }
  });

  it('reports an unknown event type and changes nothing else', () => {
    const before = run(textStream(['x']).slice(0, 5));
    const state = reduceEvent(
      before,
      received(5, { type: 'response.teleport', sequence_number: 5 }),
    );
    expect(kinds(state)).toEqual(['unknown-event']);
    expect(state.issues[0]?.message).toBe('unknown event type response.teleport');
    expect(state.output).toBe(before.output);
    expect(state.status).toBe(before.status);
    expect(state.eventCount).toBe(before.eventCount + 1);
  });

  it.each(['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'])(
    'treats the type %j as unknown, not as a method of Object',
    (type) => {
      const before = run(textStream(['x']).slice(0, 5));
      const state = reduceEvent(before, received(5, { type, sequence_number: 5 }));
      expect(kinds(state)).toEqual(['unknown-event']);
      expect(state.output).toBe(before.output);
      expect(state.status).toBe('in_progress');
    },
  );

  it('handles every event type of the spec union (no unknown-event for the spec examples)', () => {
    expect(SPEC_TYPES).toHaveLength(58);
    for (const type of SPEC_TYPES) {
      const example = SPEC_EVENTS[type]?.example;
      const payload = isRecord(example) ? example : { type };
      const state = reduceEvent(initialStreamState, received(0, payload));
      expect(kinds(state), type).not.toContain('unknown-event');
    }
  });

  it('reports data that is not JSON', () => {
    const state = reduceEvent(initialStreamState, parseEventData(0, 'message', '{"type":', 0));
    expect(kinds(state)).toEqual(['bad-payload']);
    expect(state.issues[0]?.message).toMatch(/^data is not JSON: /);
    expect(state.eventCount).toBe(1);
  });

  it.each(['[1,2]', '"text"', '42', 'null'])('reports JSON that is not an object: %s', (data) => {
    const state = reduceEvent(initialStreamState, parseEventData(0, undefined, data, 0));
    expect(state.issues).toEqual([
      { kind: 'bad-payload', eventIndex: 0, message: 'data is JSON but not an object' },
    ]);
  });

  it('ignores `[DONE]` without a finding', () => {
    const before = run(textStream(['ok']));
    const state = reduceEvent(before, parseEventData(before.eventCount, undefined, '[DONE]', 0));
    expect(state.issues).toEqual([]);
    expect(state.status).toBe('completed');
    expect(state.output).toBe(before.output);
  });

  it('reports a lifecycle event without a response object', () => {
    const state = run([{ type: 'response.completed', response: 'done' }]);
    expect(kinds(state)).toEqual(['bad-payload']);
    expect(state.status).toBe('idle');
    expect(state.terminalEvent).toBeNull();
  });

  it('reports a hostile list index instead of growing a list to match it', () => {
    for (const contentIndex of [1e300, 2 ** 32 - 2, -1, 0.5]) {
      const state = run([
        ...created,
        { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
        { type: 'response.output_text.delta', ...at0, content_index: contentIndex, delta: 'x' },
        {
          type: 'response.output_text.annotation.added',
          ...at0,
          annotation_index: contentIndex,
          annotation: { type: 'url_citation' },
        },
      ]);
      expect(kinds(state), String(contentIndex)).toEqual(['bad-payload', 'bad-payload']);
      expect(item(state).content).toEqual([]);
    }
  });
});

describe('reduceEvent: lifecycle and errors', () => {
  const nestedError = {
    type: 'error',
    error: {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      message: 'You exceeded your current quota.',
      param: null,
    },
  };
  const flatError = {
    type: 'error',
    code: 'ERR_SOMETHING',
    message: 'Something went wrong',
    param: null,
  };

  it.each([
    ['nested', nestedError, 'You exceeded your current quota.', 'insufficient_quota'],
    ['flat', flatError, 'Something went wrong', 'ERR_SOMETHING'],
  ])('a %s error event fails the response with its message', (_shape, event, message, code) => {
    const state = run([...created, event]);
    expect(state.status).toBe('failed');
    expect(state.error).toMatchObject({ source: 'event', message, code });
    expect(state.issues).toEqual([]);
  });

  it('keeps the error event’s message when response.failed follows', () => {
    const failed = {
      type: 'response.failed',
      response: response('failed', { error: { code: 'server_error', message: 'Other words.' } }),
    };
    const state = run([...created, nestedError, failed]);
    expect(state.status).toBe('failed');
    expect(state.terminalEvent).toBe('response.failed');
    expect(state.error?.message).toBe('You exceeded your current quota.');
  });

  it('takes the error from response.failed when there was no error event', () => {
    const failed = {
      type: 'response.failed',
      response: response('failed', {
        error: { code: 'server_error', message: 'The model crashed.' },
      }),
    };
    const state = run([...created, failed]);
    expect(state.status).toBe('failed');
    expect(state.error).toMatchObject({
      source: 'response',
      message: 'The model crashed.',
      code: 'server_error',
    });
  });

  it('ends incomplete with response.incomplete', () => {
    const incomplete = {
      type: 'response.incomplete',
      response: response('incomplete', { incomplete_details: { reason: 'max_output_tokens' } }),
    };
    const state = run([...created, incomplete]);
    expect(state.status).toBe('incomplete');
    expect(state.terminalEvent).toBe('response.incomplete');
    expect(state.response?.incomplete_details?.reason).toBe('max_output_tokens');
  });

  it('goes through queued for a background response', () => {
    const state = run([
      { type: 'response.created', response: response('queued') },
      { type: 'response.queued', response: response('queued') },
    ]);
    expect(state.status).toBe('queued');
  });

  it('falls back to the event’s own status when response.status is unknown', () => {
    const state = run([{ type: 'response.completed', response: response('sparkling') }]);
    expect(state.status).toBe('completed');
  });
});

describe('reduceEvent: other streamed fields', () => {
  it('builds function_call arguments from deltas', () => {
    const fc1 = { item_id: 'fc_1', output_index: 0 };
    const payloads: Payload[] = [
      ...created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: {
          id: 'fc_1',
          type: 'function_call',
          call_id: 'call_1',
          name: 'get_weather',
          arguments: '',
        },
      },
      { type: 'response.function_call_arguments.delta', ...fc1, delta: '{"loc' },
      { type: 'response.function_call_arguments.delta', ...fc1, delta: 'ation":"Par' },
      { type: 'response.function_call_arguments.delta', ...fc1, delta: 'is"}' },
    ];
    const built = run(payloads);
    expect(item(built).arguments).toBe('{"location":"Paris"}');
    expect(item(built).name).toBe('get_weather');
    const done = run([
      ...payloads,
      { type: 'response.function_call_arguments.done', ...fc1, arguments: '{"location":"Paris"}' },
    ]);
    expect(done.issues).toEqual([]);
    expect(item(done).arguments).toBe('{"location":"Paris"}');
  });

  it('builds reasoning summary text per summary_index', () => {
    const rs = { item_id: 'rs_1', output_index: 0 };
    const state = run([
      ...created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { id: 'rs_1', type: 'reasoning', summary: [] },
      },
      {
        type: 'response.reasoning_summary_part.added',
        ...rs,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      },
      { type: 'response.reasoning_summary_text.delta', ...rs, summary_index: 0, delta: '**Plan' },
      { type: 'response.reasoning_summary_text.delta', ...rs, summary_index: 0, delta: 'ning**' },
      {
        type: 'response.reasoning_summary_text.done',
        ...rs,
        summary_index: 0,
        text: '**Planning**',
      },
      {
        type: 'response.reasoning_summary_part.done',
        ...rs,
        summary_index: 0,
        part: { type: 'summary_text', text: '**Planning**' },
      },
      {
        type: 'response.reasoning_summary_part.added',
        ...rs,
        summary_index: 1,
        part: { type: 'summary_text', text: '' },
      },
      { type: 'response.reasoning_summary_text.delta', ...rs, summary_index: 1, delta: 'Second' },
    ]);
    expect(state.issues).toEqual([]);
    expect(part(state, 0, 'summary', 0)).toEqual({ type: 'summary_text', text: '**Planning**' });
    expect(part(state, 0, 'summary', 1)).toEqual({ type: 'summary_text', text: 'Second' });
    // A reasoning item is not output_text.
    expect(outputText(state.output)).toBe('');
  });

  it('builds a refusal, which is not output_text', () => {
    const state = run([
      ...created,
      { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
      { type: 'response.content_part.added', ...at0, part: { type: 'refusal', refusal: '' } },
      { type: 'response.refusal.delta', ...at0, delta: 'I can’t ' },
      { type: 'response.refusal.delta', ...at0, delta: 'help.' },
      { type: 'response.refusal.done', ...at0, refusal: 'I can’t help.' },
      {
        type: 'response.content_part.done',
        ...at0,
        part: { type: 'refusal', refusal: 'I can’t help.' },
      },
    ]);
    expect(state.issues).toEqual([]);
    expect(part(state)).toEqual({ type: 'refusal', refusal: 'I can’t help.' });
    expect(outputText(state.output)).toBe('');
  });

  it('adds annotations at annotation_index', () => {
    const payloads = textStream(['See ', 'this.']).slice(0, -4);
    const annotation = {
      type: 'url_citation',
      url: 'https://example.com',
      start_index: 0,
      end_index: 3,
    };
    const state = run([
      ...payloads,
      { type: 'response.output_text.annotation.added', ...at0, annotation_index: 0, annotation },
    ]);
    expect(state.issues).toEqual([]);
    expect(part(state).annotations).toEqual([annotation]);
    expect(part(state).text).toBe('See this.');
  });

  it('tracks a hosted tool call’s status', () => {
    const ws = { item_id: 'ws_1', output_index: 0 };
    const state = run([
      ...created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { id: 'ws_1', type: 'web_search_call', status: 'in_progress' },
      },
      { type: 'response.web_search_call.searching', ...ws },
    ]);
    expect(item(state).status).toBe('searching');
  });
});

describe('stateFromResponse', () => {
  const body: unknown = JSON.parse(
    readFileSync(`${REFERENCE}/http/openai-response-structured-output-nonstream.json`, 'utf8'),
  );

  it('reads a non-streamed structured output response', () => {
    if (!isRecord(body)) throw new Error('not an object');
    const state = stateFromResponse(body as unknown as Response);
    expect(state.status).toBe('completed');
    expect(state.response).toBe(body);
    expect(state.output).toEqual(body.output);
    expect(state.error).toBeNull();
    expect(state.issues).toEqual([]);
    expect(state.eventCount).toBe(0);
    const text = outputText(state.output);
    expect(JSON.parse(text)).toEqual({
      animal_data_list: ['Lion', 'Elephant', 'Giraffe', 'Kangaroo', 'Penguin'],
    });
  });

  it('reads a failed response’s error', () => {
    const failed = response('failed', { error: { code: 'server_error', message: 'Boom.' } });
    const state = stateFromResponse(failed as unknown as Response);
    expect(state.status).toBe('failed');
    expect(state.error).toMatchObject({ source: 'response', message: 'Boom.' });
  });

  it('treats a body without a known status or output as completed and empty', () => {
    const state = stateFromResponse({ id: 'x' } as unknown as Response);
    expect(state.status).toBe('completed');
    expect(state.output).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile input: whatever arrives, reduceEvent returns a state and never throws.

const ITEM_TYPES = [
  'message',
  'function_call',
  'reasoning',
  'web_search_call',
  'file_search_call',
  'code_interpreter_call',
  'image_generation_call',
  'mcp_call',
  'mcp_list_tools',
  'custom_tool_call',
];

/** The events that edit items, drawn more often so that they meet items they can edit. */
const ITEM_EVENTS = [
  'response.output_item.added',
  'response.output_item.done',
  'response.content_part.added',
  'response.content_part.done',
  'response.output_text.delta',
  'response.output_text.done',
  'response.output_text.annotation.added',
  'response.reasoning_summary_part.added',
  'response.reasoning_summary_text.delta',
  'response.function_call_arguments.delta',
  'response.function_call_arguments.done',
];

const anyJson = fc.jsonValue({ maxDepth: 2 });
const index = fc.oneof(
  fc.integer({ min: -2, max: 4 }),
  fc.constantFrom(0.5, 1e300, 2 ** 32 - 2, Number.MAX_SAFE_INTEGER),
  anyJson,
);
const text = fc.oneof(fc.string({ maxLength: 8 }), anyJson);
const id = fc.oneof(fc.constantFrom(MSG, 'fc_1', 'rs_1', 'ws_1'), anyJson);
const loosePart = fc.oneof(
  fc.record(
    { type: fc.constantFrom('output_text', 'refusal', 'summary_text'), text, refusal: text },
    { requiredKeys: ['type'] },
  ),
  anyJson,
);
const looseItem = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        id,
        type: fc.oneof(
          { weight: 3, arbitrary: fc.constant('message') },
          { weight: 3, arbitrary: fc.constantFrom(...ITEM_TYPES) },
          { weight: 1, arbitrary: anyJson },
        ),
        status: text,
        content: fc.oneof(fc.array(loosePart, { maxLength: 3 }), anyJson),
        summary: fc.oneof(fc.array(loosePart, { maxLength: 3 }), anyJson),
        arguments: text,
      },
      { requiredKeys: ['type', 'content'] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
);
const looseResponse = fc.oneof(
  fc.record(
    {
      status: fc.oneof(fc.constantFrom('completed', 'failed', 'queued', 'bogus'), anyJson),
      error: anyJson,
      output: fc.oneof(fc.array(looseItem, { maxLength: 2 }), anyJson),
      incomplete_details: anyJson,
    },
    { requiredKeys: [] },
  ),
  anyJson,
);

const hostilePayload: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...SPEC_TYPES, 'keepalive') },
          { weight: 4, arbitrary: fc.constantFrom(...ITEM_EVENTS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
          { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', '__proto__') },
          { weight: 1, arbitrary: anyJson },
        ),
        sequence_number: fc.oneof(fc.integer({ min: -1, max: 40 }), anyJson),
        output_index: index,
        content_index: index,
        summary_index: index,
        annotation_index: index,
        item_id: id,
        delta: text,
        text,
        arguments: text,
        refusal: text,
        code: text,
        input: text,
        message: text,
        item: looseItem,
        part: loosePart,
        annotation: anyJson,
        response: looseResponse,
        error: anyJson,
        partial_image_b64: anyJson,
      },
      { requiredKeys: ['type'] },
    ),
  },
  { weight: 1, arbitrary: fc.object() },
  { weight: 1, arbitrary: anyJson },
);

const hostileEvent = fc.record({
  payload: hostilePayload,
  name: fc.option(fc.oneof(fc.constantFrom(...SPEC_TYPES), fc.string({ maxLength: 6 })), {
    nil: undefined,
  }),
  // Now and then data that is not JSON at all.
  raw: fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  ),
});

/** A state with one item of several kinds already added, so handlers have something to edit. */
const primed = run([
  ...created,
  { type: 'response.output_item.added', output_index: 0, item: messageItem('in_progress') },
  { type: 'response.content_part.added', ...at0, part: { type: 'output_text', text: 'a' } },
  {
    type: 'response.output_item.added',
    output_index: 1,
    item: { id: 'fc_1', type: 'function_call', arguments: '' },
  },
  {
    type: 'response.output_item.added',
    output_index: 2,
    item: { id: 'rs_1', type: 'reasoning', summary: [] },
  },
]);

describe('reduceEvent on hostile input', () => {
  it('never throws, counts every event and only ever appends issues', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(hostileEvent, { minLength: 1, maxLength: 25 }),
        (fromPrimed, events) => {
          let state = fromPrimed ? primed : initialStreamState;
          const start = state.eventCount;
          events.forEach((e, i) => {
            const data = e.raw ?? JSON.stringify(e.payload);
            const before = state;
            state = reduceEvent(state, parseEventData(start + i, e.name, data, i));
            expect(state.eventCount).toBe(before.eventCount + 1);
            expect(state.issues.slice(0, before.issues.length)).toEqual(before.issues);
          });
          expect(typeof outputText(state.output)).toBe('string');
          expect(() => JSON.stringify(state)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves the state it is given untouched', () => {
    fc.assert(
      fc.property(hostileEvent, (e) => {
        const before = structuredClone(primed);
        const data = e.raw ?? JSON.stringify(e.payload);
        reduceEvent(primed, parseEventData(primed.eventCount, e.name, data, 0));
        expect(primed).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deltas vs response.completed', () => {
  const msg = (text: string) => ({
    id: 'msg_1',
    type: 'message',
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }],
  });
  const stream = (finalText: string) => [
    {
      type: 'response.created',
      sequence_number: 0,
      response: { id: 'r', status: 'in_progress', output: [] },
    },
    {
      type: 'response.output_item.added',
      sequence_number: 1,
      output_index: 0,
      item: { ...msg(''), content: [] },
    },
    {
      type: 'response.content_part.added',
      sequence_number: 2,
      item_id: 'msg_1',
      output_index: 0,
      content_index: 0,
      part: { type: 'output_text', text: '', annotations: [] },
    },
    {
      type: 'response.output_text.delta',
      sequence_number: 3,
      item_id: 'msg_1',
      output_index: 0,
      content_index: 0,
      delta: 'Hello',
    },
    {
      type: 'response.completed',
      sequence_number: 4,
      response: { id: 'r', status: 'completed', output: [msg(finalText)] },
    },
  ];
  const run = (finalText: string) =>
    stream(finalText).reduce(
      (state, payload, i) =>
        reduceEvent(state, parseEventData(i, payload.type, JSON.stringify(payload), i)),
      initialStreamState,
    );

  it('flags a message whose deltas differ from its text in response.completed', () => {
    const issues = run('Hello, world').issues;
    expect(issues.map((i) => i.kind)).toEqual(['done-mismatch']);
    expect(issues[0]?.eventIndex).toBe(4);
    expect(issues[0]?.message).toContain('response.completed');
  });

  it('is quiet when they agree', () => {
    expect(run('Hello').issues).toEqual([]);
  });
});
