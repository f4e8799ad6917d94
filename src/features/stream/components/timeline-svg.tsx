import { memo } from 'react';
import type { EventKind } from '@/api/events/event-kind.ts';
import { EVENT_KINDS } from '@/api/events/event-columns.ts';
import type { Timeline } from '@/api/events/metrics-timeline.ts';

const WIDTH = 400;
const HEIGHT = 48;
const TICK = 4;

const kindStyles: Record<EventKind, { label: string; fill: string; swatch: string }> = {
  lifecycle: { label: 'lifecycle', fill: 'fill-zinc-400', swatch: 'bg-zinc-400' },
  text: { label: 'text delta', fill: 'fill-sky-500', swatch: 'bg-sky-500' },
  reasoning: { label: 'reasoning', fill: 'fill-violet-500', swatch: 'bg-violet-500' },
  tool: { label: 'tool', fill: 'fill-amber-500', swatch: 'bg-amber-500' },
  error: { label: 'error', fill: 'fill-red-500', swatch: 'bg-red-500' },
};

function summary(timeline: Timeline, total: number): string {
  const counts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const bucket of timeline.buckets) {
    for (const kind of EVENT_KINDS) counts[kind] += bucket.counts[kind];
  }
  const parts = EVENT_KINDS.filter((k) => counts[k] > 0).map(
    (k) => `${counts[k]} ${kindStyles[k].label}`,
  );
  return `Timeline of ${total} events over ${Math.round(timeline.span)} ms: ${parts.join(', ')}`;
}

/** Each kind's bars as one path: a rectangle per bucket (`M x y h w v h h -w z`). */
function barPaths(timeline: Timeline): { kind: EventKind; d: string; bars: number }[] {
  const scale = timeline.span > 0 ? WIDTH / timeline.span : 0;
  const width = Math.max(1, timeline.bucketWidth * scale);
  const room = HEIGHT - TICK;
  const parts = new Map<EventKind, string[]>(EVENT_KINDS.map((kind) => [kind, []]));
  const r = (n: number) => Math.round(n * 100) / 100;
  for (const bucket of timeline.buckets) {
    let y = HEIGHT;
    const x = r(bucket.from * scale);
    for (const kind of EVENT_KINDS) {
      if (bucket.counts[kind] === 0) continue;
      const size = bucket.sizes[kind];
      const h =
        size > 0 && timeline.maxSize > 0 ? Math.max(TICK, (size / timeline.maxSize) * room) : TICK;
      y -= h;
      const top = Math.max(0, y);
      parts.get(kind)?.push(`M${x} ${r(top)}h${r(width)}v${r(y + h - top)}h${r(-width)}z`);
    }
  }
  return EVENT_KINDS.map((kind) => {
    const bars = parts.get(kind) ?? [];
    return { kind, d: bars.join(''), bars: bars.length };
  }).filter((p) => p.bars > 0);
}

/**
 * Events over time, drawn from at most a few hundred buckets: one bar per kind per bucket,
 * stacked; its height is the bucket's delta size (a small tick for events without a delta).
 * A path per kind holds all its bars: five elements, not hundreds, to update as the buckets
 * move with every refresh of a stream. Memoized: drawn again only when its buckets change.
 */
export const TimelineSvg = memo(function TimelineSvg({
  timeline,
  total,
}: {
  timeline: Timeline;
  total: number;
}) {
  return (
    <div className="flex flex-col gap-1">
      <svg
        role="img"
        aria-label={summary(timeline, total)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-12 w-full rounded bg-zinc-50 dark:bg-zinc-950"
        data-testid="timeline-svg"
      >
        {barPaths(timeline).map(({ kind, d, bars }) => (
          <path key={kind} d={d} className={kindStyles[kind].fill} data-bars={bars} />
        ))}
      </svg>
      <ul
        className="flex flex-wrap gap-x-3 text-[11px] text-zinc-600 dark:text-zinc-400"
        aria-label="legend"
      >
        {EVENT_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <span
              aria-hidden
              className={`inline-block size-2 rounded-sm ${kindStyles[kind].swatch}`}
            />
            {kindStyles[kind].label}
          </li>
        ))}
      </ul>
    </div>
  );
});
