import type { StoreApi } from 'zustand';
import type { ThreadsState, UnreadableThread } from '../threads-store.ts';
import { mergeThread } from './merge-thread.ts';
import { readRecord, toRecord } from './thread-record.ts';
import type { ThreadStorage } from './thread-storage.ts';
import type { Thread } from './thread-types.ts';

/** What tabs tell each other after saving. */
export interface ThreadsMessage {
  changed: string[];
  deleted: string[];
}

export interface Channel {
  postMessage: (message: ThreadsMessage) => void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close: () => void;
}

export interface PersisterOptions {
  storage: ThreadStorage;
  store: StoreApi<ThreadsState>;
  channel?: Channel | null;
  /** Saves are batched: one write per changed thread per this many ms, never one per delta. */
  delayMs?: number;
  initialActiveId?: string | null;
  /**
   * When an urgent save (a turn started or ended) runs; returns a cancel. Default: the next task.
   * The app passes "once the browser is idle", so a finished answer is painted before the write
   * (a structured clone of the whole thread) takes the main thread.
   */
  soon?: (run: () => void) => () => void;
  onSaveFailed?: (message: string) => void;
  onSaved?: () => void;
}

export interface Persister {
  /** Reads storage into the store; nothing is written before this finishes. */
  start: () => Promise<void>;
  /** Writes what changed now (page hiding, tests). */
  flush: () => Promise<void>;
  stop: () => void;
}

function errorText(error: unknown): string {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== 'Error'
    ? name
    : error instanceof Error
      ? error.message
      : String(error);
}

function later(run: () => void, ms: number): () => void {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
}

const nextTask = (run: () => void) => later(run, 0);

/**
 * Keeps the threads store and storage in step. Each thread is its own record, written with an
 * atomic read-merge-write, so a second tab's turns are merged, never overwritten; a record this
 * version cannot read (corrupt, or from a newer app) is never written over.
 */
