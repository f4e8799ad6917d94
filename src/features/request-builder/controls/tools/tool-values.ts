import type { JsonObject } from '@/api/request/body-path.ts';

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
