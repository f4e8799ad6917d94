import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from './safe-storage.ts';

export type Theme = 'system' | 'light' | 'dark';

interface UiState {
  theme: Theme;
  themeChosen: (theme: Theme) => void;
  /** Seconds without bytes before a streaming run shows a stall notice. */
  stallSeconds: number;
  stallSecondsChanged: (seconds: number) => void;
  /** Whether the threads sidebar is open. */
  threadsOpen: boolean;
  threadsToggled: () => void;
}

export const DEFAULT_STALL_SECONDS = 15;

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      themeChosen: (theme) => set({ theme }),
      stallSeconds: DEFAULT_STALL_SECONDS,
      // Open beside the panels on wide screens; on a phone it would push the form down.
      threadsOpen:
        typeof matchMedia === 'function' ? matchMedia('(min-width: 1024px)').matches : true,
      threadsToggled: () => set((s) => ({ threadsOpen: !s.threadsOpen })),
      stallSecondsChanged: (seconds) =>
        set({
          stallSeconds: Number.isFinite(seconds) && seconds >= 1 ? seconds : DEFAULT_STALL_SECONDS,
        }),
    }),
    {
      name: 'rp.ui',
      storage: safeJsonStorage(),
      version: 1,
      partialize: ({ theme, stallSeconds, threadsOpen }) => ({ theme, stallSeconds, threadsOpen }),
    },
  ),
);
