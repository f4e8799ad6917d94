import type { Response, ResponseOutputItem } from 'openai/resources/responses/responses';
import type { ApiError } from '../errors/api-error.ts';

/** Where the response stands, as the events said it (client-side outcomes live in the run). */
export type ResponseStatus =
  'idle' | 'queued' | 'in_progress' | 'completed' | 'incomplete' | 'failed' | 'cancelled';

export type IssueKind =
  | 'sequence-gap'
  | 'sequence-duplicate'
  | 'sequence-disorder'
  | 'name-mismatch'
  | 'unknown-item'
  | 'item-id-mismatch'
  | 'done-mismatch'
  | 'unknown-event'
  | 'bad-payload';

/** A protocol finding, pinned to the event (by its index in the stream) that showed it. */
export interface StreamIssue {
  kind: IssueKind;
  eventIndex: number;
  message: string;
}

/** Output items as the events built them (kept apart from the lifecycle snapshot on purpose). */
export type OutputItem = ResponseOutputItem;

export interface StreamState {
  status: ResponseStatus;
  /** The latest lifecycle snapshot (`response.created` … `response.completed`), or the body. */
  response: Response | null;
  output: OutputItem[];
  error: ApiError | null;
  lastSequence: number | null;
  eventCount: number;
  issues: StreamIssue[];
  /** The event that ended the stream, if one did. */
  terminalEvent: string | null;
}

export const initialStreamState: StreamState = {
  status: 'idle',
  response: null,
  output: [],
  error: null,
  lastSequence: null,
  eventCount: 0,
  issues: [],
  terminalEvent: null,
};

export const TERMINAL_EVENTS: ReadonlySet<string> = new Set([
  'response.completed',
  'response.failed',
  'response.incomplete',
]);
