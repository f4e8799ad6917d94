import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/api/transport/connection.ts';
import { listModels } from '@/api/transport/list-models.ts';
import { useSettledValue } from '@/lib/use-settled-value.ts';
import { baseUrlProblem } from '@/stores/connection-store.ts';

/** How long a typed Base URL must stay unchanged before its models are asked for. */
const SETTLE_MS = 600;

/**
 * `GET {Base URL}/models`, cached per base URL (the key itself is never part of the cache key).
 * Only for a Base URL the user has stopped typing: key by key, every partial host (another
 * domain, some of them) would be sent the key.
 */
export function useModels(connection: Connection) {
  // Where the request would go and with what: all of it must have settled, or a key being
  // changed could be sent to the previous host.
  const target = `${connection.baseUrl}\n${connection.viaProxy}\n${connection.apiKey}`;
  const settled = useSettledValue(target, SETTLE_MS) === target;
  return useQuery({
    queryKey: ['models', connection.baseUrl, connection.viaProxy, connection.apiKey !== ''],
    queryFn: ({ signal }) => listModels(connection, { signal }),
    enabled: settled && baseUrlProblem(connection.baseUrl) === null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
