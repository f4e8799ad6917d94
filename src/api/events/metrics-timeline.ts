import { deltaSize, eventKind, type EventKind } from './metrics.ts';
import type { ReceivedEvent } from './parse-event.ts';

export const EVENT_KINDS: readonly EventKind[] = [
  'lifecycle',
  'text',
  'reasoning',
  'tool',
  'error',
];

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

const zero = (): Record<EventKind, number> => ({
  lifecycle: 0,
  text: 0,
  reasoning: 0,
  tool: 0,
  error: 0,
});

/** Groups events into at most `maxBuckets` equal time slices, so drawing costs O(buckets). */
export function bucketEvents(events: readonly ReceivedEvent[], maxBuckets = 400): Timeline {
  const last = events[events.length - 1];
  const span = Math.max(last?.at ?? 0, 1);
  const count = Math.max(1, Math.min(maxBuckets, events.length));
  const bucketWidth = span / count;
  const byIndex = new Map<number, TimelineBucket>();
  let maxSize = 0;
  for (const event of events) {
    const index = Math.min(count - 1, Math.max(0, Math.floor(event.at / bucketWidth)));
    let bucket = byIndex.get(index);
    if (!bucket) {
      bucket = { from: index * bucketWidth, counts: zero(), sizes: zero() };
      byIndex.set(index, bucket);
    }
    const kind = eventKind(event);
    bucket.counts[kind] += 1;
    bucket.sizes[kind] += deltaSize(event);
    maxSize = Math.max(maxSize, bucket.sizes[kind]);
  }
  const buckets = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  return { span, bucketWidth, buckets, maxSize };
}
