// What parse-only.html and text-only.html both do: the long stream read with the app's own SSE
// reader, JSON parsing and event reducer (src/api), events kept as the app keeps them, reduced a
// network chunk at a time (the app reduces a frame's worth at a time). The page's status line
// and `data-bench-done` say when it ended.
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import { reduceEvents } from '@/api/events/reduce-event.ts';
import { initialStreamState } from '@/api/events/stream-state.ts';
import { sendResponse } from '@/api/transport/send-response.ts';
import { yieldToMain } from '@/lib/yield-to-main.ts';
import { benchConnection, pageStreamBody } from './stream-request.ts';

export interface PageReading {
  /** Each event as it is parsed (after it is kept). */
  onEvent?: (event: ReceivedEvent) => void;
  /** Once the body has ended, before the page says so. */
  onEnd?: () => void;
}

/** Reads the stream when the page's Start button is clicked. */
export function readOnStart({ onEvent, onEnd }: PageReading = {}): void {
  const status = document.getElementById('status');
  const run = async () => {
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
      handlers: {
        onChunk: reduce,
        onEvent: (event) => {
          events.push(event);
          onEvent?.(event);
        },
      },
    });
    reduce();
    onEnd?.();
    if (status) status.textContent = `${outcome.kind}: ${state.status}, ${events.length} events`;
    document.body.dataset.benchDone = state.status;
  };
  document.getElementById('start')?.addEventListener('click', () => void run());
}
