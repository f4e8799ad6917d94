import { isRecord, type ReceivedEvent } from './parse-event.ts';

/** The run's timings as the store records them (ms since Send). */
export interface MetricsTimings {
  headersAt: number | null;
  firstEventAt: number | null;
  endedAt: number | null;
}

export interface GapStats {
  p50: number;
  p95: number;
  max: number;
}

export interface UsageFigures {
  input: number;
  cached: number;
  output: number;
  reasoning: number;
  total: number;
}

export interface StreamMetrics {
  ttfb: number | null;
  firstEvent: number | null;
  firstTextDelta: number | null;
  firstReasoning: number | null;
  firstTool: number | null;
  total: number | null;
  /** Output tokens per second from the first output delta to the terminal event. */
  tokensPerSecond: number | null;
  /** `usage`: usage.output_tokens; `delta-count`: delta events counted (usage missing). */
  tokensSource: 'usage' | 'delta-count' | null;
  /**
   * `first-delta`: first output delta → terminal event; `whole-run`: Send → end, when every delta
   * arrived at the same instant (one chunk) and the first window is empty.
   */
  tokensWindow: 'first-delta' | 'whole-run' | null;
  gaps: GapStats | null;
  usage: UsageFigures | null;
  eventCount: number;
}

export type EventKind = 'lifecycle' | 'text' | 'reasoning' | 'tool' | 'error';

const TOOL_PREFIXES = [
  'response.function_call_arguments.',
  'response.web_search_call.',
  'response.file_search_call.',
  'response.code_interpreter_call',
  'response.image_generation_call.',
  'response.mcp_',
];

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

export const isToolEvent = (type: string) => TOOL_PREFIXES.some((p) => type.startsWith(p));
export const isReasoningEvent = (type: string) => type.startsWith('response.reasoning_');
const isOutputDelta = (type: string) => type.endsWith('.delta');

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

function cachedKind(type: string): EventKind {
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

/** Nearest-rank percentile of an ascending list (p in 0..100). */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function gapStats(events: readonly ReceivedEvent[]): GapStats | null {
  if (events.length < 2) return null;
  // A typed array sorts numbers natively, several times faster than a comparator.
  const gaps = new Float64Array(events.length - 1);
  for (let i = 1; i < events.length; i++)
    gaps[i - 1] = (events[i] as ReceivedEvent).at - (events[i - 1] as ReceivedEvent).at;
  gaps.sort();
  const sorted = gaps as unknown as readonly number[];
  return {
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    max: gaps[gaps.length - 1] ?? 0,
  };
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** Usage figures from a Response-shaped `usage` object, or null. */
export function usageFigures(usage: unknown): UsageFigures | null {
  if (!isRecord(usage)) return null;
  const inputDetails = isRecord(usage.input_tokens_details) ? usage.input_tokens_details : {};
  const outputDetails = isRecord(usage.output_tokens_details) ? usage.output_tokens_details : {};
  return {
    input: num(usage.input_tokens),
    cached: num(inputDetails.cached_tokens),
    output: num(usage.output_tokens),
    reasoning: num(outputDetails.reasoning_tokens),
    total: num(usage.total_tokens),
  };
}

function terminalUsage(terminal: ReceivedEvent | undefined): unknown {
  if (!terminal || !isRecord(terminal.payload)) return undefined;
  const response = terminal.payload.response;
  return isRecord(response) ? response.usage : undefined;
}

/** The first events of each sort, and the count of output deltas, in one pass. */
function scan(events: readonly ReceivedEvent[]) {
  let terminal: ReceivedEvent | undefined;
  let firstDelta: ReceivedEvent | undefined;
  let firstText: number | null = null;
  let firstReasoning: number | null = null;
  let firstTool: number | null = null;
  let deltas = 0;
  const seen = new Map<string, boolean>();
  for (const event of events) {
    const { type } = event;
    let delta = seen.get(type);
    if (delta === undefined) {
      delta = isOutputDelta(type);
      seen.set(type, delta);
    }
    if (delta) {
      deltas++;
      firstDelta ??= event;
    }
    if (terminal === undefined && TERMINAL.has(type)) terminal = event;
    if (firstText === null && type === 'response.output_text.delta') firstText = event.at;
    const kind = cachedKind(type);
    if (firstReasoning === null && kind === 'reasoning') firstReasoning = event.at;
    if (firstTool === null && kind === 'tool') firstTool = event.at;
  }
  return { terminal, firstDelta, firstText, firstReasoning, firstTool, deltas };
}

/** What the metrics need from the events alone: computed once per new events list. */
export interface EventStats {
  scan: ReturnType<typeof scan>;
  gaps: GapStats | null;
  firstAt: number | null;
  lastAt: number | null;
  count: number;
}

/** The O(events) part of the metrics; timings and usage change without it being redone. */
export function eventStats(events: readonly ReceivedEvent[]): EventStats {
  return {
    scan: scan(events),
    gaps: gapStats(events),
    firstAt: events[0]?.at ?? null,
    lastAt: events[events.length - 1]?.at ?? null,
    count: events.length,
  };
}

/**
 * The run's figures. `usage` is the latest Response snapshot's usage when known; otherwise the
 * terminal event's `response.usage` is used.
 */
export function computeMetrics(
  events: readonly ReceivedEvent[],
  timings: MetricsTimings,
  usage?: unknown,
): StreamMetrics {
  return metricsFrom(eventStats(events), timings, usage);
}

export function metricsFrom(
  stats: EventStats,
  timings: MetricsTimings,
  usage?: unknown,
): StreamMetrics {
  const { terminal, firstDelta, firstText, firstReasoning, firstTool, deltas } = stats.scan;
  const figures = usageFigures(usage) ?? usageFigures(terminalUsage(terminal));
  const endAt = terminal?.at ?? stats.lastAt;
  let tokensPerSecond: number | null = null;
  let tokensSource: StreamMetrics['tokensSource'] = null;
  let tokensWindow: StreamMetrics['tokensWindow'] = null;
  // Deltas that all arrived in one chunk have no window of their own: use Send → end instead.
  const window =
    firstDelta && endAt !== null && endAt > firstDelta.at
      ? { ms: endAt - firstDelta.at, kind: 'first-delta' as const }
      : firstDelta && (timings.endedAt ?? endAt ?? 0) > 0
        ? { ms: timings.endedAt ?? endAt ?? 0, kind: 'whole-run' as const }
        : null;
  if (window) {
    tokensWindow = window.kind;
    const seconds = window.ms / 1000;
    if (figures && figures.output > 0) {
      tokensPerSecond = figures.output / seconds;
      tokensSource = 'usage';
    } else {
      tokensPerSecond = deltas / seconds;
      tokensSource = 'delta-count';
    }
  }
  return {
    ttfb: timings.headersAt,
    firstEvent: timings.firstEventAt ?? stats.firstAt,
    firstTextDelta: firstText,
    firstReasoning,
    firstTool,
    total: timings.endedAt,
    tokensPerSecond,
    tokensSource,
    tokensWindow,
    gaps: stats.gaps,
    usage: figures,
    eventCount: stats.count,
  };
}
