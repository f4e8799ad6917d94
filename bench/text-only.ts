// The least a page can do to show the stream: parse-only.html, plus each frame's new text as one
// more block (a new block is laid out alone; text appended to one node relays the whole node out
// every frame). No React, no markdown, no other panel. Its main-thread time over parsing alone is
// the floor any UI pays for painting a frame or two per network read.
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import { reduceEvents } from '@/api/events/reduce-event.ts';
import { initialStreamState } from '@/api/events/stream-state.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { yieldToMain } from '@/lib/yield-to-main.ts';
import { benchConnection, pageStreamBody } from './stream-request.ts';

const status = document.getElementById('status');
const text = document.getElementById('text');

async function run() {
  let state = initialStreamState;
  const events: ReceivedEvent[] = [];
  let reduced = 0;
  let pending = '';
  let frame: number | null = null;
  const paint = () => {
    frame = null;
    if (pending === '') return;
    const block = document.createElement('div');
    block.textContent = pending;
    text?.append(block);
    pending = '';
  };
  const reduce = () => {
    state = reduceEvents(state, events.slice(reduced));
    reduced = events.length;
  };
  const onEvent = (event: ReceivedEvent) => {
    events.push(event);
    const payload = event.payload as { delta?: unknown };
    if (event.type === 'response.output_text.delta' && typeof payload.delta === 'string') {
      pending += payload.delta;
      frame ??= requestAnimationFrame(paint);
    }
  };
  const outcome = await sendResponse(benchConnection, pageStreamBody(location.search), {
    yieldToMain,
    handlers: { onChunk: reduce, onEvent },
  });
  reduce();
  if (frame !== null) cancelAnimationFrame(frame);
  paint();
  if (status) status.textContent = `${outcome.kind}: ${state.status}, ${events.length} events`;
  document.body.dataset.benchDone = state.status;
}

document.getElementById('start')?.addEventListener('click', () => void run());
