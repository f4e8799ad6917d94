import { describe, expect, it } from 'vitest';
import { bucketEvents } from './metrics-timeline.ts';
import { eventKind } from './event-kind.ts';
import { computeMetrics, nearestRank } from './metrics.ts';
import type { ReceivedEvent } from './parse-event.ts';

const usage = {
  input_tokens: 20,
  input_tokens_details: { cached_tokens: 4 },
  output_tokens: 52,
  output_tokens_details: { reasoning_tokens: 12 },
  total_tokens: 72,
};

/** [type, at, delta?]: consecutive gaps are 10, 20, …, 100 ms. */
const script: [string, number, string?][] = [
  ['response.created', 100],
  ['response.in_progress', 110],
  ['response.reasoning_summary_text.delta', 130, 'Think'],
  ['response.output_item.added', 160],
  ['response.output_text.delta', 200, 'Hel'],
  ['response.output_text.delta', 250, 'lo'],
  ['response.output_text.delta', 310, '!'],
  ['response.function_call_arguments.delta', 380, '{}'],
  ['response.output_text.done', 460],
  ['response.output_item.done', 550],
  ['response.completed', 650],
];

function stream(withUsage: boolean): ReceivedEvent[] {
  return script.map(([type, at, delta], index) => ({
    index,
    name: type,
    type,
    at,
    sequenceNumber: index,
    payload:
      type === 'response.completed'
        ? { type, response: { usage: withUsage ? usage : null } }
        : { type, ...(delta === undefined ? {} : { delta }) },
  }));
}

const timings = { headersAt: 80, firstEventAt: 100, endedAt: 660 };

describe('computeMetrics', () => {
  it('gives the known times, gaps, usage and tokens/s of a synthetic stream', () => {
    const m = computeMetrics(stream(true), timings);
    expect(m).toMatchObject({
      ttfb: 80,
      firstEvent: 100,
      firstTextDelta: 200,
      firstReasoning: 130,
      firstTool: 380,
      total: 660,
      tokensSource: 'usage',
      tokensWindow: 'first-delta',
      gaps: { p50: 50, p95: 100, max: 100 },
      usage: { input: 20, cached: 4, output: 52, reasoning: 12, total: 72 },
      eventCount: 11,
    });
    // 52 tokens from the first output delta (130) to response.completed (650): 520 ms.
    expect(m.tokensPerSecond).toBeCloseTo(100, 6);
  });

  it('prefers the usage passed in over the terminal event', () => {
    const m = computeMetrics(stream(false), timings, { ...usage, output_tokens: 26 });
    expect(m.tokensPerSecond).toBeCloseTo(50, 6);
    expect(m.tokensSource).toBe('usage');
  });

  it('counts delta events when usage is missing, and says so', () => {
    const m = computeMetrics(stream(false), timings);
    expect(m.usage).toBeNull();
    expect(m.tokensSource).toBe('delta-count');
    expect(m.tokensPerSecond).toBeCloseTo(5 / 0.52, 6);
  });

  it('uses the whole run when every delta arrived at once', () => {
    const burst = stream(true).map((e) => ({ ...e, at: 100 }));
    const m = computeMetrics(burst, { headersAt: 90, firstEventAt: 100, endedAt: 260 });
    expect(m.tokensWindow).toBe('whole-run');
    expect(m.tokensPerSecond).toBeCloseTo(52 / 0.26, 6);
    expect(m.gaps).toEqual({ p50: 0, p95: 0, max: 0 });
  });

  it('has nulls for an empty run', () => {
    const m = computeMetrics([], { headersAt: null, firstEventAt: null, endedAt: null });
    expect(m).toMatchObject({
      ttfb: null,
      firstEvent: null,
      firstTextDelta: null,
      tokensPerSecond: null,
      tokensSource: null,
      gaps: null,
      usage: null,
    });
  });
});

describe('nearestRank', () => {
  it('takes the ceil(p·n)-th value', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    expect(nearestRank(sorted, 50)).toBe(10);
    expect(nearestRank(sorted, 95)).toBe(19);
    expect(nearestRank(sorted, 100)).toBe(20);
    expect(nearestRank([7], 50)).toBe(7);
  });
});

describe('eventKind', () => {
  it('colours events by kind', () => {
    const kinds = stream(true).map(eventKind);
    expect(kinds).toEqual([
      'lifecycle',
      'lifecycle',
      'reasoning',
      'lifecycle',
      'text',
      'text',
      'text',
      'tool',
      'lifecycle',
      'lifecycle',
      'lifecycle',
    ]);
    const error: ReceivedEvent = {
      index: 0,
      name: 'error',
      type: 'error',
      payload: {},
      sequenceNumber: null,
      at: 1,
    };
    expect(eventKind(error)).toBe('error');
  });
});

describe('bucketEvents', () => {
  it('sums delta sizes per kind per bucket', () => {
    const t = bucketEvents(stream(true), 13);
    expect(t.buckets.length).toBeLessThanOrEqual(11);
    const text = t.buckets.reduce((sum, b) => sum + b.sizes.text, 0);
    const counts = t.buckets.reduce((sum, b) => sum + b.counts.lifecycle + b.counts.text, 0);
    expect(text).toBe('Hello!'.length);
    expect(counts).toBe(9);
  });

  it('keeps 20,000 events to at most 400 buckets', () => {
    const many: ReceivedEvent[] = Array.from({ length: 20_000 }, (_, index) => ({
      index,
      name: undefined,
      type: 'response.output_text.delta',
      payload: { delta: 'ab' },
      sequenceNumber: index,
      at: index * 0.5,
    }));
    const t = bucketEvents(many);
    expect(t.buckets).toHaveLength(400);
    expect(t.buckets.reduce((sum, b) => sum + b.sizes.text, 0)).toBe(40_000);
    expect(t.buckets.reduce((sum, b) => sum + b.counts.text, 0)).toBe(20_000);
  });
});
