import {
  addIssue,
  textOf,
  updateItem,
  updateListEntry,
  type EventHandler,
  type LooseItem,
  type Payload,
} from './item-updates.ts';
import type { ReceivedEvent } from './parse-event.ts';
import type { StreamState } from './stream-state.ts';

/** Where a streamed string lives: a field of the item, or a field of one entry of a list. */
interface Target {
  listField?: 'content' | 'summary';
  indexField?: 'content_index' | 'summary_index';
  blank?: LooseItem;
  field: string;
}

function editTarget(
  item: LooseItem,
  target: Target,
  index: number,
  edit: (current: string) => string,
): LooseItem {
  if (!target.listField) return { ...item, [target.field]: edit(textOf(item, target.field)) };
  return updateListEntry(item, target.listField, index, target.blank ?? {}, (entry) => ({
    ...entry,
    [target.field]: edit(textOf(entry, target.field)),
  }));
}

function indexOf(payload: Record<string, unknown>, target: Target): number {
  const value = target.indexField ? payload[target.indexField] : 0;
  return typeof value === 'number' ? value : 0;
}

/** `.delta`: append `payload.delta` to the target string. */
function appendDelta(target: Target): EventHandler {
  return (state, payload, event) => {
    const delta = payload.delta;
    if (typeof delta !== 'string')
      return addIssue(state, 'bad-payload', event, 'delta is not a string');
    return updateItem(state, payload, event, (item) =>
      editTarget(item, target, indexOf(payload, target), (current) => current + delta),
    );
  };
}

/**
 * `.done`: the final value replaces what the deltas built; a difference is a finding. Deltas are
 * optional (LM Studio sends `function_call_arguments.done` with no delta), so when nothing was
 * built there is nothing to compare.
 */
function finalValue(target: Target, payloadField: string): EventHandler {
  return (state, payload, event) => {
    const final = payload[payloadField];
    if (typeof final !== 'string') return state;
    let mismatch = false;
    const next = updateItem(state, payload, event, (item) =>
      editTarget(item, target, indexOf(payload, target), (current) => {
        mismatch = current !== '' && current !== final;
        return final;
      }),
    );
    const message = `the concatenated deltas differ from ${payloadField} in ${event.type}`;
    return mismatch ? addIssue(next, 'done-mismatch', event, message) : next;
  };
}

function setStatus(status: string): EventHandler {
  return (state, payload, event) =>
    updateItem(state, payload, event, (item) => ({ ...item, status }));
}

const outputText: Target = {
  listField: 'content',
  indexField: 'content_index',
  blank: { type: 'output_text', text: '', annotations: [] },
  field: 'text',
};
const refusal: Target = {
  listField: 'content',
  indexField: 'content_index',
  blank: { type: 'refusal', refusal: '' },
  field: 'refusal',
};
const summaryText: Target = {
  listField: 'summary',
  indexField: 'summary_index',
  blank: { type: 'summary_text', text: '' },
  field: 'text',
};
const reasoningText: Target = {
  listField: 'content',
  indexField: 'content_index',
  blank: { type: 'reasoning_text', text: '' },
  field: 'text',
};

/** Appends `text` to the output_text part a text delta names (several deltas' text at once). */
export function appendText(
  state: StreamState,
  payload: Payload,
  event: ReceivedEvent,
  text: string,
): StreamState {
  return updateItem(state, payload, event, (item) =>
    editTarget(item, outputText, indexOf(payload, outputText), (current) => current + text),
  );
}

const annotationAdded: EventHandler = (state, payload, event) => {
  const index = typeof payload.content_index === 'number' ? payload.content_index : 0;
  const at = typeof payload.annotation_index === 'number' ? payload.annotation_index : undefined;
  return updateItem(state, payload, event, (item) =>
    updateListEntry(item, 'content', index, outputText.blank ?? {}, (part) => {
      const annotations = Array.isArray(part.annotations) ? part.annotations.slice() : [];
      if (at === undefined) annotations.push(payload.annotation);
      else annotations[at] = payload.annotation;
      return { ...part, annotations };
    }),
  );
};

/** Partial images are kept on the item until `result` arrives (a playground-only field). */
const partialImage: EventHandler = (state, payload, event) =>
  updateItem(state, payload, event, (item) => ({
    ...item,
    status: 'generating',
    partial_image_b64: payload.partial_image_b64,
  }));

const noop: EventHandler = (state) => state;

export const deltaHandlers: Record<string, EventHandler> = {
  'response.output_text.delta': appendDelta(outputText),
  'response.output_text.done': finalValue(outputText, 'text'),
  'response.output_text.annotation.added': annotationAdded,
  'response.refusal.delta': appendDelta(refusal),
  'response.refusal.done': finalValue(refusal, 'refusal'),
  'response.reasoning_summary_text.delta': appendDelta(summaryText),
  'response.reasoning_summary_text.done': finalValue(summaryText, 'text'),
  'response.reasoning_text.delta': appendDelta(reasoningText),
  'response.reasoning_text.done': finalValue(reasoningText, 'text'),
  'response.function_call_arguments.delta': appendDelta({ field: 'arguments' }),
  'response.function_call_arguments.done': finalValue({ field: 'arguments' }, 'arguments'),
  'response.custom_tool_call_input.delta': appendDelta({ field: 'input' }),
  'response.custom_tool_call_input.done': finalValue({ field: 'input' }, 'input'),
  'response.mcp_call_arguments.delta': appendDelta({ field: 'arguments' }),
  'response.mcp_call_arguments.done': finalValue({ field: 'arguments' }, 'arguments'),
  'response.code_interpreter_call_code.delta': appendDelta({ field: 'code' }),
  'response.code_interpreter_call_code.done': finalValue({ field: 'code' }, 'code'),
  'response.code_interpreter_call.in_progress': setStatus('in_progress'),
  'response.code_interpreter_call.interpreting': setStatus('interpreting'),
  'response.code_interpreter_call.completed': setStatus('completed'),
  'response.web_search_call.in_progress': setStatus('in_progress'),
  'response.web_search_call.searching': setStatus('searching'),
  'response.web_search_call.completed': setStatus('completed'),
  'response.file_search_call.in_progress': setStatus('in_progress'),
  'response.file_search_call.searching': setStatus('searching'),
  'response.file_search_call.completed': setStatus('completed'),
  'response.image_generation_call.in_progress': setStatus('in_progress'),
  'response.image_generation_call.generating': setStatus('generating'),
  'response.image_generation_call.partial_image': partialImage,
  'response.image_generation_call.completed': setStatus('completed'),
  'response.mcp_call.in_progress': setStatus('in_progress'),
  'response.mcp_call.completed': setStatus('completed'),
  'response.mcp_call.failed': setStatus('failed'),
  'response.mcp_list_tools.in_progress': setStatus('in_progress'),
  'response.mcp_list_tools.completed': setStatus('completed'),
  'response.mcp_list_tools.failed': setStatus('failed'),
  // Known, but not about output items (audio) or not yet rendered (shell calls); keepalive is a
  // non-spec event some servers send.
  'response.audio.delta': noop,
  'response.audio.done': noop,
  'response.audio.transcript.delta': noop,
  'response.audio.transcript.done': noop,
  'response.shell_call_command.added': noop,
  'response.shell_call_command.delta': noop,
  'response.shell_call_command.done': noop,
  'response.shell_call_output_content.delta': noop,
  'response.shell_call_output_content.done': noop,
  keepalive: noop,
};