export function createThreadPersister(options: PersisterOptions): Persister {
  const { storage, store, channel = null, delayMs = 300, onSaveFailed, onSaved } = options;
  const soon = options.soon ?? nextTask;
  /** What storage holds, as far as this tab knows: thread objects by reference. */
  let saved = new Map<string, Thread>();
  const dirty = new Set<string>();
  const removed = new Set<string>();
  const untouchable = new Set<string>();
  /** Cancels the scheduled flush, if one is. */
  let timer: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  let writing: Promise<void> = Promise.resolve();
  /** While another tab's saved state is applied: it is in storage already, not ours to write. */
  let applyingRemote = false;
  let stopped = false;

  let timerUrgent = false;
  const schedule = (urgent = false) => {
    if (timer !== null && (timerUrgent || !urgent)) return;
    timer?.();
    timerUrgent = urgent;
    timer = urgent ? soon(() => void flush()) : later(() => void flush(), delayMs);
  };

  const noteChanges = (threads: Record<string, Thread>) => {
    let urgent = false;
    for (const [id, thread] of Object.entries(threads)) {
      if (saved.get(id) !== thread && !untouchable.has(id)) {
        dirty.add(id);
        removed.delete(id);
        // A turn started or ended, or the thread was renamed (a few times per request or per
        // user act, never per delta): save at once, so a reload right after keeps it. The rest
        // (the branch shown, the last use) waits for the batch.
        const before = saved.get(id);
        if (before?.turns !== thread.turns || before.title !== thread.title) urgent = true;
      }
    }
    for (const id of saved.keys()) {
      if (!threads[id]) {
        removed.add(id);
        dirty.delete(id);
      }
    }
    if (dirty.size || removed.size) schedule(urgent || removed.size > 0);
  };

  const writeOne = async (thread: Thread): Promise<void> => {
    await storage.write(thread.id, (stored) => {
      if (stored === undefined) return toRecord(thread);
      const read = readRecord(stored);
      if (!read.ok) {
        // Never destroy what we cannot read: a newer app's data or something to recover.
        untouchable.add(thread.id);
        return stored;
      }
      return toRecord(mergeThread(thread, read.thread));
    });
  };

  const flush = (): Promise<void> => {
    timer?.();
    timer = null;
    timerUrgent = false;
    const ids = [...dirty];
    const gone = [...removed];
    dirty.clear();
    removed.clear();
    if (!ids.length && !gone.length) return writing;
    const threads = store.getState().threads;
    writing = writing.then(async () => {
      const changed: string[] = [];
      let failure: string | null = null;
      for (const id of ids) {
        const thread = threads[id];
        if (!thread) continue;
        try {
          await writeOne(thread);
          saved.set(id, thread);
          changed.push(id);
        } catch (error) {
          dirty.add(id);
          failure = errorText(error);
        }
      }
      const deleted: string[] = [];
      for (const id of gone) {
        try {
          await storage.remove(id);
          saved.delete(id);
          deleted.push(id);
        } catch (error) {
          removed.add(id);
          failure = errorText(error);
        }
      }
      if (failure !== null) {
        onSaveFailed?.(
          `The browser refused to save threads (${failure}). They are kept in memory, but will not survive a reload.`,
        );
      } else onSaved?.();
      if ((changed.length || deleted.length) && channel && !stopped) {
        channel.postMessage({ changed, deleted });
      }
    });
    return writing;
  };

  const onRemote = async (message: unknown) => {
    if (typeof message !== 'object' || message === null) return;
    const { changed, deleted } = message as Partial<ThreadsMessage>;
    const ids = Array.isArray(changed) ? changed.filter((id) => typeof id === 'string') : [];
    const gone = Array.isArray(deleted) ? deleted.filter((id) => typeof id === 'string') : [];
    const records = ids.length ? await storage.readMany(ids) : [];
    const theirs: Thread[] = [];
    for (const record of records) {
      const read = readRecord(record);
      if (read.ok) theirs.push(read.thread);
    }
    applyingRemote = true;
    try {
      store.getState().remoteThreadsChanged(theirs, gone);
    } finally {
      applyingRemote = false;
    }
    const now = store.getState().threads;
    for (const t of theirs) {
      const current = now[t.id];
      // Ours merged with theirs adds turns storage lacks: save them; else it is in step.
      if (current && mergeThread(t, current) !== t) dirty.add(t.id);
      else if (current) saved.set(t.id, current);
    }
    for (const id of gone) saved.delete(id);
    if (dirty.size) schedule();
  };

  return {
    start: async () => {
      let entries: [string, unknown][] = [];
      const unreadable: UnreadableThread[] = [];
      try {
        entries = await storage.readAll();
      } catch (error) {
        onSaveFailed?.(
          `Saved threads could not be read (${errorText(error)}). New threads are kept in memory only.`,
        );
      }
      const threads: Thread[] = [];
      for (const [key, raw] of entries) {
        const read = readRecord(raw);
        if (read.ok) {
          // A turn that was running when the page closed will never finish.
          const thread = read.thread.turns.some((t) => t.status === 'running')
            ? {
                ...read.thread,
                turns: read.thread.turns.map((t) =>
                  t.status === 'running' ? { ...t, status: 'interrupted' as const } : t,
                ),
              }
            : read.thread;
          threads.push(thread);
          if (thread === read.thread && read.migratedFrom === null) saved.set(key, thread);
        } else {
          untouchable.add(key);
          unreadable.push({ key, reason: read.reason, message: read.message, raw });
        }
      }
      // Stopped while reading (React StrictMode runs effects twice): the next persister loads.
      if (stopped) return;
      store.getState().threadsLoaded(threads, unreadable, options.initialActiveId ?? null);
      saved = new Map(saved);
      noteChanges(store.getState().threads);
      unsubscribe = store.subscribe((state, previous) => {
        if (state.threads !== previous.threads && !applyingRemote) noteChanges(state.threads);
      });
      if (channel) channel.onmessage = (event) => void onRemote(event.data);
    },
    flush,
    stop: () => {
      stopped = true;
      unsubscribe?.();
      timer?.();
      channel?.close();
    },
  };
}
