import { grownFrom, isEarlierState } from './grown-from.ts';
import { deltaSize, eventKind, type EventKind } from './event-kind.ts';
import type { ReceivedEvent } from './parse-event.ts';

/** The timeline's kinds in drawing order; a column stores an event's kind as its index here. */
export const EVENT_KINDS: readonly EventKind[] = [
  'lifecycle',
  'text',
  'reasoning',
  'tool',
  'error',
];

const KIND_CODE = new Map(EVENT_KINDS.map((kind, code) => [kind, code]));

/**
 * What the metrics and the timeline read of each event, as typed columns: arrival time, kind
 * and delta length. The first `length` entries are valid (the arrays have spare room).
 */
export interface EventColumns {
  length: number;
  at: Float64Array;
  kind: Uint8Array;
  size: Float64Array;
}

function grow(columns: EventColumns, capacity: number): EventColumns {
  const at = new Float64Array(capacity);
  const kind = new Uint8Array(capacity);
  const size = new Float64Array(capacity);
  at.set(columns.at.subarray(0, columns.length));
  kind.set(columns.kind.subarray(0, columns.length));
  size.set(columns.size.subarray(0, columns.length));
  return { length: columns.length, at, kind, size };
}

const empty = (): EventColumns => ({
  length: 0,
  at: new Float64Array(0),
  kind: new Uint8Array(0),
  size: new Float64Array(0),
});

/**
 * Columns of a list that grows while a stream runs: each call reads only the events added since
 * the previous call (another list starts over; an earlier state of the list read gets the
 * columns as they are). The same object is returned, updated in place.
 */
export function createColumns(): (events: readonly ReceivedEvent[]) => EventColumns {
  let seen: readonly ReceivedEvent[] = [];
  let columns = empty();
  return (events) => {
    if (events === seen || isEarlierState(seen, events)) return columns;
    const from = grownFrom(seen, events);
    if (from === 0) columns = empty();
    if (columns.at.length < events.length)
      columns = grow(columns, Math.max(events.length, columns.at.length * 2, 256));
    for (let i = from; i < events.length; i++) {
      const event = events[i] as ReceivedEvent;
      columns.at[i] = event.at;
      columns.kind[i] = KIND_CODE.get(eventKind(event)) ?? 0;
      columns.size[i] = deltaSize(event);
    }
    columns.length = events.length;
    seen = events;
    return columns;
  };
}
