import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { closePage, freshPage } from '../lib/browser.ts';
import type { BenchModule } from '../lib/module.ts';
import { median, percentile, round } from '../lib/stats.ts';
import { row } from '../lib/table.ts';

const EVENTS = 100_000;
const FRAMES = 240;
/** Pixels scrolled per frame: 100 is a wheel notch, 900 a fling. */
const STEPS = [100, 900];

/** A recording of `n` events: one message item, its text deltas, a blank line every 40. */
function syntheticSse(n: number): string {
  const lines: string[] = [];
  const id = 'msg_bench';
  const push = (event: { type: string }) =>
    lines.push(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  const response = { id: 'resp_bench', object: 'response', status: 'in_progress', output: [] };
  push({ type: 'response.created', sequence_number: 0, response } as { type: string });
  push({
    type: 'response.output_item.added',
    sequence_number: 1,
    output_index: 0,
    item: { id, type: 'message', status: 'in_progress', role: 'assistant', content: [] },
  } as { type: string });
  push({
    type: 'response.content_part.added',
    sequence_number: 2,
    item_id: id,
    output_index: 0,
    content_index: 0,
    part: { type: 'output_text', text: '', annotations: [] },
  } as { type: string });
  for (let i = 3; i < n - 1; i++) {
    push({
      type: 'response.output_text.delta',
      sequence_number: i,
      item_id: id,
      output_index: 0,
      content_index: 0,
      delta: i % 40 === 0 ? '\n\n' : ` w${i}`,
      logprobs: [],
    } as { type: string });
  }
  push({
    type: 'response.completed',
    sequence_number: n - 1,
    response: { ...response, status: 'completed' },
  } as { type: string });
  return lines.join('');
}

interface PostTask {
  postTask: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
}

/**
 * Scrolls the event list by `step` px in each of `frames` animation frames. A frame's time runs
 * from its start (the requestAnimationFrame timestamp, before scroll events are dispatched) to
 * just after its paint (a message posted from that callback runs once the frame is done): the
 * list's scroll handling, React, style, layout and paint.
 */
function scrollFrames(args: { step: number; frames: number }) {
  const scroller = document.querySelector<HTMLElement>(
    'section[aria-label="Events"] [data-testid="event-scroller"]',
  );
  if (!scroller) throw new Error('no event scroller');
  scroller.scrollTop = 0;
  return new Promise<{ work: number[]; intervals: number[] }>((resolve) => {
    const work: number[] = [];
    const intervals: number[] = [];
    const starts: number[] = [];
    const done = () => {
      work.push(performance.now() - (starts[work.length] ?? 0));
      if (work.length === args.frames)
        resolve({ work: work.slice(2), intervals: intervals.slice(2) });
    };
    // At the highest task priority, so it runs as soon as the frame is painted.
    const scheduler = (window as unknown as { scheduler?: PostTask }).scheduler;
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    const afterPaint = scheduler
      ? () => void scheduler.postTask(done, { priority: 'user-blocking' })
      : () => channel.port2.postMessage(null);
    const tick = (t: number) => {
      const last = starts.at(-1);
      if (last !== undefined) intervals.push(t - last);
      starts.push(t);
      scroller.scrollTop += args.step;
      afterPaint();
      if (starts.length < args.frames) requestAnimationFrame(tick);
    };
    // Two frames to settle after resetting the position.
    requestAnimationFrame(() => requestAnimationFrame(tick));
  });
}

async function heapMB(page: Page): Promise<{ before: number; after: number }> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 1_048_576;
  const before = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  return { before, after: await used() };
}

export const inspectorModule: BenchModule = {
  id: 'inspector',
  needs: { build: true, server: true },
  async run(ctx) {
    const file = join(tmpdir(), `bench-inspector-${EVENTS}.sse`);
    writeFileSync(file, syntheticSse(EVENTS));
    const page = await freshPage(await ctx.browser());
    try {
      await page.goto(ctx.url, { waitUntil: 'networkidle' });
      const started = Date.now();
      await page.getByLabel('Open .sse file').setInputFiles(file);
      await page
        .getByTestId('event-count')
        .filter({ hasText: `(${EVENTS})` })
        .waitFor({ timeout: 120_000 });
      const loadSeconds = (Date.now() - started) / 1000;
      ctx.log(`inspector: ${EVENTS} events replayed in ${loadSeconds.toFixed(1)} s`);
      const byStep = new Map<number, { work: number[]; intervals: number[] }>();
      for (const step of STEPS) {
        const work: number[] = [];
        const intervals: number[] = [];
        for (let rep = 0; rep < ctx.reps; rep++) {
          const run = await page.evaluate(scrollFrames, { step, frames: FRAMES });
          work.push(...run.work);
          intervals.push(...run.intervals);
        }
        byStep.set(step, { work, intervals });
        ctx.log(
          `inspector: ${step} px/frame: p50 ${round(median(work))} ms, p95 ${round(percentile(work, 95))} ms`,
        );
      }
      const heap = await heapMB(page);
      const rowsInDom = await page.getByTestId('event-row').count();
      const g = 'inspector';
      const p95 = (step: number) => percentile(byStep.get(step)?.work ?? [], 95);
      const dropped = (step: number) =>
        (byStep.get(step)?.intervals ?? []).filter((i) => i > 1.5 * (1000 / 60)).length;
      const rows = [
        row(g, `${EVENTS} events replayed (Open .sse)`, { value: loadSeconds, unit: 's' }),
        ...STEPS.map((step) =>
          row(
            g,
            `scroll ${step} px/frame, frame p95`,
            { value: p95(step), unit: 'ms' },
            { text: '≤ 16 ms', ok: (v) => v <= 16 },
          ),
        ),
        row(
          g,
          'JS heap after GC',
          { value: heap.after, unit: 'MB', digits: 0 },
          { text: '≤ 150 MB', ok: (v) => v <= 150 },
        ),
      ];
      const notes = [
        `inspector: ${EVENTS} events opened from a .sse file, then the list is scrolled ${FRAMES} frames × ${ctx.reps} at each speed; frame = rAF timestamp → just after that frame's paint (scroll handling, React, style, layout, paint); frames over 25 ms apart: ${STEPS.map((s) => `${s} px ${dropped(s)}`).join(', ')} of ${STEPS.map((s) => byStep.get(s)?.intervals.length ?? 0).join('/')}; ${rowsInDom} rows in the DOM; heap before GC ${Math.round(heap.before)} MB.`,
      ];
      return {
        rows,
        notes,
        details: {
          loadSeconds,
          heap,
          rowsInDom,
          frames: Object.fromEntries(
            STEPS.map((s) => {
              const { work = [], intervals = [] } = byStep.get(s) ?? {};
              return [
                s,
                {
                  p50: median(work),
                  p95: percentile(work, 95),
                  max: Math.max(...work),
                  intervalP95: percentile(intervals, 95),
                },
              ];
            }),
          ),
        },
      };
    } finally {
      await closePage(page);
    }
  },
};
