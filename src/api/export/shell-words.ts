/** A shell word as bash would pass it, plus the expansions it would have made. */
export interface ShellWord {
  text: string;
  /** `$NAME`, `${NAME}`, `$(…)` or a backtick outside single quotes: kept as text, not expanded. */
  expansions: string[];
}

export type ShellWords =
  | {
      ok: true;
      words: ShellWord[];
      /** What followed the first command (`| jq`, a second line). */ rest: string;
    }
  | { ok: false; error: string };

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

const OPERATORS = new Set(['|', ';', '&', '<', '>', '\n']);

/** The escape at `i` inside `$'…'` → [text, length read]. */
function ansiEscape(s: string, i: number): [string, number] {
  const c = s[i] ?? '';
  if (c in ANSI_C) return [ANSI_C[c] as string, 1];
  const hex = (max: number) => /^[0-9a-fA-F]+/.exec(s.slice(i + 1, i + 1 + max))?.[0] ?? '';
  if (c === 'x') {
    const h = hex(2);
    return h ? [String.fromCharCode(parseInt(h, 16)), 1 + h.length] : ['\\x', 1];
  }
  if (c === 'u' || c === 'U') {
    const h = hex(c === 'u' ? 4 : 8);
    const code = parseInt(h, 16);
    if (!h || code > 0x10ffff) return [`\\${c}`, 1];
    return [String.fromCodePoint(code), 1 + h.length];
  }
  const octal = /^[0-7]{1,3}/.exec(s.slice(i, i + 3))?.[0];
  if (octal) return [String.fromCharCode(parseInt(octal, 8) & 0xff), octal.length];
  if (c === 'c' && i + 1 < s.length) {
    return [String.fromCharCode((s.charCodeAt(i + 1) & 0x1f) >>> 0), 2];
  }
  return [`\\${c}`, 1];
}

/** `$NAME`, `${…}`, `$(…)` at `i` (which is a `$`): its text, or '' when it is a plain `$`. */
function expansionAt(s: string, i: number): string {
  const rest = s.slice(i);
  return /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[^}]*\}|\([^)]*\)|[0-9#?$!@*-])/.exec(rest)?.[0] ?? '';
}

/**
 * Splits the first command of a pasted shell line into words the way bash would: single and
 * double quotes, `$'…'`, backslash escapes and backslash-newline continuations; `#` comments.
 * Expansions are not performed (nothing runs): they stay as text and are reported. Never throws.
 */
export function shellWords(input: string): ShellWords {
  const s = input;
  const words: ShellWord[] = [];
  let word: ShellWord | null = null;
  const start = () => (word ??= { text: '', expansions: [] });
  const end = () => {
    if (word) words.push(word);
    word = null;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      // A continuation; `\r\n` too (a paste from Windows).
      if (s[i + 1] === '\n') i += 2;
      else if (s[i + 1] === '\r' && s[i + 2] === '\n') i += 3;
      else if (i + 1 < s.length) {
        start().text += s[i + 1];
        i += 2;
      } else i += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || (c === '\r' && s[i + 1] === '\n')) {
      end();
      i += 1;
      continue;
    }
    if (c === '#' && word === null) {
      const nl = s.indexOf('\n', i);
      i = nl === -1 ? s.length : nl;
      continue;
    }
    if (OPERATORS.has(c)) {
      // A newline before the command starts (blank lines, comments) is skipped.
      if (c === '\n' && words.length === 0 && word === null) {
        i += 1;
        continue;
      }
      end();
      return { ok: true, words, rest: s.slice(i).trim() };
    }
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close === -1) return { ok: false, error: "A single quote (') is never closed." };
      start().text += s.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '$' && s[i + 1] === "'") {
      const w = start();
      i += 2;
      for (;;) {
        if (i >= s.length) return { ok: false, error: "A $'…' string is never closed." };
        const d = s[i] as string;
        if (d === "'") break;
        if (d === '\\') {
          const [text, n] = ansiEscape(s, i + 1);
          w.text += text;
          i += 1 + n;
        } else {
          w.text += d;
          i += 1;
        }
      }
      i += 1;
      continue;
    }
    if (c === '"' || (c === '$' && s[i + 1] === '"')) {
      const w = start();
      i += c === '$' ? 2 : 1;
      for (;;) {
        if (i >= s.length) return { ok: false, error: 'A double quote (") is never closed.' };
        const d = s[i] as string;
        if (d === '"') break;
        if (d === '\\' && i + 1 < s.length && '$`"\\\n'.includes(s[i + 1] as string)) {
          if (s[i + 1] !== '\n') w.text += s[i + 1];
          i += 2;
          continue;
        }
        if (d === '$' || d === '`') {
          const found = d === '`' ? '`' : expansionAt(s, i);
          if (found) w.expansions.push(found);
        }
        w.text += d;
        i += 1;
      }
      i += 1;
      continue;
    }
    const w = start();
    if (c === '$' || c === '`') {
      const found = c === '`' ? '`' : expansionAt(s, i);
      if (found) w.expansions.push(found);
    }
    w.text += c;
    i += 1;
  }
  end();
  return { ok: true, words, rest: '' };
}
