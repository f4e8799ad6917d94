import { createColumns } from './event-columns.ts';
import { cachedKind } from './event-kind.ts';
import { grownFrom, isEarlierState } from './grown-from.ts';
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

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** Nearest-rank percentile of an ascending list (p in 0..100). */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/**
 * Gaps between consecutive arrival times (the first `length` entries of `at`). The percentiles
 * come from the typed array's own sort, native code: at a fast stream's end the figures are first
 * computed over every gap by code that has not run yet, and a selection written in JavaScript
 * then ran interpreted, 5–8 ms at 20,000 gaps against about 1 ms for the sort.
 */
export function gapStatsOf(at: Float64Array, length: number): GapStats | null {
  if (length < 2) return null;
  const gaps = new Float64Array(length - 1);
  for (let i = 1; i < length; i++) gaps[i - 1] = (at[i] ?? 0) - (at[i - 1] ?? 0);
  gaps.sort();
  return { p50: nearestRank(gaps, 50), p95: nearestRank(gaps, 95), max: gaps[length - 2] ?? 0 };
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

/** The first events of each sort, and the count of output deltas. */
interface EventScan {
  terminal: ReceivedEvent | undefined;
  firstDelta: ReceivedEvent | undefined;
  firstText: number | null;
  firstReasoning: number | null;
  firstTool: number | null;
  deltas: number;
}

const noScan: EventScan = {
  terminal: undefined,
  firstDelta: undefined,
  firstText: null,
  firstReasoning: null,
  firstTool: null,
  deltas: 0,
};

/** `previous` carried on over `events` from index `from`: a new object, `previous` is kept. */
function scanFrom(previous: EventScan, events: readonly ReceivedEvent[], from: number): EventScan {
  const next = { ...previous };
  for (let i = from; i < events.length; i++) {
    const event = events[i] as ReceivedEvent;
    const { type } = event;
    if (type.endsWith('.delta')) {
      next.deltas++;
      next.firstDelta ??= event;
    }
    if (next.terminal === undefined && TERMINAL.has(type)) next.terminal = event;
    if (next.firstText === null && type === 'response.output_text.delta') next.firstText = event.at;
    const kind = cachedKind(type);
    if (next.firstReasoning === null && kind === 'reasoning') next.firstReasoning = event.at;
    if (next.firstTool === null && kind === 'tool') next.firstTool = event.at;
  }
  return next;
}

/** What the metrics need from the events alone: computed once per new events list. */
export interface EventStats {
  scan: EventScan;
  gaps: GapStats | null;
  firstAt: number | null;
  lastAt: number | null;
  count: number;
}

export interface EventStatsReader {
  /**
   * Reads the events appended since the last call: the scan and the columns, no percentiles.
   * Cheap enough for every frame of a stream (see the metrics panel).
   */
  advance: (events: readonly ReceivedEvent[]) => void;
  /**
   * The stats of `events`, reading what is new first; of the longer list, when `advance` has read
   * further along it (a render that lands a frame late shows the newest figures rather than read
   * every event again).
   */
  statsOf: (events: readonly ReceivedEvent[]) => EventStats;
}

/**
 * The O(events) part of the metrics for a list that grows while a stream runs: each call reads
 * only the events added since the previous call (the gaps' percentiles are still taken among
 * them all). Timings and usage change without it being redone. `columnsOf` may be shared with
 * the timeline, so each event is read once.
 */
export function createEventStats(columnsOf = createColumns()): EventStatsReader {
  let seen: readonly ReceivedEvent[] = [];
  let scanned = noScan;
  const advance = (events: readonly ReceivedEvent[]) => {
    if (events === seen || isEarlierState(seen, events)) return;
    const from = grownFrom(seen, events);
    scanned = scanFrom(from === 0 ? noScan : scanned, events, from);
    seen = events;
    columnsOf(events);
  };
  return {
    advance,
    statsOf: (events) => {
      advance(events);
      const columns = columnsOf(seen);
      return {
        scan: scanned,
        gaps: gapStatsOf(columns.at, columns.length),
        firstAt: seen[0]?.at ?? null,
        lastAt: seen[seen.length - 1]?.at ?? null,
        count: seen.length,
      };
    },
  };
}

export function eventStats(events: readonly ReceivedEvent[]): EventStats {
  return createEventStats().statsOf(events);
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
