import { useState } from 'react';

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/**
 * Text typed into a control that stands for a value (a number, JSON). What the user types is
 * kept while it is incomplete or invalid, so the body is never clobbered; an outside change to
 * the value (raw JSON, a preset, reset) shows at once. No effects: the text is derived.
 */
export function useTextBuffer<T>(
  value: T | undefined,
  format: (value: T) => string,
  parse: (text: string) => Parsed<T>,
  same: (a: T | undefined, b: T | undefined) => boolean = Object.is,
) {
  const [pending, setPending] = useState<string | null>(null);
  const parsed = pending === null ? null : parse(pending);
  const showPending =
    pending !== null && parsed !== null && (!parsed.ok || same(parsed.value, value));
  const text = showPending ? pending : value === undefined ? '' : format(value);
  const error = showPending && parsed && !parsed.ok ? parsed.message : null;

  /** Returns the parsed result so the caller can commit a valid value. */
  const edit = (next: string): Parsed<T> => {
    setPending(next);
    return parse(next);
  };
  return { text, error, edit };
}
