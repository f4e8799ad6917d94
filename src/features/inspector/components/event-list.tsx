import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { StreamIssue } from '@/api/events/stream-state.ts';
import type { ListRow } from '../lib/event-groups.ts';
import { EventRow } from './event-row.tsx';

/** Ask the list to bring an event into view; `seq` makes a repeated jump to the same event count. */
export interface JumpRequest {
  eventIndex: number;
  seq: number;
}

interface EventListProps {
  rows: readonly ListRow[];
  issuesByEvent: ReadonlyMap<number, StreamIssue[]>;
  expanded: ReadonlySet<number>;
  onToggle: (eventIndex: number) => void;
  jump: JumpRequest | null;
}

// The first and last rows stay mounted: the stream's bounds (response.created, the terminal
// event) remain findable in the DOM whatever the scroll position; two rows cost nothing.
function withBounds(range: Range): number[] {
  const indexes = defaultRangeExtractor(range);
  if (range.count === 0) return indexes;
  const last = range.count - 1;
  const set = new Set([0, ...indexes, last]);
  return [...set].sort((a, b) => a - b);
}

/** The rows, virtualized: only what is on screen (plus a margin) is in the DOM. */
export function EventList({ rows, issuesByEvent, expanded, onToggle, jump }: EventListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);
  // The virtualizer is mutable by design; this component is not compiler-memoized, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => 25,
    overscan: 12,
    rangeExtractor: withBounds,
    getItemKey: (i) => {
      const row = rows[i];
      return !row ? i : row.kind === 'group' ? `g:${row.key}` : row.event.index;
    },
  });

  // Follow the tail while the user is at the bottom; leave them be once they scroll up.
  useLayoutEffect(() => {
    if (followRef.current && rows.length > 0)
      virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows.length, virtualizer]);

  useEffect(() => {
    if (!jump) return;
    const target = rows.findIndex((r) => r.kind === 'event' && r.event.index === jump.eventIndex);
    if (target < 0) return;
    followRef.current = false;
    virtualizer.scrollToIndex(target, { align: 'start' });
    // Rows are looked up at jump time only: later arrivals must not move the user again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump, virtualizer]);

  const onScroll = useCallback((el: HTMLDivElement) => {
    followRef.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
  }, []);

  return (
    <div
      ref={scrollerRef}
      className="h-full min-h-0 overflow-auto"
      data-testid="event-scroller"
      onScroll={(e) => onScroll(e.currentTarget)}
    >
      <ol className="relative font-mono" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const style = {
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${item.start}px)`,
          } as const;
          if (row.kind === 'group')
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                style={style}
                className="border-b border-zinc-200 bg-zinc-50 px-3 py-1 text-xs font-semibold dark:border-zinc-700 dark:bg-zinc-800"
                data-testid="event-group"
              >
                {row.label} <span className="font-normal text-zinc-500">({row.count})</span>
              </li>
            );
          return (
            <EventRow
              key={item.key}
              event={row.event}
              issues={issuesByEvent.get(row.event.index)}
              open={expanded.has(row.event.index)}
              onToggle={onToggle}
              rowIndex={item.index}
              style={style}
              measureRef={virtualizer.measureElement}
            />
          );
        })}
      </ol>
    </div>
  );
}
