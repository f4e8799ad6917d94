import { useCallback } from 'react';
import { useThrottledSelector } from '@/lib/use-throttled-selector.ts';
import { useRunStore, type RunState } from './run-store.ts';

const selectEvents = (s: RunState) => s.events;

/**
 * The run's events for a panel over all of them: while a stream runs, renewed at most every
 * `streamingMs` (the panel renders that often, not every frame); otherwise at once.
 */
export function useThrottledEvents(streamingMs: number): RunState['events'] {
  const interval = useCallback(
    (s: RunState) => (s.phase === 'streaming' ? streamingMs : 0),
    [streamingMs],
  );
  return useThrottledSelector(useRunStore, selectEvents, interval);
}
