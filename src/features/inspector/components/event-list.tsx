import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { StreamIssue } from '@/api/events/stream-state.ts';
import type { RowList } from '../lib/event-groups.ts';
import { EVENT_ROW_PX, EventRow } from './event-row.tsx';

/** A group header's fixed height (its class below sets it). */
const GROUP_ROW_PX = 25;

/** Ask the list to bring an event into view; `seq` makes a repeated jump to the same event count. */
export interface JumpRequest {
  eventIndex: number;
  seq: number;
}

interface EventListProps {
  rows: RowList;
  issuesByEvent: ReadonlyMap<number, StreamIssue[]>;
  expanded: ReadonlySet<number>;
  onToggle: (eventIndex: number) => void;
  jump: JumpRequest | null;
  /** Shown while there are no rows. */
  placeholder?: ReactNode;
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

/**
 * The rows, virtualized: only what is on screen (plus a margin) is in the DOM. Memoized: the
 * panel re-renders for the stream's findings and its own controls, the list only when its rows
 * (or open rows) change. It stays mounted while there are no rows: mounting measures the
 * scroller (a forced layout of the whole page), which must not happen in the first frame of a
 * stream.
 */
export const EventList = memo(function EventList({
  rows,
  issuesByEvent,
  expanded,
  onToggle,
  jump,
  placeholder,
}: EventListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);
  // Closed rows have a fixed height, so they are never measured (measuring each row that scrolls
  // in forces a layout per frame); an open row is keyed apart and measured, and closing it
  // brings back the fixed size. Both callbacks are stable between renders: a new one makes the
  // virtualizer recompute every position (100,000 rows) on each scroll frame. That key is the
  // virtualizer's only: React keys a row by its event, so opening or closing it does not remount
  // it and the focused button keeps focus (a remount would drop it to <body>).
  const getItemKey = useCallback(
    (i: number) => {
      const eventIndex = rows.eventIndexAt(i);
      if (eventIndex !== null) return expanded.has(eventIndex) ? `open:${eventIndex}` : eventIndex;
      const row = rows.at(i);
      return row?.kind === 'group' ? `g:${row.key}` : i;
    },
    [rows, expanded],
  );
  const estimateSize = useCallback(
    (i: number) => (rows.eventIndexAt(i) === null ? GROUP_ROW_PX : EVENT_ROW_PX),
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    overscan: 12,
    rangeExtractor: withBounds,
    getItemKey,
  });

  // Follow the tail while the user is at the bottom; leave them be once they scroll up. Scrolled
  // at the start of the next frame, when layout is clean: scrolling right after a commit would
  // force a layout of the whole page in the middle of every frame of a stream.
  useEffect(() => {
    if (!followRef.current || rows.length === 0) return;
    const frame = requestAnimationFrame(() => {
      const scroller = scrollerRef.current;
      if (scroller && followRef.current) scroller.scrollTop = scroller.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [rows.length]);

  useEffect(() => {
    if (!jump) return;
    let target = -1;
    for (let i = 0; i < rows.length && target < 0; i++) {
      const row = rows.at(i);
      if (row?.kind === 'event' && row.event.index === jump.eventIndex) target = i;
    }
    if (target < 0) return;
    followRef.current = false;
    virtualizer.scrollToIndex(target, { align: 'start' });
    // Rows are looked up at jump time only: later arrivals must not move the user again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump, virtualizer]);

  // Reaching the bottom follows the tail, scrolling up stops it. Rows added between a scroll and
  // its event must not count as the user leaving the tail: only the direction is looked at.
  const lastTopRef = useRef(0);
  const onScroll = useCallback((el: HTMLDivElement) => {
    if (el.scrollHeight - el.scrollTop - el.clientHeight < 40) followRef.current = true;
    else if (el.scrollTop < lastTopRef.current) followRef.current = false;
    lastTopRef.current = el.scrollTop;
  }, []);

  return (
    // Contained: rows coming and going while scrolling never relayout or repaint the page around.
    <div
      ref={scrollerRef}
      className="h-full min-h-0 overflow-auto [contain:strict]"
      data-testid="event-scroller"
      onScroll={(e) => onScroll(e.currentTarget)}
    >
      {rows.length === 0 && placeholder}
      <ol className="relative font-mono" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows.at(item.index);
          if (!row) return null;
          if (row.kind === 'group')
            return (
              <li
                key={item.key}
                data-index={item.index}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: GROUP_ROW_PX,
                  transform: `translateY(${item.start}px)`,
                }}
                className="truncate border-b border-zinc-200 bg-zinc-50 px-3 py-1 text-xs font-semibold dark:border-zinc-700 dark:bg-zinc-800"
                data-testid="event-group"
              >
                {row.label} <span className="font-normal text-zinc-500">({row.count})</span>
              </li>
            );
          const open = expanded.has(row.event.index);
          return (
            <EventRow
              key={row.event.index}
              event={row.event}
              issues={issuesByEvent.get(row.event.index)}
              open={open}
              onToggle={onToggle}
              rowIndex={item.index}
              top={item.start}
              measureRef={open ? virtualizer.measureElement : undefined}
            />
          );
        })}
      </ol>
    </div>
  );
});
