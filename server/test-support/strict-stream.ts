import type { Json, SseEvent } from './http.ts';

/**
 * A strict replay of a stream by the rules of the newest openai-node accumulator (see the
 * reference NOTES): response.created first; sequence numbers 0..n-1; output_item.added exactly at
 * output_index === output.length with a unique non-empty id (and call_id on function calls);
 * output_item.done keeps type, id and call_id; item-scoped events name the item at their index
 * and suit its type; content parts, summary parts and annotations append at their index; every
 * `.done` text equals its deltas. Returns the accumulated output; throws on the first violation.
 */

const ITEM_TYPE_OF_EVENT: [RegExp, string][] = [
  [/^response\.(output_text|content_part|refusal)\./, 'message'],
  [/^response\.function_call_arguments\./, 'function_call'],
  [/^response\.reasoning_summary_(part|text)\./, 'reasoning'],
  [/^response\.web_search_call\./, 'web_search_call'],
  [/^response\.file_search_call\./, 'file_search_call'],
  [/^response\.code_interpreter_call(_code)?\./, 'code_interpreter_call'],
  [/^response\.image_generation_call\./, 'image_generation_call'],
  [/^response\.mcp_call(_arguments)?\./, 'mcp_call'],
  [/^response\.mcp_list_tools\./, 'mcp_list_tools'],
];

const LIFECYCLE = /^response\.(created|queued|in_progress|completed|failed|incomplete)$/;

function fail(event: SseEvent, message: string): never {
  throw new Error(`#${event.sequence_number} ${event.type}: ${message}`);
}

function asRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

export function strictReplay(events: readonly SseEvent[]): Json[] {
  const output: Json[] = [];
  const ids = new Set<string>();
  const deltas = new Map<string, string>();
  if (events[0]?.type !== 'response.created') throw new Error('the first event is not created');
  events.forEach((event, i) => {
    if (event.sequence_number !== i) fail(event, `sequence_number ${event.sequence_number} ≠ ${i}`);
    if (LIFECYCLE.test(event.type) || event.type === 'error') return;
    const index = event.output_index as number;
    if (event.type === 'response.output_item.added') {
      const item = asRecord(event.item);
      if (index !== output.length) fail(event, `output_index ${index} ≠ ${output.length}`);
      if (typeof item.id !== 'string' || !item.id) fail(event, 'item without id');
      if (ids.has(item.id)) fail(event, 'duplicate output item identity');
      if (item.type === 'function_call' && !item.call_id) fail(event, 'call without call_id');
      ids.add(item.id);
      output.push(structuredClone(item));
      return;
    }
    const current = output[index];
    if (!current) fail(event, `missing output at index ${index}`);
    if (event.type === 'response.output_item.done') {
      const item = asRecord(event.item);
      for (const key of ['type', 'id', 'call_id']) {
        if (item[key] !== current[key]) fail(event, `${key} changed`);
      }
      output[index] = structuredClone(item);
      return;
    }
    if (event.item_id !== current.id) fail(event, `expected item_id '${String(current.id)}'`);
    const wanted = ITEM_TYPE_OF_EVENT.find(([pattern]) => pattern.test(event.type))?.[1];
    if (!wanted) fail(event, 'unhandled event type');
    if (current.type !== wanted) fail(event, `expected '${wanted}', got '${String(current.type)}'`);
    checkParts(event, current, deltas);
  });
  return output;
}

function checkParts(event: SseEvent, item: Json, deltas: Map<string, string>): void {
  const index = event.content_index ?? event.summary_index;
  const key = `${String(event.item_id)}/${typeof index === 'number' ? index : ''}`;
  const [, kind = '', step = ''] = /^response\.(.+)\.([a-z_]+)$/.exec(event.type) ?? [];
  if (step === 'delta') {
    deltas.set(`${key}/${kind}`, (deltas.get(`${key}/${kind}`) ?? '') + String(event.delta));
    return;
  }
  const final = event.text ?? event.refusal ?? event.arguments ?? event.code;
  if (
    step === 'done' &&
    typeof final === 'string' &&
    final !== (deltas.get(`${key}/${kind}`) ?? '')
  ) {
    fail(event, 'the done value is not the sum of the deltas');
  }
  if (event.type === 'response.content_part.added') {
    const content = item.content as Json[];
    if (event.content_index !== content.length) fail(event, 'content_index not at the end');
    content.push(asRecord(event.part));
  }
  const part = Array.isArray(item.content)
    ? asRecord(item.content[event.content_index as number])
    : {};
  if (/^response\.output_text\./.test(event.type) && part.type !== 'output_text') {
    fail(event, `expected content to be 'output_text', got ${String(part.type)}`);
  }
  if (/^response\.refusal\./.test(event.type) && part.type !== 'refusal') {
    fail(event, `expected content to be 'refusal', got ${String(part.type)}`);
  }
  if (event.type === 'response.output_text.annotation.added') {
    const annotations = (part.annotations ?? []) as unknown[];
    if (event.annotation_index !== annotations.length) fail(event, 'annotation_index not at end');
    annotations.push(event.annotation);
    part.annotations = annotations;
  }
  if (event.type === 'response.reasoning_summary_part.added') {
    const summary = item.summary as unknown[];
    if (event.summary_index !== summary.length) fail(event, 'summary_index not at the end');
    summary.push(event.part);
  }
}
