import { isRecord, type ReceivedEvent } from './parse-event.ts';

export type EventKind = 'lifecycle' | 'text' | 'reasoning' | 'tool' | 'error';

const TOOL_PREFIXES = [
  'response.function_call_arguments.',
  'response.web_search_call.',
  'response.file_search_call.',
  'response.code_interpreter_call',
  'response.image_generation_call.',
  'response.mcp_',
];

export const isToolEvent = (type: string) => TOOL_PREFIXES.some((p) => type.startsWith(p));
export const isReasoningEvent = (type: string) => type.startsWith('response.reasoning_');

function kindOfType(type: string): EventKind {
  if (type === 'error' || type === 'response.failed') return 'error';
  if (type === 'response.output_text.delta') return 'text';
  if (isReasoningEvent(type)) return 'reasoning';
  if (isToolEvent(type)) return 'tool';
  return 'lifecycle';
}

// Metrics look at every event of a run (100,000 in a big one) but a run has a few dozen types:
// each type is classified once. Bounded, as hostile streams may invent a type per event.
const kinds = new Map<string, EventKind>();

export function cachedKind(type: string): EventKind {
  let kind = kinds.get(type);
  if (kind === undefined) {
    kind = kindOfType(type);
    if (kinds.size < 1000) kinds.set(type, kind);
  }
  return kind;
}

/** Which colour an event gets on the timeline. */
export function eventKind(event: ReceivedEvent): EventKind {
  return event.parseError !== undefined ? 'error' : cachedKind(event.type);
}

/** The length of the event's `delta` string, or 0. */
export function deltaSize(event: ReceivedEvent): number {
  const delta = isRecord(event.payload) ? event.payload.delta : undefined;
  return typeof delta === 'string' ? delta.length : 0;
}
