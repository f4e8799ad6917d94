// The floor for the app's main-thread time: the same request read with the app's own SSE reader,
// JSON parsing and event reducer (src/api), events kept as the app keeps them, nothing rendered.
// Events are reduced a network chunk at a time (the app reduces a frame's worth at a time).
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import { reduceEvents } from '@/api/events/reduce-event.ts';
import { initialStreamState } from '@/api/events/stream-state.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { yieldToMain } from '@/lib/yield-to-main.ts';
import { benchConnection, pageStreamBody } from './stream-request.ts';

const status = document.getElementById('status');

async function run() {
  let state = initialStreamState;
  const events: ReceivedEvent[] = [];
  let reduced = 0;
  const reduce = () => {
    state = reduceEvents(state, events.slice(reduced));
    reduced = events.length;
  };
  const outcome = await sendResponse(benchConnection, pageStreamBody(location.search), {
    // Read as the app reads: in slices, giving the main thread back between them.
    yieldToMain,
    handlers: { onChunk: reduce, onEvent: (event) => events.push(event) },
  });
  reduce();
  if (status) status.textContent = `${outcome.kind}: ${state.status}, ${events.length} events`;
  document.body.dataset.benchDone = state.status;
}

document.getElementById('start')?.addEventListener('click', () => void run());
