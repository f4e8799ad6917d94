import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import type { LogprobSettings } from './logprobs.ts';

export type StreamEvent = Record<string, unknown> & { type: string; sequence_number: number };

export type Step =
  | { kind: 'event'; event: StreamEvent; paced: boolean }
  /** The connection is cut here (fault model `local-drop`). */
  | { kind: 'drop' };

/** An event before it gets its `sequence_number`. */
export type EventBody = Record<string, unknown> & { type: string };

/** Numbers the event and makes it a step; `paced` steps are spaced out at the response's pace. */
export type Emit = (event: EventBody, paced?: boolean) => Step;

/** Why an item (and with it the response) stopped early. */
export type Stop = 'max_output_tokens' | 'drop' | 'fail';

/** Counts the output tokens of every item and says when to stop. */
export interface TokenMeter {
  /** Asks for one more token: null to go on, or why to stop. */
  take(): Stop | null;
  readonly used: number;
}

export interface ItemContext {
  outputIndex: number;
  emit: Emit;
  meter: TokenMeter;
  /** Add `obfuscation` padding to delta events. */
  obfuscate: boolean;
  /** Token logprobs on output text (`include` has `message.output_text.logprobs`), else null. */
  logprobs: LogprobSettings | null;
}

export interface ItemResult {
  /** The item as it stands at the end (what `response.output` holds). */
  item: ResponseOutputItem;
  stop: Stop | null;
  /** Tokens of this item that count as `output_tokens_details.reasoning_tokens`. */
  reasoningTokens?: number;
}

export type ItemGenerator = Generator<Step, ItemResult>;

/** One output item of a response: a generator of its events, started at its output index. */
export type OutputItemPlan = (ctx: ItemContext) => ItemGenerator;

export function createMeter(
  maxOutputTokens: number | null,
  fault?: { kind: 'drop' | 'fail'; afterTokens: number },
): TokenMeter {
  let used = 0;
  return {
    take() {
      if (fault && used === fault.afterTokens) return fault.kind;
      if (maxOutputTokens !== null && used >= maxOutputTokens) return 'max_output_tokens';
      used++;
      return null;
    },
    get used() {
      return used;
    },
  };
}

const OBFUSCATION_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random padding like the real API's `obfuscation` field, which hides delta sizes. */
export function obfuscation(deltaLength: number): string {
  const length = Math.max(2, 16 - deltaLength);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += OBFUSCATION_CHARS[Math.floor(Math.random() * OBFUSCATION_CHARS.length)];
  }
  return out;
}

export interface Streamed {
  /** What was streamed before the end or the stop. */
  text: string;
  stop: Stop | null;
}

/**
 * Streams `pieces` as paced delta events (with obfuscation when asked), one token each, until
 * the meter stops it. `after` may add unpaced events once a piece is out (annotations).
 */
export function* streamDeltas(
  ctx: ItemContext,
  pieces: readonly string[],
  delta: (piece: string) => EventBody,
  after?: (textSoFar: string) => EventBody[],
): Generator<Step, Streamed> {
  let text = '';
  for (const piece of pieces) {
    const stop = ctx.meter.take();
    if (stop) return { text, stop };
    text += piece;
    const event = delta(piece);
    if (ctx.obfuscate) event.obfuscation = obfuscation(piece.length);
    yield ctx.emit(event, true);
    for (const extra of after?.(text) ?? []) yield ctx.emit(extra);
  }
  return { text, stop: null };
}
