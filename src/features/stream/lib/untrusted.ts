import { isRecord } from '@/api/events/parse-event.ts';

/**
 * An output item as it may really arrive: the SDK type's field names (so typos are caught), but
 * every value unknown. Streams are untrusted JSON, and an object where React expects a string
 * would throw while rendering.
 */
export type Untrusted<T> = { readonly [K in keyof T]?: unknown };

/** A string, or a finite number as text; anything else is absent. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Strings longer than this are cut in JSON views: a multi-MB base64 blob would freeze the page. */
const MAX_JSON_STRING = 20_000;

/** Pretty JSON of any value; never throws (cycles and BigInts become a note). */
export function jsonText(value: unknown): string {
  try {
    return (
      JSON.stringify(
        value,
        (_key, v: unknown) =>
          typeof v === 'string' && v.length > MAX_JSON_STRING
            ? `${v.slice(0, MAX_JSON_STRING)}… (${v.length} characters, cut)`
            : v,
        2,
      ) ?? String(value)
    );
  } catch (error) {
    return `(not serialisable: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The text pretty-printed when it is complete JSON, else null. */
export function prettyJsonText(text: string): string | null {
  if (text.trim() === '') return null;
  try {
    return JSON.stringify(JSON.parse(text) as unknown, null, 2);
  } catch {
    return null;
  }
}
