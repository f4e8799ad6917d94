import { useEffect } from 'react';
import type { Turn } from '@/features/threads/lib/thread-types.ts';
import { useThreadsStore, type ThreadsState } from '@/features/threads/threads-store.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { turnResult } from './use-thread-send.ts';

/** The turn still waiting on background response `responseId`, and its thread. */
function waitingTurn(s: ThreadsState, responseId: string): { threadId: string; turn: Turn } | null {
  for (const thread of Object.values(s.threads)) {
    const turn = thread.turns.find((t) => t.status === 'background' && t.responseId === responseId);
    if (turn) return { threadId: thread.id, turn };
  }
  return null;
}

/**
 * A background response is recorded in its turn as `background` when the POST answers; the run
 * shown then polls it (useBackgroundPoll). When that run learns the response has ended
 * (completed, failed, cancelled…), the turn is finished with it: its status, final Response and
 * so the thread's chain. Found by response id, so a turn shown again later (a reload, a switch)
 * is finished by the same path.
 */
export function useBackgroundTurns() {
  useEffect(
    () =>
      useRunStore.subscribe((s, prev) => {
        if (s.runId !== prev.runId || prev.outcome !== 'background') return;
        if (s.outcome === 'background' || s.outcome === null) return;
        const id = s.stream.response?.id;
        const found = id ? waitingTurn(useThreadsStore.getState(), id) : null;
        if (!found) return;
        // The turn keeps the request's timings: the time spent polling is not the request's.
        useThreadsStore.getState().turnFinished(found.threadId, found.turn.id, {
          ...turnResult(s),
          metrics: found.turn.metrics,
        });
      }),
    [],
  );
}
