import type { Response } from 'openai/resources/responses/responses';
import { errorFromEvent, errorFromFailedResponse } from '../errors/api-error.ts';
import { isRecord } from './parse-event.ts';
import { addIssue, type EventHandler } from './item-updates.ts';
import type { ResponseStatus, StreamState } from './stream-state.ts';

const STATUSES: ReadonlySet<string> = new Set([
  'queued',
  'in_progress',
  'completed',
  'incomplete',
  'failed',
  'cancelled',
]);

function statusOf(response: Response, fallback: ResponseStatus): ResponseStatus {
  const status: unknown = response.status;
  return typeof status === 'string' && STATUSES.has(status) ? (status as ResponseStatus) : fallback;
}

/** created / queued / in_progress / completed / failed / incomplete: replace the snapshot. */
function lifecycle(fallback: ResponseStatus, terminal: boolean): EventHandler {
  return (state, payload, event) => {
    if (!isRecord(payload.response)) {
      return addIssue(state, 'bad-payload', event, `${event.type} without a response object`);
    }
    const response = payload.response as unknown as Response;
    const next: StreamState = { ...state, response, status: statusOf(response, fallback) };
    if (terminal) next.terminalEvent = event.type;
    if (fallback === 'failed' && !next.error) next.error = errorFromFailedResponse(response.error);
    return next;
  };
}

export const lifecycleHandlers: Record<string, EventHandler> = {
  'response.created': lifecycle('in_progress', false),
  'response.queued': lifecycle('queued', false),
  'response.in_progress': lifecycle('in_progress', false),
  'response.completed': lifecycle('completed', true),
  'response.failed': lifecycle('failed', true),
  'response.incomplete': lifecycle('incomplete', true),
  // Both the nested `{error:{…}}` shape of real traffic and the spec's flat shape.
  error: (state, payload) => ({ ...state, status: 'failed', error: errorFromEvent(payload) }),
};
