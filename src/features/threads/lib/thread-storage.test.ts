import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { makeThread } from './thread-fixtures.ts';
import { toRecord } from './thread-record.ts';
import { idbEventStorage, idbThreadStorage } from './thread-storage.ts';

describe('IndexedDB storage', () => {
  it('keeps one record per thread and updates it in one transaction', async () => {
    const storage = idbThreadStorage(createStore('test-threads', 'threads'));
    const a = makeThread(2);
    const b = makeThread(1);
    await storage.write(a.id, () => toRecord(a));
    await storage.write(b.id, () => toRecord(b));
    await storage.write(a.id, (stored) => ({ ...(stored as object), touched: true }));
    const all = new Map(await storage.readAll());
    expect(all.size).toBe(2);
    expect(all.get(a.id)).toMatchObject({ touched: true, thread: { id: a.id } });
    await storage.remove(b.id);
    expect(await storage.readMany([a.id, b.id])).toEqual([expect.anything(), undefined]);
  });

  it('saves raw events apart, by turn id', async () => {
    const events = idbEventStorage(createStore('test-events', 'events'));
    await events.save('turn_1', [{ index: 0, type: 'response.created' }]);
    await events.save('turn_2', []);
    expect(await events.load('turn_1')).toEqual([{ index: 0, type: 'response.created' }]);
    expect((await events.turnIds()).sort()).toEqual(['turn_1', 'turn_2']);
    await events.removeMany(['turn_1']);
    expect(await events.load('turn_1')).toBeUndefined();
  });
});
