import type { ResponseOutputMessage } from 'openai/resources/responses/responses';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createColumns } from '@/api/events/event-columns.ts';
import { createTimeline } from '@/api/events/metrics-timeline.ts';
import { createEventStats } from '@/api/events/metrics.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import { whenIdle } from '@/lib/idle.ts';
import { OutputItemView } from './output-item-view.tsx';

/** One of each construct the renderer meets (GFM table, lists, code, quote, links, strike). */
const SAMPLE = [
  '# Heading',
  'Some *emphasis*, **strong**, `code`, ~~strike~~ and a [link](https://example.com).',
  'A paragraph of plain prose, as most of an answer is.',
  '- item\n- item\n  - nested',
  '1. one\n2. two',
  '> a quote',
  '```ts\nconst a = 1;\n```',
  '| a | b |\n| - | -: |\n| 1 | 2 |',
  'https://example.com and <https://example.org>',
].join('\n\n');

const message = (text: string, status: 'in_progress' | 'completed'): ResponseOutputMessage => ({
  type: 'message',
  id: 'msg_warm_up',
  role: 'assistant',
  status,
  content: [{ type: 'output_text', text, annotations: [] }],
});

/** A stream's worth of events for the metrics: mostly text deltas, as a long answer is. */
function sampleEvents(count: number): ReceivedEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const type = index % 50 === 0 ? 'response.output_item.added' : 'response.output_text.delta';
    return {
      index,
      name: type,
      type,
      at: index / 8,
      sequenceNumber: index,
      payload: { type, sequence_number: index, delta: ' word' },
    };
  });
}

/**
 * Renders a sample answer into a detached element, as a stream shows it: part of it, then all
 * of it, done. The first answer otherwise runs this code cold (compiled on first call, no type
 * feedback): its first frames cost about twice what later answers' do (13–16 ms of React work
 * against 5–8 ms, traced on a 2-core machine), and that lands where a reader is
 * waiting for the first words. Likewise the metrics, at a stream's end. Paid here, in two tasks
 * while the browser is idle after start-up (20–35 ms and about 5 ms on a 2-core machine).
 */
export function warmUpStreamView(): void {
  const root = createRoot(document.createElement('div'));
  const half = SAMPLE.slice(0, SAMPLE.length >> 1);
  flushSync(() => root.render(<OutputItemView item={message(half, 'in_progress')} />));
  flushSync(() => root.render(<OutputItemView item={message(SAMPLE, 'completed')} />));
  root.unmount();
  // A task of its own, so the page is never held for both at once.
  whenIdle(warmUpMetrics);
}

/** The metrics' passes over every event: a fast stream's end runs them once, over all of them. */
function warmUpMetrics(): void {
  const events = sampleEvents(4_000);
  const columnsOf = createColumns();
  createEventStats(columnsOf).statsOf(events);
  createTimeline(columnsOf)(events);
}
