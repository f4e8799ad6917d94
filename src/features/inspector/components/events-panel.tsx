import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { StreamIssue } from '@/api/events/stream-state.ts';
import { Panel } from '@/components/ui/panel.tsx';
import { TabList, TabPanel, type TabItem } from '@/components/ui/tabs.tsx';
import { useRunStore } from '@/stores/run-store.ts';
import { useThrottledEvents } from '@/stores/use-throttled-events.ts';
import {
  createErrorFinder,
  createTypeCounter,
  filterEvents,
  isFilterActive,
  noFilter,
  type EventFilter,
} from '../lib/event-filter.ts';
import { buildRows } from '../lib/event-groups.ts';
import { EventList, type JumpRequest } from './event-list.tsx';
import { EventsToolbar } from './events-toolbar.tsx';
import { RawView } from './raw-view.tsx';
import { StreamFileBar } from './stream-file-bar.tsx';

type View = 'events' | 'raw';
const VIEWS: readonly TabItem<View>[] = [
  { id: 'events', label: 'Events' },
  { id: 'raw', label: 'Raw' },
];

const STREAMING_REFRESH_MS = 250;

/** No row open: one object, so the memoized list sees the same prop on every render. */
const NONE_OPEN: ReadonlySet<number> = new Set();

/** The number of events so far, updated every frame (alone: the list above is throttled). */
function EventCount() {
  const count = useRunStore((s) => s.events.length);
  return (
    <span className="font-mono text-xs text-zinc-500" data-testid="event-count">
      ({count})
    </span>
  );
}

/** Shown while the list is empty, unless events have arrived and the list is yet to show them. */
function NoEventsYet() {
  const none = useRunStore((s) => s.events.length === 0);
  if (!none) return null;
  return (
    <p className="p-3 text-sm text-zinc-500">Raw server-sent events appear here as they arrive.</p>
  );
}

/** The region `Events`: every raw SSE event of the run, filterable, groupable, virtualized. */
export function EventsPanel() {
  const runId = useRunStore((s) => s.runId);
  // While a stream runs the list refreshes four times a second, not every frame: at instant pace
  // a frame brings a thousand events, and redrawing the list (its rows all new as it follows the
  // tail) took more of each frame than the text did. The count in the title is always the latest
  // (EventCount).
  const events = useThrottledEvents(STREAMING_REFRESH_MS);
  const issues = useRunStore((s) => s.stream.issues);
  const [view, setView] = useState<View>('events');
  const viewIds = useId();
  const [filter, setFilter] = useState<EventFilter>(noFilter);
  const [grouped, setGrouped] = useState(false);
  // Expanded rows and jumps belong to one run: keyed by runId so a new run starts closed.
  const [expanded, setExpanded] = useState<{ runId: number; set: ReadonlySet<number> }>({
    runId,
    set: new Set(),
  });
  const [jump, setJump] = useState<JumpRequest | null>(null);
  // Typing stays responsive on huge streams: the list catches up with the deferred text.
  const deferredFilter = useDeferredValue(filter);

  const issuesByEvent = useMemo(() => {
    const map = new Map<number, StreamIssue[]>();
    for (const issue of issues)
      map.set(issue.eventIndex, [...(map.get(issue.eventIndex) ?? []), issue]);
    return map;
  }, [issues]);
  // While a stream runs, each frame appends events: counts and the first error are updated from
  // the new events only, so a frame's work does not grow with the length of the stream.
  const [countTypes] = useState(createTypeCounter);
  const [findError] = useState(createErrorFinder);
  const counts = useMemo(() => countTypes(events), [countTypes, events]);
  const filtered = useMemo(() => filterEvents(events, deferredFilter), [events, deferredFilter]);
  const rows = useMemo(() => buildRows(filtered, grouped), [filtered, grouped]);
  const errorIndex = useMemo(() => findError(events, issues), [findError, events, issues]);
  const openSet = expanded.runId === runId ? expanded.set : NONE_OPEN;

  const onToggle = useCallback(
    (eventIndex: number) =>
      setExpanded((prev) => {
        const set = new Set(prev.runId === runId ? prev.set : []);
        if (set.has(eventIndex)) set.delete(eventIndex);
        else set.add(eventIndex);
        return { runId, set };
      }),
    [runId],
  );

  const jumpToError = () => {
    if (errorIndex === null) return;
    // A filter that hides the error would make the jump land nowhere: clear it.
    if (!filtered.some((e) => e.index === errorIndex)) setFilter(noFilter);
    setView('events');
    setExpanded({ runId, set: new Set([...openSet, errorIndex]) });
    setJump((prev) => ({ eventIndex: errorIndex, seq: (prev?.seq ?? 0) + 1 }));
  };

  return (
    <Panel
      label="Events"
      title={
        <span>
          Events <EventCount />
          {isFilterActive(deferredFilter) && (
            <span className="ml-1 text-xs text-zinc-500" data-testid="event-shown-count">
              {filtered.length} shown
            </span>
          )}
          {issues.length > 0 && (
            <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">
              {issues.length} findings
            </span>
          )}
        </span>
      }
      actions={<StreamFileBar />}
    >
      <div className="flex h-full min-h-0 flex-col">
        <TabList
          label="events view"
          tabs={VIEWS}
          selected={view}
          onSelect={setView}
          idPrefix={viewIds}
          size="xs"
          className="px-2"
        />
        <TabPanel idPrefix={viewIds} selected={view} className="flex min-h-0 flex-1 flex-col">
          {view === 'raw' ? (
            <RawView />
          ) : (
            <>
              <EventsToolbar
                counts={counts}
                filter={filter}
                onFilterChange={setFilter}
                grouped={grouped}
                onGroupedChange={setGrouped}
                onJumpToError={errorIndex === null ? null : jumpToError}
              />
              <EventList
                rows={rows}
                issuesByEvent={issuesByEvent}
                expanded={openSet}
                onToggle={onToggle}
                jump={jump}
                placeholder={events.length === 0 && <NoEventsYet />}
              />
            </>
          )}
        </TabPanel>
      </div>
    </Panel>
  );
}
