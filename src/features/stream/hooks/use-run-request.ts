import { useCallback, useEffect, useRef } from 'react';
import { classifyEnding } from '@/api/events/classify-ending.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { sendWithResume } from '../lib/deferred-send.ts';
import { afterNextPaint } from '@/lib/after-paint.ts';
import { createFrameBatcher } from '@/lib/frame-batcher.ts';
import { yieldToMain } from '@/lib/yield-to-main.ts';
import { useRunStore, type RawChunk, type RunState } from '@/stores/run-store.ts';

type Arrival = { event: ReceivedEvent } | { chunk: RawChunk };

/** Sends a request and feeds the run store, once per animation frame. `stop` keeps the partial output. */
export function useRunRequest() {
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const send = useCallback(
    async (connection: Connection, body: Record<string, unknown>): Promise<RunState | null> => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      const store = useRunStore.getState();
      const runId = store.runStarted(body);
      const start = performance.now();
      const batcher = createFrameBatcher<Arrival>((items) => {
        const events: ReceivedEvent[] = [];
        const chunks: RawChunk[] = [];
        for (const item of items) {
          if ('event' in item) events.push(item.event);
          else chunks.push(item.chunk);
        }
        useRunStore.getState().batchReceived(runId, events, chunks);
      });
      const sent = await sendWithResume(connection, body, {
        signal: controller.signal,
        // A long read is parsed in slices, so the answer paints while the rest is parsed.
        yieldToMain,
        handlers: {
          onHeaders: ({ status, at }) => useRunStore.getState().headersReceived(runId, status, at),
          onChunk: (text, at) => batcher.push({ chunk: { text, at } }),
          onEvent: (event) => batcher.push({ event }),
        },
      });
      batcher.flush();
      const at = performance.now() - start;
      // The last text is painted first; then the run ends, and with it every panel over all the
      // events and the thread's save: done at once, they would hold the last deltas off screen.
      await afterNextPaint();
      const ending = classifyEnding(sent, useRunStore.getState().stream);
      if (ending.response) useRunStore.getState().responseReceived(runId, ending.response, at);
      useRunStore.getState().runEnded(runId, ending.outcome, ending.error, at);
      if (abortRef.current === controller) abortRef.current = null;
      // The finished run, for whoever records it (threads); null when a newer run replaced it.
      const final = useRunStore.getState();
      return final.runId === runId ? final : null;
    },
    [],
  );

  const stop = useCallback(() => abortRef.current?.abort(), []);

  return { send, stop };
}
