import { isRecord, type ReceivedEvent } from '@/api/events/parse-event.ts';

export type ListRow =
  | { kind: 'group'; key: string; label: string; count: number }
  | { kind: 'event'; event: ReceivedEvent };

/** The output item (and content part) an event belongs to, or `response` for lifecycle events. */
export function groupKeyOf(event: ReceivedEvent): string {
  const payload = isRecord(event.payload) ? event.payload : {};
  const parts: string[] = [];
  if (typeof payload.output_index === 'number') parts.push(`output_index ${payload.output_index}`);
  const item = isRecord(payload.item) ? payload.item : null;
  const itemId = typeof payload.item_id === 'string' ? payload.item_id : item?.id;
  if (typeof itemId === 'string') parts.push(itemId);
  if (typeof payload.content_index === 'number')
    parts.push(`content_index ${payload.content_index}`);
  return parts.length ? parts.join(' · ') : 'response';
}

/** The rows of the list, read by position (only the rows on screen are ever asked for). */
export interface RowList {
  readonly length: number;
  at: (index: number) => ListRow | undefined;
  /**
   * The event index of row `index`, or null for a group header. Allocates nothing: the list asks
   * it of every row each time rows are added (the virtualizer lays out all rows again).
   */
  eventIndexAt: (index: number) => number | null;
}

/**
 * Flat: one row per event, in order, read straight from the events (a stream adds thousands of
 * events a second: no per-event copy each frame). Grouped: a header per group (by first
 * appearance), then its events.
 */
export function buildRows(events: readonly ReceivedEvent[], grouped: boolean): RowList {
  if (!grouped) {
    return {
      length: events.length,
      at: (index) => {
        const event = events[index];
        return event && { kind: 'event', event };
      },
      eventIndexAt: (index) => events[index]?.index ?? null,
    };
  }
  const groups = new Map<string, ReceivedEvent[]>();
  for (const event of events) {
    const key = groupKeyOf(event);
    const list = groups.get(key);
    if (list) list.push(event);
    else groups.set(key, [event]);
  }
  const rows: ListRow[] = [];
  for (const [key, list] of groups) {
    rows.push({ kind: 'group', key, label: key, count: list.length });
    for (const event of list) rows.push({ kind: 'event', event });
  }
  return {
    length: rows.length,
    at: (index) => rows[index],
    eventIndexAt: (index) => {
      const row = rows[index];
      return row?.kind === 'event' ? row.event.index : null;
    },
  };
}
