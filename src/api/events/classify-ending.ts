import type { Response } from 'openai/resources/responses/responses';
import type { ApiError } from '../errors/api-error.ts';
import { isRecord } from './parse-event.ts';
import type { StreamState } from './stream-state.ts';
import type { SendOutcome } from '../transport/send-response.ts';

/** How a run ended, from the client's side (the events' own status is in `stream.status`). */
export type RunOutcome =
  | 'completed'
  | 'incomplete'
  /** A `background: true` response the server has taken on and not finished (queued, in_progress). */
  | 'background'
  | 'failed'
  | 'cancelled'
  | 'http-error'
  | 'network-error'
  | 'no-terminal-event';

export interface Ending {
  outcome: RunOutcome;
  error: ApiError | null;
  /** A non-streamed body that is a Response object. */
  response?: Response;
}

function fromStatus(stream: StreamState): Ending | null {
  switch (stream.terminalEvent) {
    case 'response.completed':
      return { outcome: 'completed', error: null };
    case 'response.incomplete':
      return { outcome: 'incomplete', error: null };
    case 'response.failed':
      return { outcome: 'failed', error: null };
    default:
      return null;
  }
}

const NO_TERMINAL: ApiError = {
  source: 'protocol',
  message:
    'The stream ended without a terminal event (response.completed, response.incomplete or response.failed). The partial output is kept.',
};

/** Pure: how a run ended, from the transport's outcome and what the events said. */
export function classifyEnding(sent: SendOutcome, stream: StreamState): Ending {
  switch (sent.kind) {
    case 'aborted':
      return { outcome: 'cancelled', error: null };
    case 'http-error':
      return { outcome: 'http-error', error: sent.error };
    case 'network-error':
      // A cut after the terminal event loses nothing.
      return fromStatus(stream) ?? { outcome: 'network-error', error: sent.error };
    case 'stream-ended':
      if (stream.eventCount === 0) {
        return {
          outcome: 'no-terminal-event',
          error: {
            source: 'protocol',
            message: 'The server ended the stream without sending any event.',
          },
        };
      }
      return (
        fromStatus(stream) ??
        (stream.error
          ? { outcome: 'failed', error: null }
          : { outcome: 'no-terminal-event', error: NO_TERMINAL })
      );
    case 'json': {
      const body = sent.body;
      if (!isRecord(body) || !Array.isArray(body.output)) {
        return {
          outcome: 'http-error',
          error: {
            source: 'protocol',
            message:
              'The server answered 200, but the body is not a Response object (no `output` array).',
          },
        };
      }
      const response = body as unknown as Response;
      return { outcome: outcomeOfStatus(response.status), error: null, response };
    }
  }
}

/**
 * What a Response object's status says of the run. Only a background response may still be
 * queued or in progress; anything else without a known status was answered in full.
 */
export function outcomeOfStatus(status: string | null | undefined): RunOutcome {
  switch (status) {
    case 'failed':
      return 'failed';
    case 'incomplete':
      return 'incomplete';
    case 'cancelled':
      return 'cancelled';
    case 'queued':
    case 'in_progress':
      return 'background';
    default:
      return 'completed';
  }
}
