import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/api/transport/connection.ts';
import { listModels } from '@/api/transport/list-models.ts';
import { baseUrlProblem } from '@/stores/connection-store.ts';

/** `GET {Base URL}/models`, cached per base URL (the key itself is never part of the cache key). */
export function useModels(connection: Connection) {
  return useQuery({
    queryKey: ['models', connection.baseUrl, connection.viaProxy, connection.apiKey !== ''],
    queryFn: ({ signal }) => listModels(connection, { signal }),
    enabled: baseUrlProblem(connection.baseUrl) === null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
