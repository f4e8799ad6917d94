import { isJsonObject } from '../request/body-path.ts';
import { CodeRef } from './code-ref.ts';

/** How one language writes the parts of a JSON value (JavaScript, Python, JSON). */
export interface Syntax {
  string: (s: string) => string;
  key: (k: string) => string;
  null: string;
  true: string;
  false: string;
  ref: (ref: CodeRef) => string;
  /** `{ a: 1 }` (JavaScript) or `{a: 1}` (JSON, Python). */
  padBraces: boolean;
  trailingComma: boolean;
  /** One level of indentation (two spaces; Python's four). */
  indentUnit: string;
}

const WIDTH = 100;

/**
 * Characters that would make source text misleading or break it when pasted: controls, line and
 * paragraph separators, bidirectional overrides (Trojan Source), zero-width marks, lone surrogates.
 */
export const UNSAFE_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function unicodeEscape(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

function number(value: number, syntax: Syntax): string {
  // JSON.stringify sends non-finite numbers as null (Python's None); -0 arrives as 0 either way.
  return Number.isFinite(value) ? String(value) : syntax.null;
}

function scalar(value: unknown, syntax: Syntax): string | undefined {
  if (value === null || value === undefined) return syntax.null;
  if (value === true) return syntax.true;
  if (value === false) return syntax.false;
  if (typeof value === 'number') return number(value, syntax);
  if (typeof value === 'string') return syntax.string(value);
  if (value instanceof CodeRef) return syntax.ref(value);
  return undefined;
}

function entriesOf(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** The value on one line if it fits in `budget` characters, else null (stops early). */
function inline(value: unknown, syntax: Syntax, budget: number): string | null {
  if (budget <= 0) return null;
  if (typeof value === 'string' && value.length > budget) return null;
  const flat = scalar(value, syntax);
  if (flat !== undefined) return flat.length <= budget ? flat : null;
  const isArray = Array.isArray(value);
  const items = isArray
    ? (value as unknown[]).map((v) => [null, v] as const)
    : entriesOf(value as object);
  if (items.length === 0) return isArray ? '[]' : '{}';
  const pad = !isArray && syntax.padBraces ? ' ' : '';
  let out = isArray ? '[' : `{${pad}`;
  for (const [i, [key, item]] of items.entries()) {
    if (i > 0) out += ', ';
    if (key !== null) out += `${syntax.key(key)}: `;
    const part = inline(item, syntax, budget - out.length);
    if (part === null) return null;
    out += part;
    if (out.length > budget) return null;
  }
  out += isArray ? ']' : `${pad}}`;
  return out.length <= budget ? out : null;
}

export interface PrintOptions {
  /** Indentation of the line the value starts on. */
  indent?: string;
  /** Never put the outermost value on one line. */
  multiline?: boolean;
}

/** A JSON value as source text in one language, prettier-like: short values stay on one line. */
export function printValue(value: unknown, syntax: Syntax, options: PrintOptions = {}): string {
  return print(value, syntax, options.indent ?? '', options.multiline === true, 0);
}

function print(
  value: unknown,
  syntax: Syntax,
  indent: string,
  multiline: boolean,
  depth: number,
): string {
  const flat = scalar(value, syntax);
  if (flat !== undefined) return flat;
  if (typeof value !== 'object') return syntax.null;
  if (depth > 0 || !multiline) {
    const one = inline(value, syntax, WIDTH - indent.length - 10);
    if (one !== null) return one;
  }
  const inner = indent + syntax.indentUnit;
  const comma = syntax.trailingComma ? ',' : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const lines = value.map((v: unknown) => inner + print(v, syntax, inner, false, depth + 1));
    return `[\n${lines.join(',\n')}${comma}\n${indent}]`;
  }
  const entries = isJsonObject(value) ? entriesOf(value) : [];
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, v]) => `${inner}${syntax.key(key)}: ${print(v, syntax, inner, false, depth + 1)}`,
  );
  return `{\n${lines.join(',\n')}${comma}\n${indent}}`;
}
