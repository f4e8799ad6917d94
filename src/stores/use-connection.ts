import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Connection } from '@/api/transport/connection.ts';
import {
  LOCAL_PLACEHOLDER_KEY,
  baseUrlOf,
  useConnectionStore,
  type LocalPace,
  type PresetId,
} from './connection-store.ts';

export interface ConnectionFields {
  preset: PresetId;
  customBaseUrl: string;
  key: string;
  viaProxy: boolean;
  localPace: LocalPace;
}

/** The connection requests use, derived from the store's fields (never stored itself). */
export function toConnection(fields: ConnectionFields): Connection {
  const key = fields.key.trim();
  if (fields.preset === 'local') {
    return {
      baseUrl: baseUrlOf(fields),
      // The local server wants some Bearer key; a new user should not have to type one.
      apiKey: key || LOCAL_PLACEHOLDER_KEY,
      viaProxy: false,
      headers: fields.localPace === 'instant' ? { 'x-local-pace': 'instant' } : {},
    };
  }
  return { baseUrl: baseUrlOf(fields), apiKey: key, viaProxy: fields.viaProxy };
}

export function useConnection(): Connection {
  const fields = useConnectionStore(
    useShallow((s) => ({
      preset: s.preset,
      customBaseUrl: s.customBaseUrl,
      key: s.apiKeys[s.preset] ?? '',
      viaProxy: s.viaProxy,
      localPace: s.localPace,
    })),
  );
  return useMemo(() => toConnection(fields), [fields]);
}
