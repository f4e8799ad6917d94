import { create } from 'zustand';
import type { Response } from 'openai/resources/responses/responses';
import type { ApiError } from '@/api/errors/api-error.ts';
import type { RunOutcome } from '@/api/events/classify-ending.ts';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import { reduceEvents, stateFromResponse } from '@/api/events/reduce-event.ts';
import { initialStreamState, type StreamState } from '@/api/events/stream-state.ts';

// The outcome union lives in src/api (which must not import stores); re-exported for the UI.
export type { RunOutcome };

export type RunPhase = 'idle' | 'waiting' | 'streaming' | 'done';

export interface RawChunk {
  text: string;
  at: number;
}

export interface RunTimings {
  /** ms from Send to the response headers. */
  headersAt: number | null;
  firstEventAt: number | null;
  endedAt: number | null;
}

/** The in-flight (or last) response. Not persisted: finished turns go to threads. */
export interface RunState {
  runId: number;
  phase: RunPhase;
  outcome: RunOutcome | null;
  /** The body that was sent (never the key). */
  request: Record<string, unknown> | null;
  streamed: boolean;
  httpStatus: number | null;
  stream: StreamState;
  events: ReceivedEvent[];
  chunks: RawChunk[];
  /** Client-side failure (HTTP, network); in-band errors are in `stream.error`. */
  error: ApiError | null;
  timings: RunTimings;
  /** Whether the stall notice showed during this run (no bytes for the configured time). */
  stalled: boolean;
  /** Why a past turn shown shows little (the page closed mid-run); null for a live run. */
  notice: string | null;
  runStarted: (request: Record<string, unknown>) => number;
  headersReceived: (runId: number, status: number, at: number) => void;
  batchReceived: (runId: number, events: ReceivedEvent[], chunks: RawChunk[]) => void;
  responseReceived: (runId: number, response: Response, at: number) => void;
  runEnded: (runId: number, outcome: RunOutcome, error: ApiError | null, at: number) => void;
  /** Stop cancelled the run's background response on the server: its Response, as cancelled. */
  backgroundCancelled: (runId: number, response: Response) => void;
  stallNoticed: (runId: number) => void;
  /** A past turn shown again (from a thread): its request, response or partial output. */
  runRestored: (restored: RestoredRun) => number;
  /** The restored turn's saved raw stream, read later from storage. */
  eventsRestored: (runId: number, events: ReceivedEvent[], chunks: RawChunk[]) => void;
}

export interface RestoredRun {
  request: Record<string, unknown>;
  response: Response | null;
  partialOutput: StreamState['output'];
  outcome: RunOutcome | null;
  error: ApiError | null;
  durationMs: number | null;
  notice?: string | null;
  /** What the turn kept of the request's timings and answer (older turns kept less). */
  headersMs?: number | null;
  firstEventMs?: number | null;
  httpStatus?: number | null;
}

const idle = {
  phase: 'idle' as RunPhase,
  outcome: null,
  request: null,
  streamed: false,
  httpStatus: null,
  stream: initialStreamState,
  events: [],
  chunks: [],
  error: null,
  timings: { headersAt: null, firstEventAt: null, endedAt: null },
  stalled: false,
  notice: null,
};

export const useRunStore = create<RunState>()((set, get) => {
  /** Updates only while `runId` is still the current run: a late event of a stopped run is dropped. */
  const forRun = (runId: number, update: (s: RunState) => Partial<RunState>) => {
    if (get().runId === runId) set(update);
  };
  return {
    runId: 0,
    ...idle,
    runStarted: (request) => {
      const runId = get().runId + 1;
      set({ ...idle, runId, phase: 'waiting', request, streamed: request.stream === true });
      return runId;
    },
    headersReceived: (runId, status, at) =>
      forRun(runId, (s) => ({ httpStatus: status, timings: { ...s.timings, headersAt: at } })),
    batchReceived: (runId, events, chunks) =>
      forRun(runId, (s) => ({
        phase: s.phase === 'done' ? 'done' : 'streaming',
        stream: reduceEvents(s.stream, events),
        events: events.length ? s.events.concat(events) : s.events,
        chunks: chunks.length ? s.chunks.concat(chunks) : s.chunks,
        timings:
          s.timings.firstEventAt === null && events[0]
            ? { ...s.timings, firstEventAt: events[0].at }
            : s.timings,
      })),
    responseReceived: (runId, response, at) =>
      forRun(runId, (s) => ({
        stream: stateFromResponse(response),
        timings: { ...s.timings, endedAt: at },
      })),
    runEnded: (runId, outcome, error, at) =>
      forRun(runId, (s) => ({
        phase: 'done',
        outcome,
        error,
        timings: { ...s.timings, endedAt: at },
      })),
    // The streamed output stays as shown: only the response's record says it was cancelled.
    backgroundCancelled: (runId, response) =>
      forRun(runId, (s) => ({
        stream: { ...s.stream, response, status: response.status ?? 'cancelled' },
      })),
    stallNoticed: (runId) => forRun(runId, () => ({ stalled: true })),
    runRestored: (restored) => {
      const runId = get().runId + 1;
      set({
        ...idle,
        runId,
        phase: 'done',
        request: restored.request,
        streamed: restored.request.stream === true,
        outcome: restored.outcome,
        error: restored.error,
        notice: restored.notice ?? null,
        stream: restored.response
          ? stateFromResponse(restored.response)
          : { ...initialStreamState, output: restored.partialOutput },
        httpStatus: restored.httpStatus ?? null,
        timings: {
          headersAt: restored.headersMs ?? null,
          firstEventAt: restored.firstEventMs ?? null,
          endedAt: restored.durationMs,
        },
      });
      return runId;
    },
    eventsRestored: (runId, events, chunks) => forRun(runId, () => ({ events, chunks })),
  };
});
