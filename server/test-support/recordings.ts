import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collapse, parseSseText, type Json, type SseEvent } from './http.ts';

/**
 * The recorded streams of the reference pack (`../shared/reference/sse` beside the repo, or
 * RESPONSES_REFERENCE_DIR), reduced to what the local server must reproduce: the event shape of
 * each output item and the keys of each event and item.
 */
export const REFERENCE_DIR =
  process.env.RESPONSES_REFERENCE_DIR ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference');

export function loadRecording(name: string): SseEvent[] {
  const path = `${REFERENCE_DIR}/sse/${name}`;
  if (!existsSync(path)) throw new Error(`Missing recording ${path} (set RESPONSES_REFERENCE_DIR)`);
  return parseSseText(readFileSync(path, 'utf8'));
}

export interface ItemShape {
  type: string;
  /** The item's event types in order, runs collapsed, annotation events left out. */
  shape: string[];
}

/** Per output item: its type and the collapsed sequence of its events. */
export function itemShapes(events: readonly SseEvent[]): ItemShape[] {
  const items: ItemShape[] = [];
  for (const event of events) {
    if (typeof event.output_index !== 'number') continue;
    if (event.type === 'response.output_text.annotation.added') continue;
    const item = (items[event.output_index] ??= { type: '', shape: [] });
    if (event.type === 'response.output_item.added') item.type = String((event.item as Json).type);
    item.shape.push(event.type);
  }
  return items.map((item) => ({ ...item, shape: reasoningUnit(collapse(item.shape)) }));
}

/** A reasoning item's summary parts repeat one unit; keep one so any part count compares. */
function reasoningUnit(shape: string[]): string[] {
  const start = shape.indexOf('response.reasoning_summary_part.added');
  const end = shape.indexOf('response.reasoning_summary_part.done');
  if (start < 0 || end < 0) return shape;
  return [
    ...shape.slice(0, end + 1),
    ...shape.slice(shape.lastIndexOf('response.reasoning_summary_part.done') + 1),
  ];
}

/** The shape of the first item of `type` in a recording. */
export function recordedShape(recording: string, type: string): string[] {
  const found = itemShapes(loadRecording(recording)).find((item) => item.type === type);
  if (!found) throw new Error(`${recording} has no ${type} item`);
  return found.shape;
}

/** The sorted keys of the first event of each type (and of `item` on item events, per type). */
export function eventKeys(events: readonly SseEvent[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const event of events) {
    const item = event.item as Json | undefined;
    const status = typeof item?.status === 'string' ? item.status : '';
    const name = item ? `${event.type}:${String(item.type)}:${status}` : event.type;
    if (!keys.has(event.type)) keys.set(event.type, Object.keys(event).sort());
    if (item && !keys.has(name)) keys.set(name, Object.keys(item).sort());
  }
  return keys;
}

/**
 * Every event type (and item) both streams have carries the same keys (`obfuscation` aside);
 * `extra` lists keys the local server adds on purpose, by event type.
 */
export function keyDifferences(
  ours: readonly SseEvent[],
  recording: string,
  extra: Record<string, string[]> = {},
): string[] {
  const recorded = eventKeys(loadRecording(recording));
  const differences: string[] = [];
  for (const [name, keys] of eventKeys(ours)) {
    const expected = recorded.get(name);
    if (!expected) continue;
    // `obfuscation` comes and goes with stream_options and the recording's date.
    const allowed = new Set([...expected, ...(extra[name] ?? []), 'obfuscation']);
    const missing = expected.filter((k) => !keys.includes(k) && k !== 'obfuscation');
    const added = keys.filter((k) => !allowed.has(k));
    if (missing.length || added.length) {
      differences.push(`${name}: missing [${missing.join(', ')}], extra [${added.join(', ')}]`);
    }
  }
  return differences;
}

/**
 * Our items' shapes next to the recorded ones: for each of our items, the shape of the first
 * item of the same type in the recording named for that type. Compare the two with toEqual.
 */
export function shapesBeside(
  events: readonly SseEvent[],
  recordingByType: Record<string, string>,
): { ours: ItemShape[]; recorded: ItemShape[] } {
  const ours = itemShapes(events);
  const recorded = ours.map(({ type }) => {
    const recording = recordingByType[type];
    return {
      type,
      shape: recording ? recordedShape(recording, type) : [`no recording for ${type}`],
    };
  });
  return { ours, recorded };
}

/** The lifecycle around the items: created, in_progress … and the terminal event. */
export function lifecycle(events: readonly SseEvent[]): string[] {
  return events.filter((e) => typeof e.output_index !== 'number').map((e) => e.type);
}

interface SpecEvents {
  events: Record<string, { required: string[] }>;
}

let specEvents: SpecEvents | null = null;

/** The `required` fields of a stream event type in the spec, or null if it is not in the union. */
export function specRequired(type: string): string[] | null {
  specEvents ??= JSON.parse(
    readFileSync(`${REFERENCE_DIR}/responses-stream-event-examples.from-spec.json`, 'utf8'),
  ) as SpecEvents;
  return specEvents.events[type]?.required ?? null;
}
