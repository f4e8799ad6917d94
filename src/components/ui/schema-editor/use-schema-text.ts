import { useMemo, useState } from 'react';
import { checkSchemaText, parseSchemaText } from '@/api/schema/meta-validate.ts';
import type { JsonObject } from '@/api/schema/schema-path.ts';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';

export const formatSchema = (value: unknown): string =>
  value === undefined ? '' : JSON.stringify(value, null, 2);

type Pending = { text: string; base: string };

/**
 * The schema's text. What the user types is kept while it is invalid (the value is not touched)
 * or while it still means the current value (their layout survives); a change from outside
 * (a fix, a template, the visual tab, the form) shows the new value at once. No effects: the
 * text is derived from the value and the last edit.
 *
 * With a `textKey` (the parameter path), invalid text lives in the pending-text store, so it
 * comes back when the editor remounts (a collapsed group, the JSON tab) or the page reloads.
 */
export function useSchemaText(
  value: unknown,
  onChange: (next: JsonObject | undefined) => void,
  textKey?: string,
) {
  // Valid text only matters while the editor is on screen; invalid keyed text is the store's.
  const [typed, setTyped] = useState<Pending | null>(null);
  const kept = usePendingTextStore((s) => (textKey === undefined ? undefined : s.texts[textKey]));
  const pendingText = kept ? kept.text : typed?.text;
  const pendingBase = kept ? (kept.base ?? '') : typed?.base;
  const formatted = useMemo(() => formatSchema(value), [value]);
  const shown = useMemo(() => {
    if (pendingText === undefined) return formatted;
    const parsed = parseSchemaText(pendingText);
    const keep = parsed.ok ? formatSchema(parsed.value) === formatted : pendingBase === formatted;
    return keep ? pendingText : formatted;
  }, [pendingText, pendingBase, formatted]);
  const check = useMemo(() => checkSchemaText(shown), [shown]);

  const remember = (next: Pending | null, valid: boolean) => {
    if (textKey === undefined) return setTyped(next);
    const { textTyped, textSettled } = usePendingTextStore.getState();
    if (next !== null && !valid) {
      setTyped(null);
      textTyped(textKey, next);
    } else {
      setTyped(next);
      textSettled(textKey);
    }
  };
  const edit = (text: string) => {
    const parsed = parseSchemaText(text);
    remember({ text, base: formatted }, parsed.ok);
    if (parsed.ok && formatSchema(parsed.value) !== formatted) onChange(parsed.value);
  };
  /** Pretty-prints valid text; invalid text is left for the user to mend. */
  const format = () => {
    if (check.ok) remember(null, true);
  };
  return { text: shown, check, edit, format };
}
