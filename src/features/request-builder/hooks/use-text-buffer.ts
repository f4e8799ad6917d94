import { useState } from 'react';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/** Where a field's unfinished text is kept so that it outlives the field. */
export interface TextKeep {
  /** Stable across unmounts and reloads: the parameter path, or a fixed name. */
  key: string;
  /** Text that may hold credentials (MCP headers) is kept in memory only, never saved. */
  memoryOnly?: (text: string) => boolean;
}

/**
 * Text typed into a control that stands for a value (a number, JSON). What the user types is
 * kept while it is incomplete or invalid, so the body is never clobbered; an outside change to
 * the value (raw JSON, a preset, reset) shows at once. No effects: the text is derived.
 *
 * With `keep`, invalid text lives in the pending-text store: it comes back, with its message,
 * when the field remounts (a collapsed group, the JSON tab) or the page reloads. Without it
 * (no stable key), it lives as long as the component.
 */
export function useTextBuffer<T>(
  value: T | undefined,
  format: (value: T) => string,
  parse: (text: string) => Parsed<T>,
  same: (a: T | undefined, b: T | undefined) => boolean = Object.is,
  keep?: TextKeep,
) {
  // Valid text that still means the value (a layout, a half-typed `1.`) only matters while the
  // field is on screen; invalid keyed text is the store's, so only one copy can be shown.
  const [typed, setTyped] = useState<string | null>(null);
  const key = keep?.key;
  const kept = usePendingTextStore((s) => (key === undefined ? undefined : s.texts[key]?.text));
  const pending = kept ?? typed;
  const parsed = pending === null ? null : parse(pending);
  const showPending =
    pending !== null && parsed !== null && (!parsed.ok || same(parsed.value, value));
  const text = showPending ? pending : value === undefined ? '' : format(value);
  const error = showPending && parsed && !parsed.ok ? parsed.message : null;

  /** Returns the parsed result so the caller can commit a valid value. */
  const edit = (next: string): Parsed<T> => {
    const result = parse(next);
    if (keep === undefined) {
      setTyped(next);
      return result;
    }
    const { textTyped, textSettled } = usePendingTextStore.getState();
    if (result.ok) {
      setTyped(next);
      textSettled(keep.key);
    } else {
      setTyped(null);
      textTyped(keep.key, { text: next, ...(keep.memoryOnly?.(next) ? { memoryOnly: true } : {}) });
    }
    return result;
  };
  return { text, error, edit };
}
