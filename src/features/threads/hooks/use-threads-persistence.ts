import { useEffect } from 'react';
import { useStorageNotice } from '@/stores/safe-storage.ts';
import { whenIdle } from '@/lib/idle.ts';
import { dropOrphanEvents } from '../event-archive.ts';
import { createThreadPersister, type Channel } from '../lib/thread-persister.ts';
import { idbThreadStorage, memoryThreadStorage } from '../lib/thread-storage.ts';
import { useThreadsStore } from '../threads-store.ts';

const ACTIVE_KEY = 'rp.threads.active';

function readActiveId(): string | null {
  try {
    return localStorage.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

function writeActiveId(id: string | null) {
  try {
    if (id === null) localStorage.removeItem(ACTIVE_KEY);
    else localStorage.setItem(ACTIVE_KEY, id);
  } catch {
    // The active thread is a convenience; losing it costs one click.
  }
}

/**
 * Loads threads from IndexedDB at start-up and saves changes in batches; tabs tell each other
 * through a BroadcastChannel. Without IndexedDB, threads live in memory and a notice says so.
 */
export function useThreadsPersistence() {
  useEffect(() => {
    const hasIdb = typeof indexedDB !== 'undefined';
    const notice = useStorageNotice.getState();
    if (!hasIdb) {
      notice.saveFailed('This browser offers no IndexedDB: threads are kept in memory only.');
    }
    const channel: Channel | null =
      typeof BroadcastChannel === 'undefined'
        ? null
        : (new BroadcastChannel('rp.threads') as unknown as Channel);
    const persister = createThreadPersister({
      storage: hasIdb ? idbThreadStorage() : memoryThreadStorage(),
      store: useThreadsStore,
      channel,
      initialActiveId: readActiveId(),
      // A turn's start or end is saved once the frame showing it is painted (within 500 ms).
      soon: (run) => whenIdle(run, 500),
      onSaveFailed: (message) => useStorageNotice.getState().saveFailed(message),
      onSaved: () => useStorageNotice.getState().saveSucceeded(),
    });
    let stopped = false;
    void persister.start().then(() => {
      if (stopped) return;
      const { threads, unreadable } = useThreadsStore.getState();
      // Orphans are only dropped when every record was readable: never guess over damage.
      if (unreadable.length === 0) {
        const ids = new Set(Object.values(threads).flatMap((t) => t.turns.map((turn) => turn.id)));
        void dropOrphanEvents(ids);
      }
    });
    const unsubscribe = useThreadsStore.subscribe((s, prev) => {
      if (s.activeId !== prev.activeId && s.loaded) writeActiveId(s.activeId);
    });
    const onHide = () => void persister.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void persister.flush().then(() => persister.stop());
    };
  }, []);
}
