import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from './safe-storage.ts';

/** Text typed into a field that is not (yet) a valid value. */
export interface KeptText {
  text: string;
  /** The value's text when this was typed (the schema editor shows it only while that holds). */
  base?: string;
  /** Kept while the tab lives but never saved: it may hold credentials (MCP headers). */
  memoryOnly?: boolean;
}

interface PendingTextState {
  /** By a stable field key: a parameter path (`temperature`, `tools[0].filters`) or a fixed name. */
  texts: Record<string, KeptText>;
  /** Invalid text was typed: it is kept until it becomes valid, whatever unmounts. */
  textTyped: (key: string, kept: KeptText) => void;
  /** The field's text is a valid value again: nothing to keep. */
  textSettled: (key: string) => void;
  /**
   * Parameters were reset (null: every one): what was typed into them, or into anything inside
   * them (`tools` takes `tools[0].filters` along), goes too, or the reset would not show.
   */
  paramsReset: (paths: readonly string[] | null) => void;
}

/** Whether field key `key` is parameter `path` or inside it. */
function isWithin(key: string, path: string): boolean {
  return key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`);
}

/** Only fields someone left broken are here; the oldest go first past this many. */
export const MAX_KEPT_TEXTS = 50;

/** Saved data from an older or broken build: only well-formed entries survive. */
function keptTexts(persisted: unknown): Record<string, KeptText> {
  if (typeof persisted !== 'object' || persisted === null) return {};
  const texts = (persisted as { texts?: unknown }).texts;
  if (typeof texts !== 'object' || texts === null) return {};
  const out: Record<string, KeptText> = {};
  for (const [key, entry] of Object.entries(texts)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { text, base } = entry as { text?: unknown; base?: unknown };
    if (typeof text !== 'string') continue;
    out[key] = typeof base === 'string' ? { text, base } : { text };
  }
  return out;
}

/**
 * Unfinished text of fields that stand for a value, so a field that unmounts (a collapsed group,
 * the JSON tab) or a reload never throws away what was typed: the field shows it again, with its
 * message, until it is valid.
 */
export const usePendingTextStore = create<PendingTextState>()(
  persist(
    (set) => ({
      texts: {},
      textTyped: (key, kept) =>
        set((s) => {
          // Re-inserted so that key order is age order, and the oldest are dropped first.
          const { [key]: _previous, ...rest } = s.texts;
          const entries = Object.entries(rest);
          const room = entries.slice(Math.max(0, entries.length - (MAX_KEPT_TEXTS - 1)));
          return { texts: { ...Object.fromEntries(room), [key]: kept } };
        }),
      paramsReset: (paths) =>
        set((s) => ({
          texts:
            paths === null
              ? {}
              : Object.fromEntries(
                  Object.entries(s.texts).filter(([key]) => !paths.some((p) => isWithin(key, p))),
                ),
        })),
      textSettled: (key) =>
        set((s) => {
          if (!(key in s.texts)) return s;
          const { [key]: _settled, ...rest } = s.texts;
          return { texts: rest };
        }),
    }),
    {
      name: 'rp.pending-texts',
      storage: safeJsonStorage(),
      version: 1,
      partialize: ({ texts }) => ({
        texts: Object.fromEntries(Object.entries(texts).filter(([, t]) => !t.memoryOnly)),
      }),
      // Memory-only texts are not on disk: a later rehydrate must not drop them.
      merge: (persisted, current) => ({
        ...current,
        texts: {
          ...keptTexts(persisted),
          ...Object.fromEntries(Object.entries(current.texts).filter(([, t]) => t.memoryOnly)),
        },
      }),
    },
  ),
);
