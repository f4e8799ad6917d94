import type { ResponseReasoningItem } from 'openai/resources/responses/responses';
import { newId } from '../ids.ts';
import { tokenize } from '../tokenize.ts';
import { streamDeltas, type OutputItemPlan, type Stop } from './item-context.ts';

export interface ReasoningSpec {
  /** The summary parts (`summary_index` 0, 1, …). */
  parts: readonly string[];
  /** Set when `include` asks for `reasoning.encrypted_content`. */
  encryptedContent: string | null;
}

type Summary = ResponseReasoningItem['summary'][number];

function reasoningItem(id: string, encrypted: string | null, summary: Summary[]) {
  // Key order as in openai-reasoning-summary-function-call.sse.
  const item: ResponseReasoningItem = {
    id,
    type: 'reasoning',
    ...(encrypted === null ? {} : { encrypted_content: encrypted }),
    summary,
  };
  return item;
}

/**
 * A reasoning item with a streamed summary, as in openai-reasoning-summary.sse: output_item.added
 * → per part: reasoning_summary_part.added → reasoning_summary_text.delta… →
 * reasoning_summary_text.done → reasoning_summary_part.done; then output_item.done.
 */
export function reasoning(spec: ReasoningSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('rs');
    const output_index = ctx.outputIndex;
    const encrypted = spec.encryptedContent;
    yield ctx.emit({
      type: 'response.output_item.added',
      output_index,
      item: reasoningItem(id, encrypted, []),
    });
    const summary: Summary[] = [];
    let tokens = 0;
    let stop: Stop | null = null;
    for (const [summary_index, partText] of spec.parts.entries()) {
      const where = { item_id: id, output_index, summary_index };
      yield ctx.emit({
        type: 'response.reasoning_summary_part.added',
        ...where,
        part: { type: 'summary_text', text: '' },
      });
      const before = ctx.meter.used;
      const streamed = yield* streamDeltas(ctx, tokenize(partText), (delta) => ({
        type: 'response.reasoning_summary_text.delta',
        ...where,
        delta,
      }));
      tokens += ctx.meter.used - before;
      stop = streamed.stop;
      const part: Summary = { type: 'summary_text', text: streamed.text };
      summary.push(part);
      if (stop === 'drop' || stop === 'fail') {
        return { item: reasoningItem(id, encrypted, summary), stop, reasoningTokens: tokens };
      }
      yield ctx.emit({
        type: 'response.reasoning_summary_text.done',
        ...where,
        text: streamed.text,
      });
      yield ctx.emit({ type: 'response.reasoning_summary_part.done', ...where, part });
      if (stop) break;
    }
    const item = reasoningItem(id, encrypted, summary);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item });
    return { item, stop, reasoningTokens: tokens };
  };
}

/** A stand-in for the real API's opaque encrypted reasoning: base64 of a plain JSON note. */
export function fakeEncryptedContent(parts: readonly string[]): string {
  const note = JSON.stringify({
    local_simulation: true,
    note: 'Not encrypted: the local server has no hidden reasoning to carry over.',
    summary_parts: parts.length,
  });
  const bytes = new TextEncoder().encode(note);
  return `gAAAAAB${btoa(String.fromCharCode(...bytes))}`;
}
