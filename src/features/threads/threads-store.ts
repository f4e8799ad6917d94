import { create, type StateCreator } from 'zustand';
import { mergeThread } from './lib/merge-thread.ts';
import { latestLeafUnder } from './lib/thread-tree.ts';
import type { HistoryMode, Thread, Turn } from './lib/thread-types.ts';

/** What could not be read at start-up: left untouched in storage, offered for download. */
export interface UnreadableThread {
  key: string;
  reason: 'too-new' | 'unreadable';
  message: string;
  raw: unknown;
}

export interface ThreadsState {
  threads: Record<string, Thread>;
  activeId: string | null;
  /** False until storage was read: nothing is saved before, so nothing is overwritten. */
  loaded: boolean;
  unreadable: UnreadableThread[];
  /** The last deleted thread, until Undo or the next deletion. */
  deleted: Thread | null;
  threadsLoaded: (
    threads: Thread[],
    unreadable: UnreadableThread[],
    activeId: string | null,
  ) => void;
  threadStarted: (title?: string) => string;
  threadSelected: (id: string | null) => void;
  threadRenamed: (id: string, title: string) => void;
  threadDeleted: (id: string) => void;
  deletionUndone: () => void;
  historyModeChanged: (id: string, mode: HistoryMode) => void;
  /** Shows the newest branch through `turnId`. */
  branchSelected: (threadId: string, turnId: string) => void;
  /** The next turn chains from `turnId`: a new branch starts there. */
  forkRequested: (threadId: string, turnId: string) => void;
  turnStarted: (threadId: string, turn: Turn) => void;
  turnFinished: (threadId: string, turnId: string, result: Partial<Turn>) => void;
  /**
   * The server named the running turn's response (its first event): kept at once, so a page
   * closed mid-run leaves a turn whose response can still be opened by id.
   */
  turnIdentified: (threadId: string, turnId: string, responseId: string) => void;
  /** Adds imported or opened threads; an id already taken gets a fresh one. Returns the ids. */
  threadsAdded: (threads: Thread[]) => string[];
  remoteThreadsChanged: (changed: Thread[], deletedIds: string[]) => void;
}

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

const TITLE_MAX = 80;

export function titleFrom(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'Untitled thread';
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

/** The state and its actions; `useThreadsStore` is the app's one instance (tests make more: tabs). */
export const threadsStateCreator: StateCreator<ThreadsState> = (set, get) => {
  const update = (id: string, change: (t: Thread) => Thread) =>
    set((s) => {
      const thread = s.threads[id];
      return thread ? { threads: { ...s.threads, [id]: change(thread) } } : {};
    });
  return {
    threads: {},
    activeId: null,
    loaded: false,
    unreadable: [],
    deleted: null,
    threadsLoaded: (threads, unreadable, activeId) =>
      set((s) => {
        // Anything made before loading finished (unlikely) is kept alongside.
        const all = { ...Object.fromEntries(threads.map((t) => [t.id, t])), ...s.threads };
        return {
          threads: all,
          unreadable,
          loaded: true,
          activeId: s.activeId ?? (activeId !== null && all[activeId] ? activeId : null),
        };
      }),
    threadStarted: (title = '') => {
      const now = Date.now();
      const thread: Thread = {
        id: newId('thread'),
        title,
        createdAt: now,
        updatedAt: now,
        turns: [],
        leafId: null,
        historyMode: 'server',
      };
      set((s) => ({ threads: { ...s.threads, [thread.id]: thread }, activeId: thread.id }));
      return thread.id;
    },
    threadSelected: (id) => set({ activeId: id }),
    threadRenamed: (id, title) => update(id, (t) => ({ ...t, title: title.trim() })),
    threadDeleted: (id) =>
      set((s) => {
        const thread = s.threads[id];
        if (!thread) return {};
        const { [id]: _removed, ...threads } = s.threads;
        return { threads, deleted: thread, activeId: s.activeId === id ? null : s.activeId };
      }),
    deletionUndone: () =>
      set((s) =>
        s.deleted
          ? {
              threads: { ...s.threads, [s.deleted.id]: s.deleted },
              deleted: null,
              activeId: s.deleted.id,
            }
          : {},
      ),
    historyModeChanged: (id, historyMode) => update(id, (t) => ({ ...t, historyMode })),
    branchSelected: (threadId, turnId) =>
      update(threadId, (t) => ({ ...t, leafId: latestLeafUnder(t, turnId) })),
    forkRequested: (threadId, turnId) => update(threadId, (t) => ({ ...t, leafId: turnId })),
    turnStarted: (threadId, turn) =>
      update(threadId, (t) => ({
        ...t,
        turns: [...t.turns, turn],
        leafId: turn.id,
        updatedAt: turn.createdAt,
      })),
    turnFinished: (threadId, turnId, result) =>
      update(threadId, (t) => ({
        ...t,
        updatedAt: Date.now(),
        turns: t.turns.map((turn) =>
          turn.id === turnId ? { ...turn, ...result, id: turn.id } : turn,
        ),
      })),
    turnIdentified: (threadId, turnId, responseId) =>
      update(threadId, (t) => ({
        ...t,
        turns: t.turns.map((turn) =>
          turn.id === turnId && turn.status === 'running' ? { ...turn, responseId } : turn,
        ),
      })),
    threadsAdded: (incoming) => {
      const existing = get().threads;
      const ids: string[] = [];
      const added: Thread[] = [];
      for (const t of incoming) {
        const same = existing[t.id];
        // The very same thread again (re-importing an export) is not a second copy.
        if (same && JSON.stringify(same) === JSON.stringify(t)) {
          ids.push(t.id);
          continue;
        }
        const thread = same ? { ...t, id: newId('thread'), title: `${t.title} (imported)` } : t;
        added.push(thread);
        ids.push(thread.id);
      }
      set((s) => ({
        threads: { ...s.threads, ...Object.fromEntries(added.map((t) => [t.id, t])) },
        activeId: ids.length === 1 ? ids[0]! : s.activeId,
        // Undo would bring back a thread that is here again.
        deleted: s.deleted && ids.includes(s.deleted.id) ? null : s.deleted,
      }));
      return ids;
    },
    remoteThreadsChanged: (changed, deletedIds) =>
      set((s) => {
        const threads = { ...s.threads };
        let dirty = false;
        for (const theirs of changed) {
          const ours = threads[theirs.id];
          const next = ours ? mergeThread(ours, theirs) : theirs;
          if (next !== ours) {
            threads[theirs.id] = next;
            dirty = true;
          }
        }
        for (const id of deletedIds) {
          if (threads[id]) {
            delete threads[id];
            dirty = true;
          }
        }
        if (!dirty) return {};
        return { threads, activeId: s.activeId && threads[s.activeId] ? s.activeId : null };
      }),
  };
};

export const useThreadsStore = create<ThreadsState>()(threadsStateCreator);
