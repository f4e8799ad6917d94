import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Response } from 'openai/resources/responses/responses';
import { useShallow } from 'zustand/react/shallow';
import {
  cancelResponse,
  getResponse,
  isTerminalStatus,
} from '@/api/transport/response-endpoints.ts';
import { outcomeOfStatus } from '@/api/events/classify-ending.ts';
import { useRunStore, type RunState } from '@/stores/run-store.ts';
import { useConnection } from '@/stores/use-connection.ts';

/** How often a queued or in-progress background response is polled. */
export const POLL_INTERVAL_MS = 1000;

/** The run shown is a non-streamed `background: true` request that answered with a response. */
export function isPolledBackgroundRun(s: RunState): boolean {
  return (
    s.request?.background === true && !s.streamed && s.phase === 'done' && !!s.stream.response?.id
  );
}

/**
 * A non-streamed `background: true` run answers at once with a queued response: poll
 * `GET /responses/{id}` until it reaches a terminal status, feeding each snapshot into the run
 * store. `cancel` asks the server to cancel it.
 */
export function useBackgroundPoll() {
  const connection = useConnection();
  const { runId, id, status, endedAt } = useRunStore(
    useShallow((s) => ({
      runId: s.runId,
      id: s.stream.response?.id ?? null,
      status: s.stream.response?.status ?? null,
      endedAt: s.timings.endedAt,
    })),
  );
  const relevant = useRunStore(isPolledBackgroundRun);
  const active = relevant && !isTerminalStatus(status);

  const query = useQuery({
    queryKey: ['background-response', runId, id],
    queryFn: ({ signal }) => getResponse(connection, id ?? '', { signal }),
    enabled: active,
    refetchInterval: (q) => (isTerminalStatus(q.state.data?.status) ? false : POLL_INTERVAL_MS),
    refetchIntervalInBackground: true,
    retry: 2,
    gcTime: 0,
  });

  const cancel = useMutation({
    mutationFn: () => cancelResponse(connection, id ?? ''),
  });

  const apply = (response: Response) => {
    const store = useRunStore.getState();
    store.responseReceived(runId, response, endedAt ?? 0);
    if (isTerminalStatus(response.status)) {
      store.runEnded(runId, outcomeOfStatus(response.status), null, endedAt ?? 0);
    }
  };

  const polled = query.data;
  const cancelled = cancel.data;
  useEffect(() => {
    if (polled && polled.id === id) apply(polled);
    // apply reads the store; only a new snapshot should trigger it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [polled]);
  useEffect(() => {
    if (cancelled && cancelled.id === id) apply(cancelled);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cancelled]);

  return {
    /** A non-streamed background run is shown. */
    relevant,
    /** Still queued or in progress: polling. */
    active,
    status,
    error: query.error ?? cancel.error,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
