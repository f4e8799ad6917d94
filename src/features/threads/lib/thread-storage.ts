import {
  createStore,
  del,
  delMany,
  entries,
  get,
  getMany,
  keys,
  set,
  update,
  type UseStore,
} from 'idb-keyval';

/** Where threads live: one record per thread, so tabs and writes never clobber other threads. */
export interface ThreadStorage {
  readAll: () => Promise<[string, unknown][]>;
  readMany: (ids: string[]) => Promise<unknown[]>;
  /** An atomic read-modify-write of one record (a read-write transaction in IndexedDB). */
  write: (id: string, next: (stored: unknown) => unknown) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** Raw events of finished turns, by turn id: large, so kept apart and read on demand. */
export interface EventStorage {
  save: (turnId: string, stream: unknown) => Promise<void>;
  load: (turnId: string) => Promise<unknown>;
  turnIds: () => Promise<string[]>;
  removeMany: (turnIds: string[]) => Promise<void>;
}

export const THREADS_DB = 'rp-threads';
export const EVENTS_DB = 'rp-thread-events';

export function idbThreadStorage(db: UseStore = createStore(THREADS_DB, 'threads')): ThreadStorage {
  return {
    readAll: () => entries<string, unknown>(db),
    readMany: (ids) => getMany(ids, db),
    write: (id, next) => update(id, next, db),
    remove: (id) => del(id, db),
  };
}

export function idbEventStorage(db: UseStore = createStore(EVENTS_DB, 'events')): EventStorage {
  return {
    save: (turnId, events) => set(turnId, events, db),
    load: (turnId) => get<unknown>(turnId, db),
    turnIds: () => keys<string>(db),
    removeMany: (turnIds) => delMany(turnIds, db),
  };
}

/** For tests and for browsers without IndexedDB: the same contract, in memory. */
export function memoryThreadStorage(initial: [string, unknown][] = []): ThreadStorage & {
  data: Map<string, unknown>;
} {
  const data = new Map(initial);
  return {
    data,
    readAll: () => Promise.resolve([...data.entries()]),
    readMany: (ids) => Promise.resolve(ids.map((id) => data.get(id))),
    write: (id, next) => {
      data.set(id, next(data.get(id)));
      return Promise.resolve();
    },
    remove: (id) => {
      data.delete(id);
      return Promise.resolve();
    },
  };
}
