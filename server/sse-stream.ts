import type { Response } from 'openai/resources/responses/responses';
import type { Pace } from './pace.ts';
import type { Step } from './stream-steps.ts';

const encoder = new TextEncoder();

/** The headers of every event-stream answer. */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

export function encodeEvent(event: { type: string }): Uint8Array {
  return encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

/** Events enqueued per pull when instant: enough to fill a socket write, not the whole answer. */
const INSTANT_BATCH = 64;

/**
 * Plays steps out as an SSE body at the given pace. Stops when the client goes away (cancel).
 * `onEnd` gets the final response (for the store) unless the stream was cut or cancelled.
 */
export function sseBody(
  steps: Generator<Step, Response>,
  pace: Pace,
  onEnd: (response: Response) => void,
): ReadableStream<Uint8Array> {
  const interval = pace.tokensPerSecond === null ? 0 : 1000 / pace.tokensPerSecond;
  let nextAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  let cancelled = false;
  let dropped = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  // A macrotask after the last chunk, so what was sent is read and flushed before the cut:
  // erroring a stream discards the chunks still queued in it (and unflushed socket writes).
  const cut = async (controller: ReadableStreamDefaultController<Uint8Array>) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!cancelled) controller.error(new Error('local-drop: the connection was cut on purpose'));
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (dropped) return cut(controller);
      for (let sent = 0; sent < (interval === 0 ? INSTANT_BATCH : 1); sent++) {
        const next = steps.next();
        if (next.done) {
          onEnd(next.value);
          controller.close();
          return;
        }
        const step = next.value;
        if (step.kind === 'drop') {
          dropped = true;
          // Chunks of this batch are still queued: cut on the next pull, once they are read.
          if (sent === 0) await cut(controller);
          return;
        }
        if (step.paced && interval > 0) {
          const now = performance.now();
          nextAt ??= now + pace.firstTokenMs;
          if (nextAt > now) await sleep(nextAt - now);
          if (cancelled) return;
          nextAt = Math.max(nextAt, performance.now() - interval) + interval;
        }
        controller.enqueue(encodeEvent(step.event));
      }
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      wake?.();
    },
  });
}
