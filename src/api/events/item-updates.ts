import type { ReceivedEvent } from './parse-event.ts';
import { isRecord } from './parse-event.ts';
import type { IssueKind, OutputItem, StreamState } from './stream-state.ts';

/** Items are untrusted JSON: handlers edit them as plain records and hand back OutputItems. */
export type LooseItem = Record<string, unknown>;
export type Payload = Record<string, unknown>;
export type EventHandler = (
  state: StreamState,
  payload: Payload,
  event: ReceivedEvent,
) => StreamState;

export function addIssue(
  state: StreamState,
  kind: IssueKind,
  event: ReceivedEvent,
  message: string,
): StreamState {
  return { ...state, issues: [...state.issues, { kind, eventIndex: event.index, message }] };
}

export function asItem(value: LooseItem): OutputItem {
  return value as unknown as OutputItem;
}

/**
 * Finds the item an event is about: by `output_index` (as the SDK does), else by `item_id`.
 * A mismatch between the two is recorded, not fatal: hand-edited and gateway streams have them.
 */
function locateItem(
  state: StreamState,
  payload: Payload,
  event: ReceivedEvent,
): { index: number; state: StreamState } | null {
  const outputIndex = payload.output_index;
  const itemId = typeof payload.item_id === 'string' ? payload.item_id : undefined;
  if (typeof outputIndex === 'number' && state.output[outputIndex]) {
    const item = state.output[outputIndex] as unknown as LooseItem;
    if (itemId !== undefined && item.id !== undefined && item.id !== itemId) {
      const message = `item_id ${itemId} differs from the item at output_index ${outputIndex} (${JSON.stringify(item.id)})`;
      return { index: outputIndex, state: addIssue(state, 'item-id-mismatch', event, message) };
    }
    return { index: outputIndex, state };
  }
  if (itemId !== undefined) {
    const index = state.output.findIndex((item) => (item as unknown as LooseItem).id === itemId);
    if (index >= 0) return { index, state };
  }
  return null;
}

/** Content parts, summary parts and annotations never get near this many entries. */
const MAX_LIST_INDEX = 10_000;
const LIST_INDEX_FIELDS = ['content_index', 'summary_index', 'annotation_index'] as const;

/** A list index that would grow a list to billions of entries (or is not one) is hostile. */
export function badListIndex(payload: Payload): string | null {
  for (const field of LIST_INDEX_FIELDS) {
    const value = payload[field];
    if (typeof value !== 'number') continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_LIST_INDEX) {
      return `${field} ${value} is not a usable list index`;
    }
  }
  return null;
}

/** Applies `update` to the item the event names; records an issue when there is none. */
export function updateItem(
  state: StreamState,
  payload: Payload,
  event: ReceivedEvent,
  update: (item: LooseItem) => LooseItem,
): StreamState {
  const badIndex = badListIndex(payload);
  if (badIndex) return addIssue(state, 'bad-payload', event, `${event.type}: ${badIndex}`);
  const found = locateItem(state, payload, event);
  if (!found) {
    const where = `output_index ${String(payload.output_index)}`;
    return addIssue(
      state,
      'unknown-item',
      event,
      `${event.type} for an item never added (${where})`,
    );
  }
  const output = state.output.slice();
  output[found.index] = asItem(update(output[found.index] as unknown as LooseItem));
  return { ...found.state, output };
}

/** Updates one element of an item's array field (`content`, `summary`), creating it if absent. */
export function updateListEntry(
  item: LooseItem,
  listField: string,
  index: number,
  blank: LooseItem,
  update: (entry: LooseItem) => LooseItem,
): LooseItem {
  const list = Array.isArray(item[listField]) ? (item[listField] as unknown[]).slice() : [];
  while (list.length <= index) list.push({ ...blank });
  const current = list[index];
  list[index] = update(isRecord(current) ? current : { ...blank });
  return { ...item, [listField]: list };
}

export function textOf(entry: LooseItem, field: string): string {
  const value = entry[field];
  return typeof value === 'string' ? value : '';
}
