import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketEvents, createTimeline } from './metrics-timeline.ts';
import { createColumns } from './event-columns.ts';
import { createEventStats, eventStats, gapStatsOf } from './metrics.ts';
import { receivedEvent } from '../../test/received-event.ts';
import type { ReceivedEvent } from './parse-event.ts';

const TYPES = [
  'response.created',
  'response.output_text.delta',
  'response.reasoning_text.delta',
  'response.function_call_arguments.delta',
  'response.output_item.done',
  'response.completed',
  'error',
];

const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  gap: fc.double({ min: 0, max: 50, noNaN: true }),
  delta: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  broken: fc.boolean(),
});

/** Events with rising arrival times; some unparseable, some with a delta string. */
function build(specs: { type: string; gap: number; delta?: string; broken: boolean }[]) {
  let at = 0;
  return specs.map(({ type, gap, delta, broken }, index): ReceivedEvent => {
    at += gap;
    const event = receivedEvent(index, type, at, delta);
    return broken && index % 5 === 0 ? { ...event, parseError: 'bad JSON' } : event;
  });
}

/** The list as a stream grows it: a new array per batch, the same event objects. */
function batches(events: ReceivedEvent[], cuts: number[]): ReceivedEvent[][] {
  const ends = [...new Set(cuts.map((c) => Math.min(c, events.length)))].sort((a, b) => a - b);
  return [...ends, events.length].map((end) => events.slice(0, end));
}

describe('metrics over a growing list', () => {
  it('reading the new events only gives what a pass over the whole list gives', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 6 }),
        fc.array(fc.boolean(), { maxLength: 7 }),
        (specs, cuts, advances) => {
          const events = build(specs);
          // One columns reader shared by both, as the metrics panel has it.
          const columnsOf = createColumns();
          const { advance, statsOf } = createEventStats(columnsOf);
          const timelineOf = createTimeline(columnsOf);
          const lists = batches(events, cuts);
          for (const [i, list] of lists.entries()) {
            // Some batches are only read ahead, as the panel does every frame between renders.
            if (advances[i]) {
              advance(list);
              // A render that lands a frame late asks about the list as it was: it gets the
              // figures of all that was read.
              const earlier = lists[i - 1];
              if (earlier?.length) {
                expect(statsOf(earlier)).toEqual(eventStats(list));
                expect(timelineOf(earlier, 13)).toEqual(bucketEvents(list, 13));
              }
              continue;
            }
            expect(statsOf(list)).toEqual(eventStats(list));
            expect(timelineOf(list, 13)).toEqual(bucketEvents(list, 13));
          }
          expect(statsOf(events)).toEqual(eventStats(events));
          expect(timelineOf(events, 13)).toEqual(bucketEvents(events, 13));
        },
      ),
    );
  });

  it('starts over for another list (a new run), not carrying the last one on', () => {
    const first = build([
      { type: 'response.completed', gap: 5, broken: false },
      { type: 'response.output_text.delta', gap: 5, delta: 'abc', broken: false },
    ]);
    const second = build([
      { type: 'response.output_text.delta', gap: 9, delta: 'z', broken: false },
    ]);
    const { statsOf } = createEventStats();
    const timelineOf = createTimeline();
    statsOf(first);
    timelineOf(first);
    expect(statsOf(second)).toEqual(eventStats(second));
    expect(statsOf(second).scan.terminal).toBeUndefined();
    expect(timelineOf(second)).toEqual(bucketEvents(second));
  });

  it('counts each event once when the same list is asked again', () => {
    const events = build(
      Array.from({ length: 300 }, () => ({
        type: 'response.output_text.delta',
        gap: 1,
        delta: 'ab',
        broken: false,
      })),
    );
    const { advance, statsOf } = createEventStats();
    const timelineOf = createTimeline();
    advance(events.slice(0, 50));
    statsOf(events.slice(0, 100));
    timelineOf(events.slice(0, 100));
    const stats = statsOf(events);
    expect(statsOf(events)).toEqual(stats);
    expect(stats.scan.deltas).toBe(300);
    const sizes = timelineOf(events).buckets.reduce((n, b) => n + b.sizes.text, 0);
    expect(sizes).toBe(600);
  });
});

describe('gapStatsOf', () => {
  it('gives the nearest-rank p50 and p95 and the largest of the gaps, as a full sort does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 80 }),
        (steps) => {
          const at = new Float64Array(steps.length + 3);
          steps.reduce((t, step, i) => (at[i] = t + step), 0);
          const gaps = steps.slice(1).sort((a, b) => a - b);
          const rank = (p: number) => gaps[Math.max(1, Math.ceil((p / 100) * gaps.length)) - 1];
          expect(gapStatsOf(at, steps.length)).toEqual({
            p50: rank(50),
            p95: rank(95),
            max: gaps.at(-1),
          });
        },
      ),
    );
  });
});
