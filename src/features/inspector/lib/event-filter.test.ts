import { describe, expect, it } from 'vitest';
import { parseEventData } from '@/api/events/parse-event.ts';
import {
  countByType,
  createErrorFinder,
  createTypeCounter,
  filterEvents,
  firstErrorIndex,
  noFilter,
} from './event-filter.ts';

const ev = (index: number, payload: Record<string, unknown>) =>
  parseEventData(index, undefined, JSON.stringify(payload), index);

const events = [
  ev(0, { type: 'response.created' }),
  ev(1, { type: 'response.output_text.delta', delta: 'Hello' }),
  ev(2, { type: 'response.output_text.delta', delta: 'World' }),
  ev(3, { type: 'error', message: 'boom' }),
  ev(4, { type: 'response.failed' }),
];

describe('event filters', () => {
  it('counts each type in order of first appearance', () => {
    expect([...countByType(events)]).toEqual([
      ['response.created', 1],
      ['response.output_text.delta', 2],
      ['error', 1],
      ['response.failed', 1],
    ]);
  });

  it('returns the same array when no filter is active', () => {
    expect(filterEvents(events, noFilter)).toBe(events);
  });

  it('hides unticked types and matches text in the type or payload, case-insensitively', () => {
    const hidden = new Set(['response.created', 'error', 'response.failed']);
    expect(filterEvents(events, { hiddenTypes: hidden, text: '' }).map((e) => e.index)).toEqual([
      1, 2,
    ]);
    expect(filterEvents(events, { hiddenTypes: new Set(), text: 'world' })).toEqual([events[2]]);
    expect(filterEvents(events, { hiddenTypes: new Set(), text: 'FAILED' })).toEqual([events[4]]);
  });

  it('finds the first error, failure or issue', () => {
    expect(firstErrorIndex(events, [])).toBe(3);
    expect(firstErrorIndex(events, [{ kind: 'sequence-gap', eventIndex: 1, message: 'm' }])).toBe(
      1,
    );
    expect(firstErrorIndex(events.slice(0, 3), [])).toBeNull();
  });
});

describe('incremental counts and first error (a growing stream)', () => {
  it('counts like countByType as the list grows, and starts over for another list', () => {
    const count = createTypeCounter();
    const first = count(events.slice(0, 2));
    expect([...first]).toEqual([...countByType(events.slice(0, 2))]);
    const grown = count(events);
    expect([...grown]).toEqual([...countByType(events)]);
    expect(grown).not.toBe(first);
    expect([...first]).toEqual([...countByType(events.slice(0, 2))]);
    const other = [ev(0, { type: 'error' })];
    expect([...count(other)]).toEqual([['error', 1]]);
  });

  it('finds the first error like firstErrorIndex as the list grows', () => {
    const find = createErrorFinder();
    expect(find(events.slice(0, 3), [])).toBeNull();
    expect(find(events, [])).toBe(3);
    expect(find(events, [{ kind: 'sequence-gap', eventIndex: 1, message: 'm' }])).toBe(1);
    const other = [ev(0, { type: 'response.created' })];
    expect(find(other, [])).toBeNull();
  });
});
