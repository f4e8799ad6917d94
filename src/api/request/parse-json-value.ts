/** JSON text → a value, or the 1-based line and column where it breaks. Never throws. */
export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** V8's context around a bad token: 10 characters each side (kMaxContextCharacters). */
const CONTEXT = 10;

/** The first `token` outside a string literal: where a short text's bad token is. */
function firstOutsideStrings(text: string, token: string): number | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (text.startsWith(token, i)) {
      return i;
    } else if (c === '"') {
      inString = true;
    }
  }
  return undefined;
}

/**
 * For an unexpected token V8 gives no position, only the text around it:
 * `Unexpected token 'h', ..."<10 before, 10 after>"... is not valid JSON`, without the leading or
 * trailing `...` near the start or end of the text, and with the whole text when it is short.
 */
function tokenOffset(message: string, text: string): number | undefined {
  const m = /^Unexpected token '([\s\S]+?)', (\.{3})?"([\s\S]*)"(\.{3})? is not valid JSON$/.exec(
    message,
  );
  if (!m) return undefined;
  const [, token = '', before, context = '', after] = m;
  if (before && after) {
    for (let i = text.indexOf(context); i !== -1; i = text.indexOf(context, i + 1)) {
      if (text.startsWith(token, i + CONTEXT)) return i + CONTEXT;
    }
    return undefined;
  }
  if (before) return text.length - context.length + CONTEXT;
  if (after) return context.length - CONTEXT;
  return firstOutsideStrings(text, token);
}

/** Where JSON.parse stopped: V8 says "position N" (newer ones also "line L column C"). */
function errorOffset(message: string, text: string): number {
  const lc = /in JSON at position \d+ \(line (\d+) column (\d+)\)$/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    return (
      lines.slice(0, Number(lc[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1
    );
  }
  const pos = /in JSON at position (\d+)/.exec(message);
  return pos ? Number(pos[1]) : (tokenOffset(message, text) ?? text.length);
}

export function parseJsonValue(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const message = raw
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      .replace(/^(Unexpected token '[\s\S]+?'), [\s\S]*$/, '$1');
    return { ok: false, message, ...position(text, errorOffset(raw, text)) };
  }
}

export function describeJsonError(error: {
  message: string;
  line: number;
  column: number;
}): string {
  return `Invalid JSON at line ${error.line}, column ${error.column}: ${error.message}`;
}
