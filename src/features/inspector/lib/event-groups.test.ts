import { describe, expect, it } from 'vitest';
import { parseEventData } from '@/api/events/parse-event.ts';
import { buildRows, groupKeyOf, type RowList } from './event-groups.ts';

const all = (rows: RowList) => Array.from({ length: rows.length }, (_, i) => rows.at(i)!);

const ev = (index: number, payload: Record<string, unknown>) =>
  parseEventData(index, undefined, JSON.stringify(payload), index);

const events = [
  ev(0, { type: 'response.created' }),
  ev(1, { type: 'response.output_item.added', output_index: 0, item: { id: 'msg_1' } }),
  ev(2, {
    type: 'response.output_text.delta',
    output_index: 0,
    item_id: 'msg_1',
    content_index: 0,
  }),
  ev(3, { type: 'response.output_item.added', output_index: 1, item: { id: 'fc_1' } }),
  ev(4, {
    type: 'response.output_text.delta',
    output_index: 0,
    item_id: 'msg_1',
    content_index: 0,
  }),
  ev(5, { type: 'response.completed' }),
];

describe('grouping by item', () => {
  it('keys by output_index, item id and content_index', () => {
    expect(groupKeyOf(events[0]!)).toBe('response');
    expect(groupKeyOf(events[1]!)).toBe('output_index 0 · msg_1');
    expect(groupKeyOf(events[2]!)).toBe('output_index 0 · msg_1 · content_index 0');
  });

  it('is flat and in order when off', () => {
    const rows = all(buildRows(events, false));
    expect(rows.map((r) => (r.kind === 'event' ? r.event.index : -1))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts a header before each group, groups in order of first appearance', () => {
    const rows = all(buildRows(events, true)).map((r) =>
      r.kind === 'group' ? `# ${r.label} (${r.count})` : r.event.index,
    );
    expect(rows).toEqual([
      '# response (2)',
      0,
      5,
      '# output_index 0 · msg_1 (1)',
      1,
      '# output_index 0 · msg_1 · content_index 0 (2)',
      2,
      4,
      '# output_index 1 · fc_1 (1)',
      3,
    ]);
  });
});
