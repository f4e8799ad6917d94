import type { JsonObject } from '@/api/request/body-path.ts';
import type { InputFinding } from '@/api/request/input-items.ts';

export interface PartEditorProps {
  /** The part's API path, `input[0].content[1]`: its controls are labelled below it. */
  path: string;
  part: JsonObject;
  findings: readonly InputFinding[];
  onChange: (next: JsonObject) => void;
  /** For a file read asynchronously: replaces `expected` unless the part moved on meanwhile. */
  onReplace: (expected: JsonObject, next: JsonObject) => boolean;
}

/** Sets a string field; an empty one is left out rather than sent as `""`. */
export function withText(object: JsonObject, key: string, value: string): JsonObject {
  return value === '' ? without(object, key) : { ...object, [key]: value };
}

export function without(object: JsonObject, ...keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

export const stringOr = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;
