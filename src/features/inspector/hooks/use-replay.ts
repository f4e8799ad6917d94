import { useCallback, useEffect, useRef, useState } from 'react';
import { classifyEnding } from '@/api/events/classify-ending.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { ParsedSseFile } from '@/api/events/sse-file.ts';
import { createFrameBatcher } from '@/lib/frame-batcher.ts';
import { useRunStore, type RawChunk } from '@/stores/run-store.ts';

export type ReplayPace = 'instant' | 'original';

type Arrival = { event: ReceivedEvent } | { chunk: RawChunk };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Replays a saved `.sse` (checked by loadSseFile first) into the run store exactly as a live run feeds it (runStarted,
 * batchReceived once per frame, runEnded), so Response and Events need no server.
 */
export function useReplay() {
  const abortRef = useRef<AbortController | null>(null);
  const [replaying, setReplaying] = useState(false);

  useEffect(() => () => abortRef.current?.abort(), []);

  const replay = useCallback(async (filename: string, parsed: ParsedSseFile, pace: ReplayPace) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setReplaying(true);
    const { events, chunks } = parsed;
    const runId = useRunStore.getState().runStarted({ replay: filename });
    const current = () => useRunStore.getState().runId === runId;
    const batcher = createFrameBatcher<Arrival>((items) => {
      const batchEvents: ReceivedEvent[] = [];
      const batchChunks: RawChunk[] = [];
      for (const item of items) {
        if ('event' in item) batchEvents.push(item.event);
        else batchChunks.push(item.chunk);
      }
      useRunStore.getState().batchReceived(runId, batchEvents, batchChunks);
    });
    const start = performance.now();
    let next = 0;
    for (const chunk of chunks) {
      if (pace === 'original') {
        const wait = chunk.at - (performance.now() - start);
        if (wait > 0) await sleep(wait, controller.signal);
      }
      // A new Send or replay replaced this run: its late pieces would be dropped anyway.
      if (controller.signal.aborted || !current()) break;
      batcher.push({ chunk });
      // Events carry the time of the chunk that completed them.
      for (let event = events[next]; event && event.at <= chunk.at; event = events[++next])
        batcher.push({ event });
    }
    if (!controller.signal.aborted && current())
      for (const event of events.slice(next)) batcher.push({ event });
    batcher.flush();
    const at = pace === 'original' ? performance.now() - start : (chunks.at(-1)?.at ?? 0);
    const sent = controller.signal.aborted
      ? ({ kind: 'aborted' } as const)
      : ({ kind: 'stream-ended' } as const);
    const ending = classifyEnding(sent, useRunStore.getState().stream);
    useRunStore.getState().runEnded(runId, ending.outcome, ending.error, at);
    if (abortRef.current === controller) {
      abortRef.current = null;
      setReplaying(false);
    }
  }, []);

  const stop = useCallback(() => abortRef.current?.abort(), []);

  return { replay, stop, replaying };
}
