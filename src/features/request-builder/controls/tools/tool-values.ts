import type { JsonObject } from '@/api/request/body-path.ts';
import type { Parsed } from '../../hooks/use-text-buffer.ts';

/** Sets or removes one field: an empty value means "not set". */
export function withField(tool: JsonObject, key: string, value: unknown): JsonObject {
  const { [key]: _old, ...rest } = tool;
  return value === undefined || value === '' ? rest : { ...rest, [key]: value };
}

/** `a, b, c` ⇄ ['a', 'b', 'c']; empty entries dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function joinList(list: readonly string[]): string {
  return list.join(', ');
}

/** Any text is a list, so this never fails; it is a `Parsed` for the text buffer. */
export function parseList(text: string): Parsed<string[]> {
  return { ok: true, value: splitList(text) };
}

/** Not set and empty are the same list, so an emptied field keeps what was typed. */
export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined) {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
