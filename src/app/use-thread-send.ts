import { useCallback } from 'react';
import type { Connection } from '@/api/transport/connection.ts';
import { maskRequestSecrets } from '@/api/security/redact.ts';
import { saveTurnEvents } from '@/features/threads/event-archive.ts';
import { idle } from '@/lib/idle.ts';
import { planTurn } from '@/features/threads/lib/client-history.ts';
import { turnInputText } from '@/features/threads/lib/thread-tree.ts';
import type { Turn } from '@/features/threads/lib/thread-types.ts';
import { newId, titleFrom, useThreadsStore } from '@/features/threads/threads-store.ts';
import { useRunStore, type RunState } from '@/stores/run-store.ts';

type Send = (connection: Connection, body: Record<string, unknown>) => Promise<RunState | null>;

/** What a finished run leaves in its turn. The raw events go to IndexedDB, not the store. */
export function turnResult(run: RunState | null): Partial<Turn> {
  if (!run) return { status: 'cancelled' };
  const response = run.stream.response;
  // The server's own ending (completed, incomplete, failed) leaves a final Response; a stop or a
  // cut leaves only the items streamed so far. A background response still running is kept as
  // last seen: its id is what it is polled by, and the turn is finished when it ends.
  const ended =
    run.outcome === 'completed' ||
    run.outcome === 'incomplete' ||
    run.outcome === 'failed' ||
    run.outcome === 'background';
  // A background response cancelled on the server is a final Response too.
  const final = ended || response?.status === 'cancelled' ? response : null;
  const error = run.error ?? run.stream.error;
  return {
    status: run.outcome ?? 'no-terminal-event',
    responseId: response?.id ?? null,
    response: final,
    partialOutput: final ? [] : run.stream.output,
    error: error
      ? { message: error.message, ...(error.status ? { status: error.status } : {}) }
      : null,
    metrics: {
      firstEventMs: run.timings.firstEventAt,
      durationMs: run.timings.endedAt,
      eventCount: run.events.length,
      headersMs: run.timings.headersAt,
      httpStatus: run.httpStatus,
    },
  };
}

/**
 * Every Send is a turn of the active thread (a new thread when none is active): the turn is
 * recorded when it starts, so a closed tab leaves it `interrupted` rather than lost, and
 * finished once the run ends. Client-side history mode rewrites the body here.
 */
export function useThreadSend(send: Send) {
  return useCallback(
    async (connection: Connection, body: Record<string, unknown>) => {
      const store = useThreadsStore.getState();
      let threadId = store.activeId;
      if (!threadId || !store.threads[threadId]) threadId = store.threadStarted();
      const thread = useThreadsStore.getState().threads[threadId]!;
      const planned = planTurn(thread, body);
      const turn: Turn = {
        id: newId('turn'),
        parentId: planned.parentId,
        createdAt: Date.now(),
        request: maskRequestSecrets(planned.body),
        historyItems: planned.historyItems,
        status: 'running',
        responseId: null,
        response: null,
        partialOutput: [],
        error: null,
        metrics: { firstEventMs: null, durationMs: null, eventCount: 0 },
        eventsSaved: false,
      };
      if (thread.title === '') {
        useThreadsStore.getState().threadRenamed(threadId, titleFrom(turnInputText(turn)));
      }
      useThreadsStore.getState().turnStarted(threadId, turn);
      // The run starts inside `send`, before its first await: only this run's id can show here.
      const unsubscribe = useRunStore.subscribe((s) => {
        const id = s.stream.response?.id;
        if (!id || s.phase !== 'streaming') return;
        unsubscribe();
        useThreadsStore.getState().turnIdentified(threadId, turn.id, id);
      });
      let run: RunState | null;
      try {
        run = await send(connection, planned.body);
      } finally {
        unsubscribe();
      }
      useThreadsStore.getState().turnFinished(threadId, turn.id, turnResult(run));
      // The raw stream (megabytes, cloned into IndexedDB) is saved when the browser is idle,
      // after the finished answer is on screen.
      if (
        run &&
        run.events.length > 0 &&
        (await idle().then(() => saveTurnEvents(turn.id, run.chunks)))
      ) {
        useThreadsStore.getState().turnFinished(threadId, turn.id, { eventsSaved: true });
      }
      return run;
    },
    [send],
  );
}
