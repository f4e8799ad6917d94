import type { Response } from 'openai/resources/responses/responses';
import { newId } from './ids.ts';
import { makeUsage, messageItem } from './response-object.ts';
import { tokenize } from './tokenize.ts';

export type StreamEvent = Record<string, unknown> & { type: string; sequence_number: number };

export type Step =
  | { kind: 'event'; event: StreamEvent; paced: boolean }
  /** The connection is cut here (fault model `local-drop`). */
  | { kind: 'drop' };

export interface Plan {
  response: Response;
  text: string;
  maxOutputTokens: number | null;
  inputTokens: number;
  cachedTokens: number;
  obfuscate: boolean;
  fault?: { kind: 'drop' | 'fail'; afterTokens: number };
}

const OBFUSCATION_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random padding like the real API's `obfuscation` field, which hides delta sizes. */
function obfuscation(deltaLength: number): string {
  const length = Math.max(2, 16 - deltaLength);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += OBFUSCATION_CHARS[Math.floor(Math.random() * OBFUSCATION_CHARS.length)];
  }
  return out;
}

function withResponse(response: Response, patch: Partial<Response>): Response {
  return { ...response, ...patch };
}

/**
 * The exact event sequence of the recordings: created → in_progress → output_item.added →
 * content_part.added → output_text.delta… → output_text.done → content_part.done →
 * output_item.done → completed (or incomplete / error + failed). Returns the final response.
 */
export function* streamSteps(plan: Plan): Generator<Step, Response> {
  let seq = 0;
  // Key order as in the recordings: type, sequence_number, then the rest.
  const emit = (
    { type, ...rest }: Record<string, unknown> & { type: string },
    paced = false,
  ): Step => ({
    kind: 'event',
    event: { type, sequence_number: seq++, ...rest },
    paced,
  });
  const base = plan.response;
  yield emit({ type: 'response.created', response: base });
  yield emit({ type: 'response.in_progress', response: base });

  const itemId = newId('msg');
  const allTokens = tokenize(plan.text);
  const truncated = plan.maxOutputTokens !== null && allTokens.length > plan.maxOutputTokens;
  const tokens = truncated ? allTokens.slice(0, plan.maxOutputTokens ?? 0) : allTokens;
  const where = { item_id: itemId, output_index: 0, content_index: 0 };

  yield emit({
    type: 'response.output_item.added',
    output_index: 0,
    item: messageItem(itemId, 'in_progress', null),
  });
  yield emit({
    type: 'response.content_part.added',
    ...where,
    part: { type: 'output_text', annotations: [], logprobs: [], text: '' },
  });

  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    if (plan.fault && i === plan.fault.afterTokens) {
      if (plan.fault.kind === 'drop') {
        yield { kind: 'drop' };
        return base;
      }
      return yield* failSteps(emit, base, itemId, text, plan);
    }
    const delta = tokens[i] ?? '';
    text += delta;
    const event: Record<string, unknown> & { type: string } = {
      type: 'response.output_text.delta',
      ...where,
      delta,
      logprobs: [],
    };
    if (plan.obfuscate) event.obfuscation = obfuscation(delta.length);
    yield emit(event, true);
  }

  const status = truncated ? 'incomplete' : 'completed';
  const part = { type: 'output_text', annotations: [], logprobs: [], text };
  yield emit({ type: 'response.output_text.done', ...where, text, logprobs: [] });
  yield emit({ type: 'response.content_part.done', ...where, part });
  const item = messageItem(itemId, status, text);
  yield emit({ type: 'response.output_item.done', output_index: 0, item });
  const final = withResponse(base, {
    status,
    completed_at: truncated ? null : Math.floor(Date.now() / 1000),
    incomplete_details: truncated ? { reason: 'max_output_tokens' } : null,
    output: [item],
    usage: makeUsage(plan.inputTokens, plan.cachedTokens, tokens.length),
  });
  yield emit({ type: truncated ? 'response.incomplete' : 'response.completed', response: final });
  return final;
}

/** `local-fail`: the nested `error` event of real traffic, then `response.failed`. */
function* failSteps(
  emit: (event: Record<string, unknown> & { type: string }) => Step,
  base: Response,
  itemId: string,
  partialText: string,
  plan: Plan,
): Generator<Step, Response> {
  const message =
    'The local model failed on purpose (fault model local-fail) after streaming part of its answer.';
  yield emit({
    type: 'error',
    error: { type: 'server_error', code: 'server_error', message, param: null },
  });
  const final = withResponse(base, {
    status: 'failed',
    error: { code: 'server_error', message },
    output: [messageItem(itemId, 'incomplete', partialText)],
    usage: makeUsage(plan.inputTokens, plan.cachedTokens, tokenize(partialText).length),
  });
  yield emit({ type: 'response.failed', response: final });
  return final;
}
