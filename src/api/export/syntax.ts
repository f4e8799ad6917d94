import type { CodeRef } from './code-ref.ts';
import { UNSAFE_CHAR, unicodeEscape, type Syntax } from './print-value.ts';

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_CHAR, (ch) => SHORT[ch] ?? unicodeEscape(ch));
}

/** Single quotes, or double when that needs fewer escapes (as prettier picks). */
export function jsString(s: string): string {
  const quote = (s.match(/'/g)?.length ?? 0) > (s.match(/"/g)?.length ?? 0) ? '"' : "'";
  const escaped = s.replace(quote === "'" ? /[\\']/g : /[\\"]/g, '\\$&');
  return `${quote}${escapeUnsafe(escaped)}${quote}`;
}

export function pyString(s: string): string {
  return `"${escapeUnsafe(s.replace(/[\\"]/g, '\\$&'))}"`;
}

/** JSON.stringify escapes controls and lone surrogates; this also escapes the invisible ones. */
export function jsonString(s: string): string {
  return JSON.stringify(s).replace(UNSAFE_CHAR, unicodeEscape);
}

function jsKey(key: string): string {
  // `__proto__: x` in a literal sets the prototype; a computed key makes a plain property.
  if (key === '__proto__') return `['__proto__']`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : jsString(key);
}

/** `process.env.NAME`, typed string for the SDK (an unset variable sends an empty value). */
export function jsEnv(name: string): string {
  return `process.env.${name} ?? ''`;
}

export function jsSyntax(code: (ref: CodeRef) => string = () => 'undefined'): Syntax {
  return {
    string: jsString,
    key: jsKey,
    null: 'null',
    true: 'true',
    false: 'false',
    ref: (ref) => (ref.kind === 'env' ? jsEnv(ref.text) : code(ref)),
    padBraces: true,
    trailingComma: true,
    indentUnit: '  ',
  };
}

export const pySyntax: Syntax = {
  string: pyString,
  key: pyString,
  null: 'None',
  true: 'True',
  false: 'False',
  ref: (ref) => (ref.kind === 'env' ? `os.environ[${pyString(ref.text)}]` : 'None'),
  padBraces: false,
  trailingComma: true,
  indentUnit: '    ',
};

/** JSON; a reference prints as a visible `"${NAME}"` placeholder unless told otherwise. */
export function jsonSyntax(
  ref: (ref: CodeRef) => string = (r) => jsonString(`\${${r.text}}`),
): Syntax {
  return {
    string: jsonString,
    key: jsonString,
    null: 'null',
    true: 'true',
    false: 'false',
    ref,
    padBraces: false,
    trailingComma: false,
    indentUnit: '  ',
  };
}
