import type { Response } from 'openai/resources/responses/responses';
import { errorFromFailedResponse } from '../errors/api-error.ts';
import { deltaHandlers } from './delta-handlers.ts';
import { itemHandlers } from './item-handlers.ts';
import { addIssue, type EventHandler } from './item-updates.ts';
import { lifecycleHandlers } from './lifecycle-handlers.ts';
import { isRecord, type ReceivedEvent } from './parse-event.ts';
import { initialStreamState, type ResponseStatus, type StreamState } from './stream-state.ts';
import { reduceTextDeltaRun, textDeltaRunLength } from './text-delta-run.ts';

const handlers: Record<string, EventHandler> = {
  ...lifecycleHandlers,
  ...itemHandlers,
  ...deltaHandlers,
};

/** sequence_number must run 0, 1, 2, … ; gaps, repeats and disorder are findings. */
function checkSequence(state: StreamState, event: ReceivedEvent): StreamState {
  const seq = event.sequenceNumber;
  if (seq === null) return state;
  const last = state.lastSequence;
  let next: StreamState = { ...state, lastSequence: last === null ? seq : Math.max(last, seq) };
  if (last === null) return next;
  if (seq === last) {
    next = addIssue(next, 'sequence-duplicate', event, `sequence_number ${seq} repeated`);
  } else if (seq < last) {
    next = addIssue(next, 'sequence-disorder', event, `sequence_number ${seq} after ${last}`);
  } else if (seq > last + 1) {
    next = addIssue(next, 'sequence-gap', event, `sequence_number jumps from ${last} to ${seq}`);
  }
  return next;
}

/** Pure: one received event → the next state. Never throws on hostile or unknown input. */
export function reduceEvent(state: StreamState, event: ReceivedEvent): StreamState {
  let next: StreamState = checkSequence({ ...state, eventCount: state.eventCount + 1 }, event);
  if (event.parseError !== undefined) {
    if (event.payload === '[DONE]') return next;
    return addIssue(next, 'bad-payload', event, `data is not JSON: ${event.parseError}`);
  }
  if (!isRecord(event.payload)) {
    return addIssue(next, 'bad-payload', event, 'data is JSON but not an object');
  }
  if (event.name !== undefined && event.name !== event.type) {
    const message = `event: ${event.name} but the payload's type is ${event.type}`;
    next = addIssue(next, 'name-mismatch', event, message);
  }
  // Own keys only: a payload type like "constructor" or "toString" must not find Object's methods.
  const handler = Object.hasOwn(handlers, event.type) ? handlers[event.type] : undefined;
  if (!handler) return addIssue(next, 'unknown-event', event, `unknown event type ${event.type}`);
  return handler(next, event.payload, event);
}

/**
 * Folds reduceEvent over `events` (a frame's worth, or a chunk's). Runs of text deltas for one
 * content part are reduced at once, to the same state: most of a stream is such runs.
 */
export function reduceEvents(state: StreamState, events: readonly ReceivedEvent[]): StreamState {
  let next = state;
  for (let i = 0; i < events.length;) {
    const run = textDeltaRunLength(next, events, i);
    if (run > 1) {
      next = reduceTextDeltaRun(next, events, i, run);
      i += run;
    } else {
      next = reduceEvent(next, events[i] as ReceivedEvent);
      i++;
    }
  }
  return next;
}

/** A non-streamed body (`stream: false`) seen as the state a stream would have ended in. */
export function stateFromResponse(response: Response): StreamState {
  const status: unknown = response.status;
  const known: ResponseStatus[] = [
    'queued',
    'in_progress',
    'completed',
    'incomplete',
    'failed',
    'cancelled',
  ];
  return {
    ...initialStreamState,
    status: known.includes(status as ResponseStatus) ? (status as ResponseStatus) : 'completed',
    response,
    output: Array.isArray(response.output) ? response.output : [],
    error: response.error ? errorFromFailedResponse(response.error) : null,
  };
}
