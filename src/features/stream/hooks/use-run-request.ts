import { useCallback, useEffect, useRef } from 'react';
import type { ApiError } from '@/api/errors/api-error.ts';
import { classifyEnding } from '@/api/events/classify-ending.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { cancelBackground, sendWithResume } from '../lib/deferred-send.ts';
import { afterNextPaint } from '@/lib/after-paint.ts';
import { createFrameBatcher } from '@/lib/frame-batcher.ts';
import { yieldToMain } from '@/lib/yield-to-main.ts';
import { useRunStore, type RawChunk, type RunState } from '@/stores/run-store.ts';

type Arrival = { event: ReceivedEvent } | { chunk: RawChunk };

/**
 * A background response goes on running when its stream is closed: Stop also cancels it on the
 * server. Null when done; else why it could not be, for the run's error (the response may still
 * be running).
 */
async function cancelOnServer(connection: Connection, runId: number): Promise<ApiError | null> {
  const id = useRunStore.getState().stream.response?.id;
  if (!id) return null;
  const result = await cancelBackground(connection, id);
  if ('response' in result) {
    useRunStore.getState().backgroundCancelled(runId, result.response);
    return null;
  }
  return {
    ...result.error,
    message: `Stopped reading, but background response ${id} could not be cancelled: it may still be running on the server. ${result.error.message}`,
  };
}

/** Sends a request and feeds the run store, once per animation frame. `stop` keeps the partial output. */
export function useRunRequest() {
  const abortRef = useRef<AbortController | null>(null);
  // Runs the user stopped (not replaced by a newer Send, nor closed with the page).
  const stoppedRef = useRef(new WeakSet<AbortController>());

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
      const stopped = sent.kind === 'aborted' && stoppedRef.current.has(controller);
      const error =
        stopped && body.background === true
          ? await cancelOnServer(connection, runId)
          : ending.error;
      useRunStore.getState().runEnded(runId, ending.outcome, error, at);
      if (abortRef.current === controller) abortRef.current = null;
      // The finished run, for whoever records it (threads); null when a newer run replaced it.
      const final = useRunStore.getState();
      return final.runId === runId ? final : null;
    },
    [],
  );

  const stop = useCallback(() => {
    const controller = abortRef.current;
    if (!controller) return;
    stoppedRef.current.add(controller);
    controller.abort();
  }, []);

  return { send, stop };
}
