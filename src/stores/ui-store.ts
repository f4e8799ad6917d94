import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from './safe-storage.ts';

export type Theme = 'system' | 'light' | 'dark';

interface UiState {
  theme: Theme;
  themeChosen: (theme: Theme) => void;
}

export const useUiStore = create<UiState>()(
  persist((set) => ({ theme: 'system', themeChosen: (theme) => set({ theme }) }), {
    name: 'rp.ui',
    storage: safeJsonStorage(),
    version: 1,
    partialize: ({ theme }) => ({ theme }),
  }),
);
