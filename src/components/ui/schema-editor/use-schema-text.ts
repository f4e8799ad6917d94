import { useMemo, useState } from 'react';
import { checkSchemaText, parseSchemaText } from '@/api/schema/meta-validate.ts';
import type { JsonObject } from '@/api/schema/schema-path.ts';

export const formatSchema = (value: unknown): string =>
  value === undefined ? '' : JSON.stringify(value, null, 2);

type Pending = { text: string; base: string };

/**
 * The schema's text. What the user types is kept while it is invalid (the value is not touched)
 * or while it still means the current value (their layout survives); a change from outside
 * (a fix, a template, the visual tab, the form) shows the new value at once. No effects: the
 * text is derived from the value and the last edit.
 */
export function useSchemaText(value: unknown, onChange: (next: JsonObject | undefined) => void) {
  const [pending, setPending] = useState<Pending | null>(null);
  const formatted = useMemo(() => formatSchema(value), [value]);
  const shown = useMemo(() => {
    if (pending === null) return formatted;
    const parsed = parseSchemaText(pending.text);
    const keep = parsed.ok ? formatSchema(parsed.value) === formatted : pending.base === formatted;
    return keep ? pending.text : formatted;
  }, [pending, formatted]);
  const check = useMemo(() => checkSchemaText(shown), [shown]);

  const edit = (text: string) => {
    setPending({ text, base: formatted });
    const parsed = parseSchemaText(text);
    if (parsed.ok && formatSchema(parsed.value) !== formatted) onChange(parsed.value);
  };
  /** Pretty-prints valid text; invalid text is left for the user to mend. */
  const format = () => {
    if (check.ok) setPending(null);
  };
  return { text: shown, check, edit, format };
}
