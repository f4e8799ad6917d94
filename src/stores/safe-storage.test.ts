import { afterEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage, useStorageNotice } from './safe-storage.ts';

interface Draft {
  text: string;
  edited: (text: string) => void;
}

const useDraft = create<Draft>()(
  persist((set) => ({ text: '', edited: (text) => set({ text }) }), {
    name: 'rp.test-draft',
    storage: safeJsonStorage(),
  }),
);

afterEach(() => {
  vi.restoreAllMocks();
  useStorageNotice.setState({ failure: null });
});

describe('safe storage', () => {
  it('keeps the edit in memory and raises a notice when the quota is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useDraft.getState().edited('x'.repeat(10))).not.toThrow();
    expect(useDraft.getState().text).toBe('xxxxxxxxxx');
    expect(useStorageNotice.getState().failure).toMatch(/QuotaExceededError.*kept in memory/);
  });

  it('clears the notice once saving works again', () => {
    useStorageNotice.setState({ failure: 'was full' });
    useDraft.getState().edited('ok');
    expect(useStorageNotice.getState().failure).toBeNull();
    expect(localStorage.getItem('rp.test-draft')).toContain('"text":"ok"');
  });
});
