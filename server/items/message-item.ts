import type {
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
} from 'openai/resources/responses/responses';
import { newId } from '../ids.ts';
import { tokenize, tokenizeJson } from '../tokenize.ts';
import { eventLogprob, logprobSeed, tokenLogprob, type PartLogprob } from './logprobs.ts';
import {
  streamDeltas,
  type EventBody,
  type ItemContext,
  type OutputItemPlan,
} from './item-context.ts';

export type Annotation = ResponseOutputText['annotations'][number];

export interface PlannedAnnotation {
  annotation: Annotation;
  /** Announced (`output_text.annotation.added`) once the streamed text is this long. */
  at: number;
}

export interface MessageSpec {
  text: string;
  annotations?: readonly PlannedAnnotation[];
  /** A `refusal` content part instead of `output_text`. */
  refusal?: boolean;
  /** JSON text: streamed in JSON-sized pieces (`{"`, `city`, `":"`…) as recorded. */
  json?: boolean;
}

type Status = ResponseOutputMessage['status'];
type Part = ResponseOutputText | ResponseOutputRefusal;

export function messageItem(id: string, status: Status, content: Part[]): ResponseOutputMessage {
  return { id, type: 'message', status, content, role: 'assistant' };
}

function textPart(
  text: string,
  annotations: Annotation[] = [],
  logprobs: PartLogprob[] = [],
): ResponseOutputText {
  return { type: 'output_text', annotations, logprobs, text };
}

/**
 * An assistant message, as in every recording: output_item.added → content_part.added →
 * output_text.delta… (with annotation.added once the cited text is out) → output_text.done →
 * content_part.done → output_item.done. A refusal streams response.refusal.delta/.done instead.
 */
export function message(spec: MessageSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('msg');
    const output_index = ctx.outputIndex;
    const where = { item_id: id, output_index, content_index: 0 };
    yield ctx.emit({
      type: 'response.output_item.added',
      output_index,
      item: messageItem(id, 'in_progress', []),
    });

    if (spec.refusal) return yield* refusal(ctx, id, where, spec.text);

    yield ctx.emit({ type: 'response.content_part.added', ...where, part: textPart('') });
    const pending = [...(spec.annotations ?? [])];
    const announced: Annotation[] = [];
    const announce = (soFar: string): EventBody[] => {
      const events: EventBody[] = [];
      for (let next = pending[0]; next && soFar.length >= next.at; next = pending[0]) {
        pending.shift();
        events.push({
          type: 'response.output_text.annotation.added',
          ...where,
          annotation_index: announced.length,
          annotation: next.annotation,
        });
        announced.push(next.annotation);
      }
      return events;
    };
    // With `include: ["message.output_text.logprobs"]` each delta carries its token's logprob;
    // without it every list stays [] (as recorded).
    const logprobs: PartLogprob[] = [];
    const seed = logprobSeed(spec.text);
    const { text, stop } = yield* streamDeltas(
      ctx,
      spec.json ? tokenizeJson(spec.text) : tokenize(spec.text),
      (delta) => {
        const logprob =
          ctx.logprobs && tokenLogprob(delta, logprobs.length, seed, ctx.logprobs.top);
        if (logprob) logprobs.push(logprob);
        const streamed = logprob ? [eventLogprob(logprob)] : [];
        return { type: 'response.output_text.delta', ...where, delta, logprobs: streamed };
      },
      announce,
    );
    const part = textPart(text, announced, logprobs);
    if (stop === 'drop' || stop === 'fail') {
      return { item: messageItem(id, 'incomplete', [part]), stop };
    }
    yield ctx.emit({
      type: 'response.output_text.done',
      ...where,
      text,
      logprobs: logprobs.map(eventLogprob),
    });
    yield ctx.emit({ type: 'response.content_part.done', ...where, part });
    const item = messageItem(id, stop ? 'incomplete' : 'completed', [part]);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item });
    return { item, stop };
  };
}

/** A refusal part, per the spec's examples (no real recording has one). */
function* refusal(
  ctx: ItemContext,
  id: string,
  where: { item_id: string; output_index: number; content_index: number },
  refusalText: string,
) {
  yield ctx.emit({
    type: 'response.content_part.added',
    ...where,
    part: { type: 'refusal', refusal: '' },
  });
  const { text, stop } = yield* streamDeltas(ctx, tokenize(refusalText), (delta) => ({
    type: 'response.refusal.delta',
    ...where,
    delta,
  }));
  const part: ResponseOutputRefusal = { type: 'refusal', refusal: text };
  if (stop === 'drop' || stop === 'fail') {
    return { item: messageItem(id, 'incomplete', [part]), stop };
  }
  yield ctx.emit({ type: 'response.refusal.done', ...where, refusal: text });
  yield ctx.emit({ type: 'response.content_part.done', ...where, part });
  const item = messageItem(id, stop ? 'incomplete' : 'completed', [part]);
  yield ctx.emit({ type: 'response.output_item.done', output_index: where.output_index, item });
  return { item, stop };
}
