import { appendText } from './delta-handlers.ts';
import { badListIndex } from './item-updates.ts';
import { isRecord, type ReceivedEvent } from './parse-event.ts';
import type { StreamIssue, StreamState } from './stream-state.ts';

const TEXT_DELTA = 'response.output_text.delta';
const RUN_KEYS = ['output_index', 'item_id', 'content_index', 'summary_index', 'annotation_index'];

/** A well-formed text delta: its payload, else null (anything odd goes through reduceEvent). */
function textDelta(event: ReceivedEvent | undefined): Record<string, unknown> | null {
  if (!event || event.type !== TEXT_DELTA || event.parseError !== undefined) return null;
  if (event.name !== undefined && event.name !== TEXT_DELTA) return null;
  const payload = event.payload;
  return isRecord(payload) && typeof payload.delta === 'string' ? payload : null;
}

/** The item a run appends to must be found by output_index, its id agreeing with item_id. */
function itemFound(state: StreamState, payload: Record<string, unknown>): boolean {
  const index = payload.output_index;
  if (typeof index !== 'number') return false;
  const item = state.output[index] as unknown as Record<string, unknown> | undefined;
  if (!item) return false;
  const itemId = payload.item_id;
  return typeof itemId !== 'string' || item.id === undefined || item.id === itemId;
}

/**
 * How many events from `start` are text deltas for the same content part of an item that
 * exists: such a run reduces to one append (what a stream is made of: a frame brings
 * hundreds). 0 or 1 means: reduce event by event.
 */
export function textDeltaRunLength(
  state: StreamState,
  events: readonly ReceivedEvent[],
  start: number,
): number {
  const first = textDelta(events[start]);
  if (!first || badListIndex(first) !== null || !itemFound(state, first)) return 0;
  let end = start + 1;
  for (; end < events.length; end++) {
    const payload = textDelta(events[end]);
    if (!payload || RUN_KEYS.some((key) => payload[key] !== first[key])) break;
  }
  return end - start;
}

/**
 * Reduces a run of text deltas at once, to exactly the state event-by-event reduction gives:
 * every event counted, every sequence_number checked in order, the deltas appended together.
 */
export function reduceTextDeltaRun(
  state: StreamState,
  events: readonly ReceivedEvent[],
  start: number,
  length: number,
): StreamState {
  let last = state.lastSequence;
  let issues: StreamIssue[] | null = null;
  let text = '';
  for (let i = start; i < start + length; i++) {
    const event = events[i] as ReceivedEvent;
    text += (event.payload as { delta: string }).delta;
    const seq = event.sequenceNumber;
    if (seq === null) continue;
    if (last !== null) {
      const message =
        seq === last
          ? (['sequence-duplicate', `sequence_number ${seq} repeated`] as const)
          : seq < last
            ? (['sequence-disorder', `sequence_number ${seq} after ${last}`] as const)
            : seq > last + 1
              ? (['sequence-gap', `sequence_number jumps from ${last} to ${seq}`] as const)
              : null;
      if (message)
        (issues ??= [...state.issues]).push({
          kind: message[0],
          eventIndex: event.index,
          message: message[1],
        });
    }
    last = last === null ? seq : Math.max(last, seq);
  }
  const first = events[start] as ReceivedEvent;
  const counted: StreamState = {
    ...state,
    eventCount: state.eventCount + length,
    lastSequence: last,
    issues: issues ?? state.issues,
  };
  return appendText(counted, first.payload as Record<string, unknown>, first, text);
}
