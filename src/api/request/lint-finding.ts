/** What the lint says about one parameter, and small helpers the lint modules share. */
export interface LintFinding {
  /** The parameter's API name (dotted when nested), so the UI can show it next to its control. */
  param: string;
  severity: 'error' | 'warning';
  message: string;
}

export const error = (param: string, message: string): LintFinding => ({
  param,
  severity: 'error',
  message,
});

export const warning = (param: string, message: string): LintFinding => ({
  param,
  severity: 'warning',
  message,
});

/** Set means present and not `null` (the spec's way of saying "not set" for most parameters). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** JSON Schema counts string lengths in code points, not UTF-16 units. */
export function codePoints(text: string): number {
  return [...text].length;
}

/** "a string", "an array", "null": what a value is, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'not a number';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/** A value quoted for a message, cut short so a huge one cannot flood the UI. */
export function quote(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = codePoints(text) > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
  return typeof value === 'string' ? `"${cut}"` : cut;
}

export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A table entry by a key from the body: own entries only, so `toString` or `constructor` finds none. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
