import type { Parsed } from '../hooks/use-text-buffer.ts';

/**
 * A number typed as text: empty means "not set"; anything `Number` cannot read, or a fraction
 * where a whole number is needed, is a message instead of NaN in the body.
 */
export function parseNumber(integer: boolean) {
  return (text: string): Parsed<number> => {
    const t = text.trim();
    if (t === '') return { ok: true, value: undefined };
    const n = Number(t);
    if (!Number.isFinite(n)) return { ok: false, message: `“${text}” is not a number.` };
    if (integer && !Number.isInteger(n)) return { ok: false, message: 'Must be a whole number.' };
    return { ok: true, value: n };
  };
}
