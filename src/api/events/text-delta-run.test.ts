import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../test/reference.ts';
import { parseEventData, type ReceivedEvent } from './parse-event.ts';
import { reduceEvent, reduceEvents } from './reduce-event.ts';
import { initialStreamState } from './stream-state.ts';

const oneByOne = (events: readonly ReceivedEvent[]) =>
  events.reduce(reduceEvent, initialStreamState);

function eventsOf(text: string): ReceivedEvent[] {
  const events: ReceivedEvent[] = [];
  const parser = createParser({
    onEvent: (m) => events.push(parseEventData(events.length, m.event, m.data, 0)),
  });
  parser.feed(`${text}\n\n`);
  return events;
}

describe('reducing runs of text deltas at once', () => {
  const dir = `${REFERENCE_DIR}/sse`;
  it.each(readdirSync(dir).filter((f) => f.endsWith('.sse')))(
    '%s: reduceEvents gives the state event-by-event reduction gives',
    (file) => {
      const events = eventsOf(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(reduceEvents(initialStreamState, events)).toEqual(oneByOne(events));
    },
  );

  /** A run of deltas sharing where they point (the fast path), each with its own seq and text. */
  const deltaRun = fc.record({
    kind: fc.constant('deltas' as const),
    outputIndex: fc.constantFrom(0, 0, 0, 1, 5),
    itemId: fc.constantFrom('msg_a', 'msg_a', 'msg_b', undefined),
    contentIndex: fc.constantFrom(0, 0, 1, -1),
    name: fc.constantFrom(undefined, undefined, 'response.output_text.delta', 'other'),
    each: fc.array(
      fc.record({
        delta: fc.oneof({ weight: 9, arbitrary: fc.string({ maxLength: 3 }) }, fc.constant(7)),
        seq: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined, freq: 8 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  });
  /** Everything else a stream may interleave, including data that is not JSON. */
  const other = fc.record({
    kind: fc.constantFrom('added' as const, 'part' as const, 'bad' as const),
    seq: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    outputIndex: fc.constantFrom(0, 1),
  });
  const segment = fc.oneof({ weight: 3, arbitrary: deltaRun }, other);

  type Segment = typeof segment extends fc.Arbitrary<infer T> ? T : never;

  function toEvents(segments: Segment[]): ReceivedEvent[] {
    const events: ReceivedEvent[] = [];
    const push = (payload: Record<string, unknown>, seq?: number, name?: string) => {
      if (seq !== undefined) payload.sequence_number = seq;
      events.push(parseEventData(events.length, name, JSON.stringify(payload), events.length));
    };
    for (const spec of segments) {
      if (spec.kind === 'deltas') {
        for (const { delta, seq } of spec.each)
          push(
            {
              type: 'response.output_text.delta',
              output_index: spec.outputIndex,
              item_id: spec.itemId,
              content_index: spec.contentIndex,
              delta,
            },
            seq,
            spec.name,
          );
      } else if (spec.kind === 'bad') {
        events.push(parseEventData(events.length, undefined, '{not json', events.length));
      } else if (spec.kind === 'added') {
        const id = spec.outputIndex ? 'msg_b' : 'msg_a';
        push(
          {
            type: 'response.output_item.added',
            output_index: spec.outputIndex,
            item: { id, type: 'message', content: [] },
          },
          spec.seq,
        );
      } else {
        push(
          {
            type: 'response.content_part.added',
            output_index: 0,
            content_index: 0,
            part: { type: 'output_text', text: '' },
          },
          spec.seq,
        );
      }
    }
    return events;
  }

  it('gives the same state as event-by-event reduction, however the events are batched', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(segment, { maxLength: 12 }),
        fc.array(fc.nat({ max: 60 }), { maxLength: 5 }),
        (startsWithItem, segments, cuts) => {
          const first = { kind: 'added', seq: 0, outputIndex: 0 } as const;
          const events = toEvents(startsWithItem ? [first, ...segments] : segments);
          const bounds = [
            0,
            ...cuts.map((c) => Math.min(c, events.length)).sort((a, b) => a - b),
            events.length,
          ];
          let state = initialStreamState;
          for (let i = 1; i < bounds.length; i++)
            state = reduceEvents(state, events.slice(bounds[i - 1], bounds[i]));
          expect(state).toEqual(oneByOne(events));
        },
      ),
      { numRuns: 500 },
    );
  });
});
