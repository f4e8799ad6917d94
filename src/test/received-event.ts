import type { ReceivedEvent } from '@/api/events/parse-event.ts';

/** A parsed event as the reader makes it, for tests: its payload carries `delta` when given. */
export function receivedEvent(
  index: number,
  type: string,
  at: number,
  delta?: string,
): ReceivedEvent {
  return {
    index,
    name: type,
    type,
    at,
    sequenceNumber: index,
    payload: { type, ...(delta === undefined ? {} : { delta }) },
  };
}
