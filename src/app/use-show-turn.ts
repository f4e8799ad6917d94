import { useCallback, useEffect } from 'react';
import { loadTurnEvents } from '@/features/threads/event-archive.ts';
import { pathTo } from '@/features/threads/lib/thread-tree.ts';
import type { Turn } from '@/features/threads/lib/thread-types.ts';
import { useThreadsStore } from '@/features/threads/threads-store.ts';
import { useRunStore } from '@/stores/run-store.ts';

/** Why an interrupted turn shows little: the page went before the run ended and saved it. */
export function interruptedNotice(turn: Turn): string {
  const id = turn.responseId;
  return (
    'Interrupted: the page was closed or reloaded before this response ended, so its output was not saved.' +
    (id
      ? ` The server named it ${id}: if it was stored (store: true), Open by id retrieves it.`
      : ' The server had not named it yet.')
  );
}

/** Puts a past turn in the Response and Events panels (events read back from IndexedDB). */
export function showTurn(turn: Turn) {
  const outcome = turn.status === 'running' || turn.status === 'interrupted' ? null : turn.status;
  const runId = useRunStore.getState().runRestored({
    request: turn.request,
    response: turn.response,
    partialOutput: turn.partialOutput,
    outcome,
    error: turn.error ? { source: 'http', ...turn.error } : null,
    notice: turn.status === 'interrupted' ? interruptedNotice(turn) : null,
    durationMs: turn.metrics.durationMs,
    headersMs: turn.metrics.headersMs ?? null,
    firstEventMs: turn.metrics.firstEventMs,
    httpStatus: turn.metrics.httpStatus ?? null,
  });
  if (turn.eventsSaved) {
    void loadTurnEvents(turn.id).then((saved) => {
      if (saved) useRunStore.getState().eventsRestored(runId, saved.events, saved.chunks);
    });
  }
}

/**
 * Show a turn on demand; and whenever the active thread changes (start-up included), its last
 * turn, so a reload or a switch shows that thread's latest answer. A live run is never replaced.
 */
export function useShowTurn() {
  useEffect(
    () =>
      useThreadsStore.subscribe((s, prev) => {
        if (!s.loaded || (prev.loaded && s.activeId === prev.activeId)) return;
        const phase = useRunStore.getState().phase;
        if (phase === 'waiting' || phase === 'streaming') return;
        const thread = s.activeId ? s.threads[s.activeId] : undefined;
        const leaf = thread ? pathTo(thread).at(-1) : undefined;
        if (leaf) showTurn(leaf);
      }),
    [],
  );
  return useCallback((turn: Turn) => showTurn(turn), []);
}
