import type { Response } from 'openai/resources/responses/responses';
import type { RunOutcome } from '@/api/events/classify-ending.ts';
import type { OutputItem } from '@/api/events/stream-state.ts';

/** A turn's state: running until the run ends; `interrupted` when the page closed mid-run. */
export type TurnStatus = RunOutcome | 'running' | 'interrupted';

export interface TurnMetrics {
  /** ms from Send to the first event (null for a non-streamed or failed request). */
  firstEventMs: number | null;
  /** ms from Send to the end. */
  durationMs: number | null;
  eventCount: number;
  /** ms from Send to the response headers (absent in turns saved before it was kept). */
  headersMs?: number | null;
  /** The HTTP status of the answer (absent in turns saved before it was kept). */
  httpStatus?: number | null;
}

export interface TurnError {
  message: string;
  status?: number;
}

/** One request and what came back. Turns form a tree through `parentId` (forks share a parent). */
export interface Turn {
  id: string;
  parentId: string | null;
  createdAt: number;
  /** The body as sent, secrets masked. The API key is never part of a body. */
  request: Record<string, unknown>;
  /** How many items at the start of `request.input` were client-side history, not typed. */
  historyItems: number;
  status: TurnStatus;
  responseId: string | null;
  /** The final Response object, when the server sent one. */
  response: Response | null;
  /** Output items as streamed, kept only when there is no final response (stopped, cut). */
  partialOutput: OutputItem[];
  error: TurnError | null;
  metrics: TurnMetrics;
  /** Whether the raw events were saved (IndexedDB, by turn id). */
  eventsSaved: boolean;
}

/**
 * `server`: turns chain by `previous_response_id`. `client`: earlier turns are sent as input items
 * (for `store: false`, where the server keeps nothing to chain from).
 */
export type HistoryMode = 'server' | 'client';

export interface Thread {
  id: string;
  title: string;
  createdAt: number;
  /** Last use: a turn started or finished. The sidebar sorts by it. */
  updatedAt: number;
  /** In creation order; the tree is in `parentId`. */
  turns: Turn[];
  /** The tip of the branch shown and continued; null before the first turn or after New branch. */
  leafId: string | null;
  historyMode: HistoryMode;
}
