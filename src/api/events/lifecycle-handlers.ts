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

/** The text of each message's parts, by item id: what the deltas built vs what the end says. */
function messageTexts(output: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (!Array.isArray(output)) return texts;
  for (const item of output) {
    if (!isRecord(item) || item.type !== 'message' || typeof item.id !== 'string') continue;
    const parts = Array.isArray(item.content) ? item.content : [];
    const text = parts
      .map((p) =>
        isRecord(p)
          ? typeof p.text === 'string'
            ? p.text
            : typeof p.refusal === 'string'
              ? p.refusal
              : ''
          : '',
      )
      .join('\u0000');
    texts.set(item.id, text);
  }
  return texts;
}

/** A message whose deltas differ from its text in `response.completed` is a finding. */
function checkAgainstFinal(
  state: StreamState,
  response: Response,
  event: Parameters<EventHandler>[2],
): StreamState {
  const final = messageTexts(response.output);
  let next = state;
  for (const [id, built] of messageTexts(state.output)) {
    const expected = final.get(id);
    if (expected !== undefined && expected !== built) {
      next = addIssue(
        next,
        'done-mismatch',
        event,
        `the text built from deltas for ${id} differs from the item in ${event.type}`,
      );
    }
  }
  return next;
}

/** created / queued / in_progress / completed / failed / incomplete: replace the snapshot. */
function lifecycle(fallback: ResponseStatus, terminal: boolean): EventHandler {
  return (state, payload, event) => {
    if (!isRecord(payload.response)) {
      return addIssue(state, 'bad-payload', event, `${event.type} without a response object`);
    }
    const response = payload.response as unknown as Response;
    const checked = fallback === 'completed' ? checkAgainstFinal(state, response, event) : state;
    const next: StreamState = { ...checked, response, status: statusOf(response, fallback) };
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
