import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { initialDraft, type RequestDraft } from '@/api/request/request-draft.ts';

interface RequestDraftState {
  draft: RequestDraft;
  modelChanged: (model: string) => void;
  inputChanged: (input: string) => void;
  instructionsChanged: (instructions: string) => void;
  streamToggled: (stream: boolean) => void;
}

/** The form's draft, persisted so a reload never loses what was typed. */
export const useRequestDraftStore = create<RequestDraftState>()(
  persist(
    (set) => ({
      draft: initialDraft,
      modelChanged: (model) => set((s) => ({ draft: { ...s.draft, model } })),
      inputChanged: (input) => set((s) => ({ draft: { ...s.draft, input } })),
      instructionsChanged: (instructions) => set((s) => ({ draft: { ...s.draft, instructions } })),
      streamToggled: (stream) => set((s) => ({ draft: { ...s.draft, stream } })),
    }),
    {
      name: 'rp.request-draft',
      version: 1,
      partialize: ({ draft }) => ({ draft }),
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: Partial<RequestDraft> } | undefined)?.draft;
        return { ...current, draft: { ...initialDraft, ...draft } };
      },
    },
  ),
);
