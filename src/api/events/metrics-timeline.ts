import { createColumns, EVENT_KINDS, type EventColumns } from './event-columns.ts';
import type { EventKind } from './event-kind.ts';
import type { ReceivedEvent } from './parse-event.ts';

export interface TimelineBucket {
  /** Start of the bucket, ms since Send. */
  from: number;
  /** Events per kind in this bucket. */
  counts: Record<EventKind, number>;
  /** Sum of delta string lengths per kind. */
  sizes: Record<EventKind, number>;
}

export interface Timeline {
  /** ms covered, from 0 (Send) to the last event. */
  span: number;
  bucketWidth: number;
  /** Only the non-empty buckets, in time order. */
  buckets: TimelineBucket[];
  maxSize: number;
}

const KINDS = EVENT_KINDS.length;

function record(values: Float64Array, offset: number): Record<EventKind, number> {
  const out = {} as Record<EventKind, number>;
  EVENT_KINDS.forEach((kind, code) => (out[kind] = values[offset + code] ?? 0));
  return out;
}

/** Groups events into at most `maxBuckets` equal time slices, so drawing costs O(buckets). */
export function bucketColumns(columns: EventColumns, maxBuckets = 400): Timeline {
  const n = columns.length;
  const span = Math.max(n > 0 ? (columns.at[n - 1] ?? 0) : 0, 1);
  const count = Math.max(1, Math.min(maxBuckets, n));
  const bucketWidth = span / count;
  // Flat per-bucket, per-kind tallies: one tight loop over typed arrays, no object per event.
  const counts = new Float64Array(count * KINDS);
  const sizes = new Float64Array(count * KINDS);
  for (let i = 0; i < n; i++) {
    const index = Math.min(count - 1, Math.max(0, Math.floor((columns.at[i] ?? 0) / bucketWidth)));
    const slot = index * KINDS + (columns.kind[i] ?? 0);
    counts[slot] = (counts[slot] ?? 0) + 1;
    sizes[slot] = (sizes[slot] ?? 0) + (columns.size[i] ?? 0);
  }
  const buckets: TimelineBucket[] = [];
  let maxSize = 0;
  for (let index = 0; index < count; index++) {
    const offset = index * KINDS;
    let events = 0;
    for (let code = 0; code < KINDS; code++) {
      events += counts[offset + code] ?? 0;
      maxSize = Math.max(maxSize, sizes[offset + code] ?? 0);
    }
    if (events > 0)
      buckets.push({
        from: index * bucketWidth,
        counts: record(counts, offset),
        sizes: record(sizes, offset),
      });
  }
  return { span, bucketWidth, buckets, maxSize };
}

/** The timeline of a list that grows while a stream runs: each call reads only the new events. */
export function createTimeline(
  columnsOf = createColumns(),
): (events: readonly ReceivedEvent[], maxBuckets?: number) => Timeline {
  return (events, maxBuckets) => bucketColumns(columnsOf(events), maxBuckets);
}

export function bucketEvents(events: readonly ReceivedEvent[], maxBuckets = 400): Timeline {
  return createTimeline()(events, maxBuckets);
}
