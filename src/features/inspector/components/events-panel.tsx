import { useLayoutEffect, useMemo, useRef } from 'react';
import type { StreamIssue } from '@/api/events/stream-state.ts';
import { Panel } from '@/components/ui/panel.tsx';
import { useRunStore } from '@/stores/run-store.ts';
import { EventRow } from './event-row.tsx';

/** The region `Events`: every raw SSE event of the run, in arrival order. */
export function EventsPanel() {
  const events = useRunStore((s) => s.events);
  const issues = useRunStore((s) => s.stream.issues);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);

  const issuesByEvent = useMemo(() => {
    const map = new Map<number, StreamIssue[]>();
    for (const issue of issues)
      map.set(issue.eventIndex, [...(map.get(issue.eventIndex) ?? []), issue]);
    return map;
  }, [issues]);

  // Follow the tail while the user is at the bottom; leave them be once they scroll up.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller && followRef.current) scroller.scrollTop = scroller.scrollHeight;
  }, [events.length]);

  return (
    <Panel
      label="Events"
      title={
        <span>
          Events{' '}
          <span className="font-mono text-xs text-zinc-500" data-testid="event-count">
            ({events.length})
          </span>
          {issues.length > 0 && (
            <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">
              {issues.length} findings
            </span>
          )}
        </span>
      }
    >
      {events.length === 0 ? (
        <p className="p-3 text-sm text-zinc-500">
          Raw server-sent events appear here as they arrive.
        </p>
      ) : (
        <div
          ref={scrollerRef}
          className="h-full overflow-auto"
          onScroll={(e) => {
            const el = e.currentTarget;
            followRef.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
          }}
        >
          <ol className="font-mono">
            {events.map((event) => (
              <EventRow key={event.index} event={event} issues={issuesByEvent.get(event.index)} />
            ))}
          </ol>
        </div>
      )}
    </Panel>
  );
}
