import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from '@/stores/safe-storage.ts';

export interface CannedOutput {
  output: string;
  /** Answer this function's calls automatically with `output`. */
  auto: boolean;
}

interface ToolAutomationState {
  /** By function name. Playground-only: never part of the request body. */
  canned: Record<string, CannedOutput>;
  /** How many automatic round trips one Send may make before it stops and asks. */
  maxSteps: number;
  cannedOutputEdited: (name: string, output: string) => void;
  autoAnswerToggled: (name: string, auto: boolean) => void;
  maxStepsChanged: (steps: number) => void;
}

export const useToolAutomationStore = create<ToolAutomationState>()(
  persist(
    (set) => ({
      canned: {},
      maxSteps: 5,
      cannedOutputEdited: (name, output) =>
        set((s) => ({
          canned: { ...s.canned, [name]: { auto: s.canned[name]?.auto ?? false, output } },
        })),
      autoAnswerToggled: (name, auto) =>
        set((s) => ({
          canned: { ...s.canned, [name]: { output: s.canned[name]?.output ?? '', auto } },
        })),
      maxStepsChanged: (maxSteps) =>
        set({ maxSteps: Math.max(1, Math.min(50, Math.round(maxSteps))) }),
    }),
    {
      name: 'rp.tool-automation',
      version: 1,
      storage: safeJsonStorage(),
      partialize: ({ canned, maxSteps }) => ({ canned, maxSteps }),
    },
  ),
);
