import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { threadsStateCreator } from '../threads-store.ts';
import { makeThread, makeTurn } from './thread-fixtures.ts';
import { createThreadPersister, type Channel, type ThreadsMessage } from './thread-persister.ts';
import { THREAD_VERSION, toRecord } from './thread-record.ts';
import { memoryThreadStorage, type ThreadStorage } from './thread-storage.ts';

/** Two BroadcastChannel ends that deliver to each other, asynchronously like the real one. */
function channelPair(): [Channel, Channel] {
  const a: Channel = { postMessage: () => {}, onmessage: null, close: () => {} };
  const b: Channel = { postMessage: () => {}, onmessage: null, close: () => {} };
  a.postMessage = (m: ThreadsMessage) =>
    void Promise.resolve().then(() => b.onmessage?.({ data: m }));
  b.postMessage = (m: ThreadsMessage) =>
    void Promise.resolve().then(() => a.onmessage?.({ data: m }));
  return [a, b];
}

const settle = () => new Promise((r) => setTimeout(r, 20));

/** Two tabs (a store and its persister each) over one storage, talking through a channel. */
async function twoTabs(storage: ThreadStorage) {
  const [ca, cb] = channelPair();
  const tabA = createStore(threadsStateCreator);
  const tabB = createStore(threadsStateCreator);
  const pa = createThreadPersister({ storage, store: tabA, channel: ca, delayMs: 1 });
  const pb = createThreadPersister({ storage, store: tabB, channel: cb, delayMs: 1 });
  await pa.start();
  await pb.start();
  return { tabA, tabB, pa, pb };
}

describe('thread persister', () => {
  it('loads records, and saves only what changed, batched', async () => {
    const a = makeThread(1);
    const b = makeThread(1);
    const storage = memoryThreadStorage([
      [a.id, toRecord(a)],
      [b.id, toRecord(b)],
    ]);
    const write = vi.spyOn(storage, 'write');
    const store = createStore(threadsStateCreator);
    const persister = createThreadPersister({ storage, store, delayMs: 5 });
    await persister.start();
    expect(Object.keys(store.getState().threads)).toHaveLength(2);
    for (let i = 0; i < 50; i++) store.getState().threadRenamed(a.id, `title ${i}`);
    await settle();
    await persister.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toBe(a.id);
    expect((storage.data.get(a.id) as ReturnType<typeof toRecord>).thread.title).toBe('title 49');
  });

  it('saves a rename at once, not after the batch delay: a reload right after keeps it', async () => {
    const a = makeThread(1);
    const storage = memoryThreadStorage([[a.id, toRecord(a)]]);
    const store = createStore(threadsStateCreator);
    const persister = createThreadPersister({ storage, store, delayMs: 60_000 });
    await persister.start();
    store.getState().threadRenamed(a.id, 'renamed');
    await settle();
    expect((storage.data.get(a.id) as ReturnType<typeof toRecord>).thread.title).toBe('renamed');
    persister.stop();
  });

  it('starts with what it can read, and never overwrites what it cannot', async () => {
    const good = makeThread(1);
    const newer = { ...toRecord(makeThread(1)), version: THREAD_VERSION + 1 };
    const storage = memoryThreadStorage([
      [good.id, toRecord(good)],
      ['thread_corrupt', '{not json'],
      ['thread_newer', newer],
    ]);
    const store = createStore(threadsStateCreator);
    const persister = createThreadPersister({ storage, store, delayMs: 1 });
    await persister.start();
    expect(Object.keys(store.getState().threads)).toEqual([good.id]);
    expect(
      store
        .getState()
        .unreadable.map((u) => u.reason)
        .sort(),
    ).toEqual(['too-new', 'unreadable']);
    store.getState().threadRenamed(good.id, 'x');
    await persister.flush();
    expect(storage.data.get('thread_corrupt')).toBe('{not json');
    expect(storage.data.get('thread_newer')).toBe(newer);
  });

  it('marks turns left running by a closed page as interrupted, and saves that', async () => {
    const thread = makeThread(1);
    const running = { ...thread, turns: [{ ...thread.turns[0]!, status: 'running' as const }] };
    const storage = memoryThreadStorage([[thread.id, toRecord(running)]]);
    const store = createStore(threadsStateCreator);
    const persister = createThreadPersister({ storage, store, delayMs: 1 });
    await persister.start();
    await persister.flush();
    expect(
      (storage.data.get(thread.id) as ReturnType<typeof toRecord>).thread.turns[0]!.status,
    ).toBe('interrupted');
  });

  it('two tabs adding turns to one thread keep both', async () => {
    const thread = makeThread(1);
    const storage = memoryThreadStorage([[thread.id, toRecord(thread)]]);
    const { tabA, tabB, pa, pb } = await twoTabs(storage);
    const parentId = thread.turns[0]!.id;
    const turnA = makeTurn({ parentId });
    const turnB = makeTurn({ parentId });
    tabA.getState().turnStarted(thread.id, turnA);
    tabB.getState().turnStarted(thread.id, turnB);
    await pa.flush();
    await pb.flush();
    await settle();
    await pa.flush();
    await pb.flush();
    await settle();
    const stored = (storage.data.get(thread.id) as ReturnType<typeof toRecord>).thread;
    expect(stored.turns.map((t) => t.id).sort()).toEqual([parentId, turnA.id, turnB.id].sort());
    expect(tabA.getState().threads[thread.id]!.turns).toHaveLength(3);
    expect(tabB.getState().threads[thread.id]!.turns).toHaveLength(3);
  });

  it('a new thread in one tab appears in the other; a deletion too; no write ping-pong', async () => {
    const storage = memoryThreadStorage();
    const write = vi.spyOn(storage, 'write');
    const { tabA, tabB, pa } = await twoTabs(storage);
    const id = tabA.getState().threadStarted('From A');
    await pa.flush();
    await settle();
    expect(tabB.getState().threads[id]?.title).toBe('From A');
    await settle();
    expect(write).toHaveBeenCalledTimes(1);
    tabA.getState().threadDeleted(id);
    await pa.flush();
    await settle();
    expect(tabB.getState().threads[id]).toBeUndefined();
    expect(storage.data.has(id)).toBe(false);
  });

  it('a full quota keeps the threads in memory, says so, and retries', async () => {
    const storage = memoryThreadStorage();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(storage, 'write').mockRejectedValueOnce(quota);
    const onSaveFailed = vi.fn();
    const onSaved = vi.fn();
    const store = createStore(threadsStateCreator);
    const persister = createThreadPersister({ storage, store, delayMs: 1, onSaveFailed, onSaved });
    await persister.start();
    const id = store.getState().threadStarted('big');
    await persister.flush();
    expect(onSaveFailed).toHaveBeenCalledWith(expect.stringContaining('QuotaExceededError'));
    expect(store.getState().threads[id]).toBeDefined();
    await persister.flush();
    expect(storage.data.has(id)).toBe(true);
    expect(onSaved).toHaveBeenCalled();
  });
});
