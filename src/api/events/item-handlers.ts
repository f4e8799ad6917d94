import { isRecord } from './parse-event.ts';
import {
  addIssue,
  asItem,
  textOf,
  updateItem,
  updateListEntry,
  type EventHandler,
  type LooseItem,
} from './item-updates.ts';

/** `part` / `item` payloads are objects; anything else becomes an empty record. */
function objectField(payload: Record<string, unknown>, field: string): LooseItem {
  const value = payload[field];
  return isRecord(value) ? value : {};
}

const outputItemAdded: EventHandler = (state, payload, event) => {
  const item = objectField(payload, 'item');
  const index =
    typeof payload.output_index === 'number' ? payload.output_index : state.output.length;
  let next = state;
  if (index !== state.output.length) {
    const message = `output_item.added at output_index ${index}, expected ${state.output.length}`;
    next = addIssue(next, 'bad-payload', event, message);
  }
  if (typeof item.id === 'string' && state.output.some((o) => o.id === item.id)) {
    next = addIssue(next, 'bad-payload', event, `duplicate output item id ${item.id}`);
  }
  const output = next.output.slice();
  // Only a real position is replaced: `output[-1] = …` would hide the item in a non-index key.
  if (Number.isInteger(index) && index >= 0 && index < output.length) output[index] = asItem(item);
  else output.push(asItem(item));
  return { ...next, output };
};

/** Texts the deltas built, per content part, to compare with the final item. */
function partTexts(item: LooseItem): string[] {
  const content = Array.isArray(item.content) ? item.content : [];
  return content.map((part) =>
    isRecord(part) ? textOf(part, part.type === 'refusal' ? 'refusal' : 'text') : '',
  );
}

const outputItemDone: EventHandler = (state, payload, event) => {
  const finalItem = objectField(payload, 'item');
  let mismatch: string | null = null;
  const next = updateItem(state, payload, event, (current) => {
    if (current.type === 'message' && finalItem.type === 'message') {
      const built = partTexts(current);
      const final = partTexts(finalItem);
      if (built.some((text, i) => final[i] !== undefined && final[i] !== text)) {
        mismatch = 'the deltas differ from the text in output_item.done';
      }
    }
    return finalItem;
  });
  if (next.issues.length > state.issues.length && next.output === state.output) {
    // Never added: keep the item anyway, so a lenient server's output still shows.
    return { ...next, output: [...next.output, asItem(finalItem)] };
  }
  return mismatch ? addIssue(next, 'done-mismatch', event, mismatch) : next;
};

/** content_part / reasoning_summary_part .added and .done: set the part; .done checks the text. */
function partEvent(listField: string, indexField: string, done: boolean): EventHandler {
  return (state, payload, event) => {
    const part = objectField(payload, 'part');
    const index = typeof payload[indexField] === 'number' ? payload[indexField] : 0;
    let mismatch: string | null = null;
    const next = updateItem(state, payload, event, (item) =>
      updateListEntry(item, listField, index, {}, (current) => {
        const field = part.type === 'refusal' ? 'refusal' : 'text';
        if (done && typeof part[field] === 'string' && textOf(current, field) !== part[field]) {
          mismatch = `the deltas differ from the ${field} in ${event.type}`;
        }
        return part;
      }),
    );
    return mismatch ? addIssue(next, 'done-mismatch', event, mismatch) : next;
  };
}

export const itemHandlers: Record<string, EventHandler> = {
  'response.output_item.added': outputItemAdded,
  'response.output_item.done': outputItemDone,
  'response.content_part.added': partEvent('content', 'content_index', false),
  'response.content_part.done': partEvent('content', 'content_index', true),
  'response.reasoning_summary_part.added': partEvent('summary', 'summary_index', false),
  'response.reasoning_summary_part.done': partEvent('summary', 'summary_index', true),
};
