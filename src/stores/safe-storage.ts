import { create } from 'zustand';
import { createJSONStorage, type StateStorage } from 'zustand/middleware';

interface StorageNoticeState {
  /** The last failure to save, or null while saving works. */
  failure: string | null;
  saveFailed: (message: string) => void;
  saveSucceeded: () => void;
}

/** Whether the browser refused to save: the app says so instead of failing the edit. */
export const useStorageNotice = create<StorageNoticeState>()((set, get) => ({
  failure: null,
  saveFailed: (failure) => set({ failure }),
  saveSucceeded: () => {
    if (get().failure !== null) set({ failure: null });
  },
}));

/**
 * localStorage that never throws: a full quota (a large upload in a draft) leaves the state in
 * memory, where the user keeps working, and raises a notice. Reads of broken data start empty.
 */
const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
      useStorageNotice.getState().saveSucceeded();
    } catch (error) {
      // DOMException is not an Error everywhere; its `name` (QuotaExceededError) is what helps.
      const errorName: unknown =
        typeof error === 'object' && error !== null
          ? (error as { name?: unknown }).name
          : undefined;
      const reason = typeof errorName === 'string' ? errorName : 'unknown error';
      useStorageNotice
        .getState()
        .saveFailed(
          `The browser refused to save “${name}” (${reason}). Your work is kept in memory, but will not survive a reload.`,
        );
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to keep: removing is best effort.
    }
  },
};

export const safeJsonStorage = <T>() => createJSONStorage<T>(() => safeLocalStorage);
