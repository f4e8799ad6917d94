import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { withoutRequestSecrets } from '@/api/security/redact.ts';
import { safeJsonStorage } from '@/stores/safe-storage.ts';

export interface Preset {
  id: string;
  name: string;
  /** The parameters, without `input`: a preset is a way of asking, not a question. */
  body: RequestBody;
  savedAt: number;
}

interface PresetsState {
  presets: Preset[];
  presetSaved: (name: string, body: RequestBody) => string;
  presetRenamed: (id: string, name: string) => void;
  presetDeleted: (id: string) => void;
}

/** What a preset keeps: no `input`, and no MCP credentials (they are never stored). */
export function presetBody(body: RequestBody): RequestBody {
  const { input: _input, ...rest } = body;
  return withoutRequestSecrets(rest);
}

/** Named parameter sets, persisted in the browser. Saving a taken name replaces that preset. */
export const usePresetsStore = create<PresetsState>()(
  persist(
    (set, get) => ({
      presets: [],
      presetSaved: (name, body) => {
        const existing = get().presets.find((p) => p.name === name);
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
      presetRenamed: (id, name) =>
        set((s) => ({
          presets: s.presets
            .map((p) => (p.id === id ? { ...p, name } : p))
            .sort((a, b) => a.name.localeCompare(b.name)),
        })),
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
