import { isJsonObject, type JsonObject } from './body-path.ts';
import { parseJsonValue } from './parse-json-value.ts';

export type ParsedBody =
  { ok: true; body: JsonObject } | { ok: false; message: string; line: number; column: number };

/** Raw JSON body text → a body, or where and why it is not one. Never throws. */
export function parseJsonBody(text: string): ParsedBody {
  const parsed = parseJsonValue(text);
  if (!parsed.ok) return parsed;
  if (!isJsonObject(parsed.value)) {
    return { ok: false, message: 'The body must be a JSON object { … }.', line: 1, column: 1 };
  }
  return { ok: true, body: parsed.value };
}
