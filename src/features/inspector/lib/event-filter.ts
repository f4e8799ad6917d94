import { grownFrom } from '@/api/events/grown-from.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { StreamIssue } from '@/api/events/stream-state.ts';

export interface EventFilter {
  /** Types the user unticked: new types that arrive later are shown by default. */
  hiddenTypes: ReadonlySet<string>;
  /** Case-insensitive; matches the type or the payload's JSON text. */
  text: string;
}

export const noFilter: EventFilter = { hiddenTypes: new Set(), text: '' };

// Events are immutable once received, so each one is stringified at most once, on first search.
const searchTexts = new WeakMap<ReceivedEvent, string>();

export function searchTextOf(event: ReceivedEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    const payload =
      typeof event.payload === 'string' ? event.payload : JSON.stringify(event.payload);
    text = `${event.type}\n${payload}`.toLowerCase();
    searchTexts.set(event, text);
  }
  return text;
}

/** Each type with how many events have it, in order of first appearance. */
export function countByType(events: readonly ReceivedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  return counts;
}

/**
 * countByType for a list that grows while a stream runs: each call counts only the events added
 * since the previous call (a new Map each time, so React sees the change).
 */
export function createTypeCounter(): (
  events: readonly ReceivedEvent[],
) => ReadonlyMap<string, number> {
  let seen: readonly ReceivedEvent[] = [];
  let counts = new Map<string, number>();
  return (events) => {
    if (events === seen) return counts;
    const from = grownFrom(seen, events);
    const next = from === 0 ? new Map<string, number>() : new Map(counts);
    for (let i = from; i < events.length; i++) {
      const type = (events[i] as ReceivedEvent).type;
      next.set(type, (next.get(type) ?? 0) + 1);
    }
    seen = events;
    counts = next;
    return next;
  };
}

/** firstErrorIndex for a growing list: scans only the events added since the previous call. */
export function createErrorFinder(): (
  events: readonly ReceivedEvent[],
  issues: readonly StreamIssue[],
) => number | null {
  let seen: readonly ReceivedEvent[] = [];
  let failed: number | null = null;
  return (events, issues) => {
    const from = grownFrom(seen, events);
    if (from === 0) failed = null;
    if (failed === null) {
      for (let i = from; i < events.length; i++) {
        const event = events[i] as ReceivedEvent;
        if (isErrorEvent(event)) {
          failed = event.index;
          break;
        }
      }
    }
    seen = events;
    let first = failed;
    for (const issue of issues)
      if (first === null || issue.eventIndex < first) first = issue.eventIndex;
    return first;
  };
}

export function isFilterActive(filter: EventFilter): boolean {
  return filter.hiddenTypes.size > 0 || filter.text.trim() !== '';
}

export function filterEvents(
  events: readonly ReceivedEvent[],
  filter: EventFilter,
): readonly ReceivedEvent[] {
  if (!isFilterActive(filter)) return events;
  const needle = filter.text.trim().toLowerCase();
  return events.filter(
    (event) =>
      !filter.hiddenTypes.has(event.type) &&
      (needle === '' || searchTextOf(event).includes(needle)),
  );
}

export function isErrorEvent(event: ReceivedEvent): boolean {
  return event.type === 'error' || event.type.endsWith('.failed');
}

/** The index of the first `error` / `*.failed` event or event with an issue, whichever is first. */
export function firstErrorIndex(
  events: readonly ReceivedEvent[],
  issues: readonly StreamIssue[],
): number | null {
  let first: number | null = null;
  for (const issue of issues)
    if (first === null || issue.eventIndex < first) first = issue.eventIndex;
  const failed = events.find((event) => isErrorEvent(event));
  if (failed && (first === null || failed.index < first)) first = failed.index;
  return first;
}
