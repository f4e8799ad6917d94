import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createColumns } from '@/api/events/event-columns.ts';
import { createTimeline } from '@/api/events/metrics-timeline.ts';
import { createEventStats, metricsFrom, type StreamMetrics } from '@/api/events/metrics.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { useThrottledEvents } from '@/stores/use-throttled-events.ts';
import { useUiStore } from '@/stores/ui-store.ts';
import { TimelineSvg } from './timeline-svg.tsx';

// Metrics and the timeline are computed over every event: while a stream runs they refresh twice
// a second, not every frame (figures nobody can read at 60 Hz); at the end, at once. Not in step
// with the Events list (four times a second), so the two never load the same frame.
const STREAMING_REFRESH_MS = 500;

const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

function tokensPerSecond(m: StreamMetrics): string {
  if (m.tokensPerSecond === null) return '–';
  const rate = `${m.tokensPerSecond.toFixed(1)} tokens/s`;
  const notes = [
    m.tokensSource === 'delta-count' ? 'delta events, no usage' : null,
    m.tokensWindow === 'whole-run' ? 'over the whole run: deltas came at once' : null,
  ].filter((n) => n !== null);
  const prefix = m.tokensSource === 'delta-count' ? '≈ ' : '';
  return notes.length ? `${prefix}${rate} (${notes.join('; ')})` : rate;
}

function rows(m: StreamMetrics, stalled: boolean): [string, string][] {
  const u = m.usage;
  return [
    ['TTFB', ms(m.ttfb)],
    ['first event', ms(m.firstEvent)],
    ['first text delta', ms(m.firstTextDelta)],
    ['first reasoning', ms(m.firstReasoning)],
    ['first tool event', ms(m.firstTool)],
    ['total', ms(m.total)],
    ['output speed', tokensPerSecond(m)],
    [
      'gaps p50 / p95 / max',
      m.gaps ? `${ms(m.gaps.p50)} / ${ms(m.gaps.p95)} / ${ms(m.gaps.max)}` : '–',
    ],
    ['events', String(m.eventCount)],
    [
      'usage',
      u
        ? `in ${u.input} (cached ${u.cached}) · out ${u.output} (reasoning ${u.reasoning}) · total ${u.total}`
        : '–',
    ],
    ['stalled', stalled ? 'yes' : 'no'],
  ];
}

function StallSetting() {
  const id = useId();
  const stallSeconds = useUiStore((s) => s.stallSeconds);
  const stallSecondsChanged = useUiStore((s) => s.stallSecondsChanged);
  return (
    <label htmlFor={id} className="flex items-center gap-1 text-[11px] text-zinc-500">
      stall notice after (s)
      <input
        id={id}
        type="number"
        min={1}
        step={1}
        value={stallSeconds}
        onChange={(e) => stallSecondsChanged(e.currentTarget.valueAsNumber)}
        className="w-14 rounded border border-zinc-300 bg-transparent px-1 py-0.5 font-mono dark:border-zinc-700"
      />
    </label>
  );
}

/** Timings, speed, gaps and usage of the run, and a timeline of its events. Collapsible. */
export function MetricsPanel() {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const { timings, usage, stalled } = useRunStore(
    useShallow((s) => ({
      timings: s.timings,
      usage: s.stream.response?.usage,
      stalled: s.stalled,
    })),
  );
  const events = useThrottledEvents(STREAMING_REFRESH_MS);
  // `events` is a new array only when events were appended: the pass over them is redone only
  // then, not when the timings or the usage change (three times as a run ends), and over the
  // appended events only.
  const [{ advance, statsOf, timelineOf }] = useState(() => {
    const columnsOf = createColumns();
    return { ...createEventStats(columnsOf), timelineOf: createTimeline(columnsOf) };
  });
  // While a stream runs, each frame's new events are read as they arrive, though the panel
  // renders only twice a second: a fast stream's end then finds them read (by code the stream
  // kept warm) instead of reading all of them, cold, in the frame that ends the run.
  useEffect(
    () =>
      useRunStore.subscribe((s) => {
        if (s.phase === 'streaming') advance(s.events);
      }),
    [advance],
  );
  const stats = useMemo(() => statsOf(events), [statsOf, events]);
  const metrics = useMemo(() => metricsFrom(stats, timings, usage), [stats, timings, usage]);
  const timeline = useMemo(() => (open ? timelineOf(events) : null), [timelineOf, events, open]);
  if (events.length === 0) return null;

  return (
    <section
      aria-label="Metrics"
      className="@container rounded-md border border-zinc-200 text-xs dark:border-zinc-800"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 px-2 py-1">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
          className="font-semibold"
        >
          {open ? '▾' : '▸'} Metrics
        </button>
        <StallSetting />
      </header>
      {open && timeline && (
        <div
          id={bodyId}
          className="flex flex-col gap-2 border-t border-zinc-200 p-2 dark:border-zinc-800"
        >
          {/* Two pairs a row only when the panel itself is wide enough (the Response column is narrow
              on a wide screen, so the viewport's width says nothing). */}
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 @lg:grid-cols-[max-content_1fr_max-content_1fr]">
            {rows(metrics, stalled).map(([label, value]) => (
              <div key={label} className="contents" data-testid={`metric-${label}`}>
                <dt className="text-zinc-500">{label}</dt>
                <dd className="font-mono break-words">{value}</dd>
              </div>
            ))}
          </dl>
          <TimelineSvg timeline={timeline} total={stats.count} />
        </div>
      )}
    </section>
  );
}
