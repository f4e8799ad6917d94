import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { withoutRequestSecrets } from '@/api/security/redact.ts';
import { safeJsonStorage } from '@/stores/safe-storage.ts';

export interface Preset {
  id: string;
  name: string;
  /** The settings, without the conversation (see `CONVERSATION_PARAMS`). */
  body: RequestBody;
  savedAt: number;
}

interface PresetsState {
  presets: Preset[];
  presetSaved: (name: string, body: RequestBody) => string;
  /** Refused (returns false, changes nothing) when another preset already has the name. */
  presetRenamed: (id: string, name: string) => boolean;
  presetDeleted: (id: string) => void;
}

/**
 * What belongs to one conversation, not to a way of asking: a preset is request settings, so it
 * never keeps these, and loading one leaves the draft's own values alone. `input` is the turn
 * itself; `previous_response_id` and `conversation` would silently continue an old thread.
 */
export const CONVERSATION_PARAMS = ['input', 'previous_response_id', 'conversation'] as const;

function withoutConversation(body: RequestBody): RequestBody {
  const rest = { ...body };
  for (const key of CONVERSATION_PARAMS) delete rest[key];
  return rest;
}

/** What a preset keeps: no conversation state, and no MCP credentials (they are never stored). */
export function presetBody(body: RequestBody): RequestBody {
  return withoutRequestSecrets(withoutConversation(body));
}

/**
 * The draft after loading a preset: the preset's settings, the draft's conversation. Presets
 * saved before `presetBody` dropped `previous_response_id` still hold it, so it is dropped here too.
 */
export function draftWithPreset(draft: RequestBody, preset: Preset): RequestBody {
  const kept: RequestBody = {};
  for (const key of CONVERSATION_PARAMS) {
    const value = draft[key];
    if (value !== undefined) kept[key] = value;
  }
  return { ...withoutConversation(preset.body), ...kept };
}

/** The preset other than `exceptId` already called `name`, if any (names are matched exactly). */
export function presetNamed(
  presets: readonly Preset[],
  name: string,
  exceptId?: string,
): Preset | undefined {
  return presets.find((p) => p.name === name && p.id !== exceptId);
}

/**
 * Named parameter sets, persisted in the browser. Saving a taken name replaces that preset (the
 * user asked to save under it); renaming onto a taken name is refused, as it would leave two
 * presets with one name, or silently lose one.
 */
export const usePresetsStore = create<PresetsState>()(
  persist(
    (set, get) => ({
      presets: [],
      presetSaved: (name, body) => {
        const existing = presetNamed(get().presets, name);
        const id =
          existing?.id ??
          `preset_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
        const preset: Preset = { id, name, body: presetBody(body), savedAt: Date.now() };
        set((s) => ({
          presets: [...s.presets.filter((p) => p.id !== id), preset].sort((a, b) =>
            a.name.localeCompare(b.name),
          ),
        }));
        return id;
      },
      presetRenamed: (id, name) => {
        if (presetNamed(get().presets, name, id)) return false;
        set((s) => ({
          presets: s.presets
            .map((p) => (p.id === id ? { ...p, name } : p))
            .sort((a, b) => a.name.localeCompare(b.name)),
        }));
        return true;
      },
      presetDeleted: (id) => set((s) => ({ presets: s.presets.filter((p) => p.id !== id) })),
    }),
    {
      name: 'rp.presets',
      storage: safeJsonStorage(),
      version: 1,
      partialize: ({ presets }) => ({ presets }),
    },
  ),
);
