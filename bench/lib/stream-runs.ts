// The streaming pages the bench drives and one measured run of each kind: main-thread time
// (instant or paced), a traced run split into phases, delta → paint.
import type { Page } from '@playwright/test';
import { LONG_INPUT, LONG_MODEL } from '../stream-request.ts';
import { closePage, freshPage, mainThreadMeter, type MainThread } from './browser.ts';
import type { BenchContext } from './module.ts';
import { paintLatency } from './paint-latency.ts';
import {
  collectProbe,
  installStreamProbe,
  startAndWait,
  type ProbeOptions,
} from './stream-probe.ts';
import { tracePhases, type Phases } from './trace-phases.ts';

/** The paced run: the local server told to stream at this many tokens a second. */
export const PACED = { pace: '5000', deltas: 10_000 };

export interface Target {
  name: string;
  path: string;
  probe: Omit<ProbeOptions, 'record'>;
  start: { button: string; done: string; doneText: string };
  setup?: (page: Page, input: string) => Promise<void>;
}

export const app: Target = {
  name: 'app',
  path: '/',
  probe: {
    watch: 'section[aria-label="Response"]',
    text: 'section[aria-label="Response"] .prose',
  },
  start: { button: 'Send', done: '[data-testid="run-status"]', doneText: 'completed' },
  setup: async (page, input) => {
    await page.getByLabel('model', { exact: true }).fill(LONG_MODEL);
    await page.getByLabel('input', { exact: true }).fill(input);
    await page.getByRole('combobox', { name: 'local pace' }).selectOption('instant');
  },
};

export const parseOnly: Target = {
  name: 'parse only',
  path: '/bench/parse-only.html',
  probe: { watch: 'body', text: 'body' },
  start: { button: 'Start', done: '[data-testid="bench-status"]', doneText: 'completed' },
};

export const textOnly: Target = {
  name: 'text only',
  path: '/bench/text-only.html',
  probe: { watch: '#text', text: '#text' },
  start: { button: 'Start', done: '[data-testid="bench-status"]', doneText: 'completed' },
};

export const naive: Target = {
  name: 'naive baseline, batched',
  path: '/bench/baseline-naive.html',
  probe: { watch: 'main', text: 'main' },
  start: { button: 'Start', done: '[data-testid="bench-done"]', doneText: 'done:' },
};

/** How long the per-delta baseline may run: it would need far longer than the bench may take. */
export const NAIVE_CAP_MS = 10_000;

export const naivePerDelta: Target = {
  ...naive,
  name: 'naive baseline, per delta',
  path: `/bench/baseline-naive.html?each=1&capMs=${NAIVE_CAP_MS}`,
};

export interface Span {
  cost: MainThread;
  wallMs: number;
  chunks: number;
  longTasks: number[];
  /** Text deltas the page got through (the naive pages say; null for the others). */
  deltas: number | null;
}

/** A quarter second in which the page's main thread did less than this is the page at rest. */
const QUIET = { windowMs: 250, busyMs: 2, maxMs: 5_000 };

/**
 * The meter's reading once the page has come to rest. Before a measured span, so what a page does
 * when idle after start-up stays out of it; after, so what a stream's end sets off later (the
 * thread's save) counts as part of what the stream cost.
 */
async function untilQuiet(meter: () => Promise<MainThread>): Promise<MainThread> {
  let last = await meter();
  for (let waited = 0; waited < QUIET.maxMs; waited += QUIET.windowMs) {
    await new Promise((resolve) => setTimeout(resolve, QUIET.windowMs));
    const now = await meter();
    if (now.task - last.task < QUIET.busyMs) return now;
    last = now;
  }
  return last;
}

async function prepared(
  ctx: BenchContext,
  target: Target,
  probe: ProbeOptions,
  input = LONG_INPUT,
): Promise<Page> {
  const page = await freshPage(await ctx.browser());
  await page.addInitScript(installStreamProbe, probe);
  await page.goto(`${ctx.url}${target.path}`, { waitUntil: 'networkidle' });
  await target.setup?.(page, input);
  // Let typing settle (drafts are saved, lint runs) and the page finish what it does when idle
  // after start-up (lazy chunks, warm-ups), so none of it lands in the measured span.
  await page.waitForTimeout(500);
  await untilQuiet(await mainThreadMeter(page));
  return page;
}

/** The page at instant pace (the 20,000-delta stream), or paced (PACED.deltas at PACED.pace). */
export async function measureMainThread(
  ctx: BenchContext,
  target: Target,
  pace?: typeof PACED,
): Promise<Span> {
  const probe = { ...target.probe, record: false, ...(pace ? { pace: pace.pace } : {}) };
  const join = target.path.includes('?') ? '&' : '?';
  const paced = pace ? { ...target, path: `${target.path}${join}tokens=${pace.deltas}` } : target;
  const input = pace ? `write ${pace.deltas} tokens` : LONG_INPUT;
  const page = await prepared(ctx, paced, probe, input);
  try {
    const meter = await mainThreadMeter(page);
    const span = await page.evaluate(startAndWait, target.start);
    const cost = await untilQuiet(meter);
    const extra = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: { arrivals: number[]; longTasks: number[] } })
        .__probe;
      const deltas = document
        .querySelector('[data-testid="bench-done"]')
        ?.getAttribute('data-deltas');
      return {
        chunks: probe.arrivals.length,
        longTasks: probe.longTasks,
        deltas: deltas ? Number(deltas) : null,
      };
    });
    return { cost, wallMs: span.done - span.started, ...extra };
  } finally {
    await closePage(page);
  }
}

/** One traced run of the instant stream: the main thread's time before, while and after it streams. */
export async function measurePhases(ctx: BenchContext, target: Target): Promise<Phases> {
  const probe = { ...target.probe, record: false };
  const page = await prepared(ctx, target, probe);
  try {
    const meter = await mainThreadMeter(page);
    return await tracePhases(await ctx.browser(), page, async () => {
      await page.evaluate(startAndWait, target.start);
      await untilQuiet(meter);
    });
  } finally {
    await closePage(page);
  }
}

export async function measurePaint(
  ctx: BenchContext,
  pace?: { pace: string; deltas: number },
  target: Target = app,
) {
  const input = pace ? `write ${pace.deltas} tokens` : LONG_INPUT;
  const probe = { ...target.probe, record: true, ...(pace ? { pace: pace.pace } : {}) };
  const join = target.path.includes('?') ? '&' : '?';
  const paced =
    pace && target !== app
      ? { ...target, path: `${target.path}${join}tokens=${pace.deltas}` }
      : target;
  const page = await prepared(ctx, paced, probe, input);
  try {
    await page.evaluate(startAndWait, target.start);
    const result = await page.evaluate(collectProbe);
    const first = result.arrivals[0] ?? 0;
    const seconds = ((result.streamEnd ?? first) - first) / 1000;
    const latency = paintLatency(result);
    return { ...latency, deltasPerSecond: latency.deltas / seconds, longTasks: result.longTasks };
  } finally {
    await closePage(page);
  }
}
