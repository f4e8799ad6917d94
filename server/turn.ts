import { applyInstructions } from './echo-reply.ts';
import type { InputItem } from './input.ts';
import type { OutputItemPlan } from './items/item-context.ts';
import { message, type PlannedAnnotation } from './items/message-item.ts';
import type { RequestBody } from './response-object.ts';
import { sampleSchema } from './schema-sample.ts';
import { mainName, textHints } from './text-values.ts';

/** What the local model knows when it plans its answer. */
export interface Turn {
  model: string;
  body: RequestBody;
  /** This request's input items. */
  inputItems: readonly InputItem[];
  /** The chained conversation before it (`previous_response_id`), oldest first. */
  history: readonly InputItem[];
  /** The user's last message in this request ('' when it has none). */
  lastUserText: string;
  /** The user's last message in the whole conversation. */
  question: string;
  instructions: string;
  /** The model's plain answer (the echo or the essay), instructions already applied. */
  prose: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `include` lists this value (e.g. `file_search_call.results`). */
export function includes(body: RequestBody, value: string): boolean {
  return Array.isArray(body.include) && body.include.includes(value);
}

export type JsonFormat =
  { type: 'json_schema'; name: string; schema: unknown } | { type: 'json_object' };

export function jsonFormat(body: RequestBody): JsonFormat | null {
  const format = isRecord(body.text) ? body.text.format : undefined;
  if (!isRecord(format)) return null;
  if (format.type === 'json_object') return { type: 'json_object' };
  if (format.type !== 'json_schema') return null;
  const name = typeof format.name === 'string' ? format.name : 'output';
  return { type: 'json_schema', name, schema: format.schema ?? {} };
}

const NOT_PARAMETERS = new Set(['input', 'stream', 'stream_options']);

/**
 * The message text for `text.format` json_schema (a value valid against the schema, with names
 * and words from the input where a string property takes them) or json_object (the input and the
 * parameters); null for plain text. Compact JSON, as the recording shows; instructions never
 * touch it.
 */
export function jsonAnswer(turn: Turn): string | null {
  const format = jsonFormat(turn.body);
  if (!format) return null;
  if (format.type === 'json_object') {
    const parameters = Object.fromEntries(
      Object.entries(turn.body).filter(([key]) => !NOT_PARAMETERS.has(key)),
    );
    return JSON.stringify({ echo: turn.question, parameters });
  }
  const hints = textHints({ text: turn.question, subject: mainName(turn.question) });
  return JSON.stringify(sampleSchema(format.schema, hints));
}

/**
 * The closing message of a turn: JSON when a JSON format is set, else `prose` with the
 * instructions applied (or, when it carries annotations, as given: their indexes must hold).
 */
export function finalMessage(
  turn: Turn,
  prose: string,
  annotations?: readonly PlannedAnnotation[],
): OutputItemPlan {
  const json = jsonAnswer(turn);
  if (json !== null) return message({ text: json, json: true });
  if (annotations?.length) return message({ text: prose, annotations });
  return message({ text: applyInstructions(prose, turn.instructions) });
}
