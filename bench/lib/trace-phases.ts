import type { Browser, Page } from '@playwright/test';

// The marks the stream probe sets when the body's first chunk and its end reach the page (it is
// serialized into the page, so it spells them out itself).
const FIRST_BYTE_MARK = 'bench:first-byte';
const STREAM_END_MARK = 'bench:stream-end';

/** Main-thread CPU time of a traced span, split where the stream's body began and ended (ms). */
export interface Phases {
  /** From the click until the body's first chunk reached the page: the request going out. */
  beforeFirstByte: number;
  /** While the body streamed in. */
  streaming: number;
  /** From the body's end until the span ends: the run ending, and what that sets off. */
  afterLastByte: number;
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * Runs `span` under a Chrome trace and splits the renderer main thread's task time (thread
 * ticks, as the CDP meter counts) at the probe's marks. Tracing itself costs the page a little,
 * so these figures run a few percent above the untraced ones: they show where the time goes,
 * the untraced runs say how much there is.
 */
export async function tracePhases(
  browser: Browser,
  page: Page,
  span: () => Promise<void>,
): Promise<Phases> {
  await browser.startTracing(page, {
    categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await span();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const events = trace.traceEvents;
  const mark = (name: string) =>
    events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const first = mark(FIRST_BYTE_MARK);
  const end = mark(STREAM_END_MARK);
  if (!first || !end) throw new Error('the stream probe set no marks: did the page stream?');
  // The thread that set the marks is the page's main thread.
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === first.pid && e.tid === first.tid,
  );
  const phases: Phases = { beforeFirstByte: 0, streaming: 0, afterLastByte: 0 };
  // A task is placed by when it ended: the one that took the first chunk is streaming work, the
  // one that found the body's end goes on to end the run.
  for (const task of tasks) {
    const ms = (task.tdur ?? task.dur ?? 0) / 1000;
    const ended = task.ts + (task.dur ?? 0);
    if (ended < first.ts) phases.beforeFirstByte += ms;
    else if (ended < end.ts) phases.streaming += ms;
    else phases.afterLastByte += ms;
  }
  return phases;
}
