import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Response } from 'openai/resources/responses/responses';
import type { ApiError } from '@/api/errors/api-error.ts';
import { requestFromResponse } from '@/api/request/request-from-response.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { getInputItems } from '@/api/transport/input-items.ts';
import { getResponse, ResponseEndpointError } from '@/api/transport/response-endpoints.ts';
import { maskRequestSecrets } from '@/api/security/redact.ts';
import type { Thread, TurnStatus } from '../lib/thread-types.ts';
import { newId, useThreadsStore } from '../threads-store.ts';

const STATUS: Record<string, TurnStatus> = {
  completed: 'completed',
  incomplete: 'incomplete',
  failed: 'failed',
  cancelled: 'cancelled',
};

/** A stored response and its input, as a new one-turn thread. */
export function threadFromResponse(
  response: Response,
  inputItems: unknown[],
  now = Date.now(),
): Thread {
  const turnId = newId('turn');
  return {
    id: newId('thread'),
    title: `Opened ${response.id}`,
    createdAt: now,
    updatedAt: now,
    leafId: turnId,
    historyMode: 'server',
    turns: [
      {
        id: turnId,
        parentId: null,
        createdAt: now,
        request: maskRequestSecrets(requestFromResponse(response, inputItems)),
        historyItems: 0,
        status: STATUS[response.status ?? ''] ?? 'interrupted',
        responseId: response.id,
        response,
        partialOutput: [],
        error: null,
        metrics: { firstEventMs: null, durationMs: null, eventCount: 0 },
        eventsSaved: false,
      },
    ],
  };
}

/** A thrown ApiError (TanStack Query hands `error` to the form as it was thrown). */
class OpenError extends Error {
  readonly info: ApiError;
  constructor(info: ApiError) {
    super(info.message);
    this.info = info;
  }
}

const errorOf = (error: unknown): OpenError =>
  new OpenError(
    error instanceof ResponseEndpointError
      ? error.info
      : { source: 'network', message: error instanceof Error ? error.message : String(error) },
  );

/**
 * Open by id: `GET /responses/{id}` and `/input_items` through the Query cache (keyed by base
 * URL), then a new thread. The thread is the user's; the cache only spares a second fetch.
 */
export function useOpenResponse(connection: Connection) {
  const client = useQueryClient();
  return useMutation<string, OpenError, string>({
    mutationFn: async (rawId) => {
      const id = rawId.trim();
      try {
        const [response, items] = await Promise.all([
          client.fetchQuery({
            queryKey: ['response', connection.baseUrl, id],
            queryFn: ({ signal }) => getResponse(connection, id, { signal }),
            staleTime: 30_000,
          }),
          client.fetchQuery({
            queryKey: ['response', connection.baseUrl, id, 'input_items'],
            queryFn: ({ signal }) => getInputItems(connection, id, { signal }),
            staleTime: 30_000,
          }),
        ]);
        const [threadId] = useThreadsStore
          .getState()
          .threadsAdded([threadFromResponse(response, items)]);
        return threadId!;
      } catch (error) {
        throw errorOf(error);
      }
    },
  });
}
