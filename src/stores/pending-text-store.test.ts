import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEPT_TEXTS, usePendingTextStore } from './pending-text-store.ts';

const KEY = 'rp.pending-texts';

/** A reload: the memory is gone, only what was saved comes back. */
async function reload() {
  const saved = localStorage.getItem(KEY);
  usePendingTextStore.setState({ texts: {} }); // this saves too: put back what was there
  if (saved === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, saved);
  await usePendingTextStore.persist.rehydrate();
}

beforeEach(() => {
  localStorage.clear();
  usePendingTextStore.setState({ texts: {} });
});

describe('pending-text store', () => {
  it('keeps typed text across a reload, with its base', async () => {
    usePendingTextStore.getState().textTyped('temperature', { text: '0.7x' });
    usePendingTextStore.getState().textTyped('text.format.schema', { text: '{,,', base: '{}' });
    await reload();
    expect(usePendingTextStore.getState().texts).toEqual({
      temperature: { text: '0.7x' },
      'text.format.schema': { text: '{,,', base: '{}' },
    });
  });

  it('drops a settled text, also from what is saved', async () => {
    usePendingTextStore.getState().textTyped('temperature', { text: '0.7x' });
    usePendingTextStore.getState().textSettled('temperature');
    expect(usePendingTextStore.getState().texts).toEqual({});
    await reload();
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('never saves a memory-only text (it may hold credentials), and a rehydrate keeps it', async () => {
    const kept = { text: '{"headers": {"a": "Bearer sk-secret"},', memoryOnly: true };
    usePendingTextStore.getState().textTyped('raw-json-body', kept);
    expect(localStorage.getItem(KEY)).not.toContain('sk-secret');
    await usePendingTextStore.persist.rehydrate();
    expect(usePendingTextStore.getState().texts['raw-json-body']).toEqual(kept);
    await reload();
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('keeps at most MAX_KEPT_TEXTS, dropping the oldest', () => {
    const { textTyped } = usePendingTextStore.getState();
    for (let i = 0; i <= MAX_KEPT_TEXTS; i++) textTyped(`k${i}`, { text: 'x' });
    // Typing again into the oldest left makes it the newest.
    textTyped('k1', { text: 'y' });
    textTyped('extra', { text: 'x' });
    const keys = Object.keys(usePendingTextStore.getState().texts);
    expect(keys).toHaveLength(MAX_KEPT_TEXTS);
    expect(keys).not.toContain('k0');
    expect(keys).not.toContain('k2');
    expect(keys.slice(-2)).toEqual(['k1', 'extra']);
  });

  it('starts empty from broken saved data, keeping the well-formed entries', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        state: { texts: { a: { text: 'ok' }, b: { text: 3 }, c: null, d: { text: 't', base: 1 } } },
        version: 1,
      }),
    );
    await reload();
    expect(usePendingTextStore.getState().texts).toEqual({ a: { text: 'ok' }, d: { text: 't' } });
    localStorage.setItem(KEY, JSON.stringify({ state: 'nonsense', version: 1 }));
    await reload();
    expect(usePendingTextStore.getState().texts).toEqual({});
  });

  it('a reset parameter takes what was typed into it and inside it; Reset all takes everything', () => {
    const { textTyped, paramsReset } = usePendingTextStore.getState();
    for (const key of ['tools', 'tools[0].filters', 'tools_extra', 'temperature', 'raw-json-body'])
      textTyped(key, { text: 'x' });
    paramsReset(['tools']);
    expect(Object.keys(usePendingTextStore.getState().texts)).toEqual([
      'tools_extra',
      'temperature',
      'raw-json-body',
    ]);
    paramsReset(null);
    expect(usePendingTextStore.getState().texts).toEqual({});
  });
});
