import type { BenchContext, BenchModule } from '../lib/module.ts';
import { median, percentile, round } from '../lib/stats.ts';
import {
  NAIVE_CAP_MS,
  PACED,
  app,
  measureMainThread,
  measurePaint,
  measurePhases,
  naive,
  naivePerDelta,
  parseOnly,
  textOnly,
  type Span,
  type Target,
} from '../lib/stream-runs.ts';
import { row, type Row } from '../lib/table.ts';
import type { Phases } from '../lib/trace-phases.ts';
import { LONG_DELTAS, LONG_MODEL } from '../stream-request.ts';

const PHASE_NAMES: Record<keyof Phases, string> = {
  beforeFirstByte: 'before the first byte',
  streaming: 'while streaming',
  afterLastByte: 'after the last byte',
};

const ms = (value: number) => ({ value: round(value, 0), unit: 'ms', digits: 0 });
const p50Budget = { text: '≤ 16 ms', ok: (v: number) => v <= 16 };
const p99Budget = { text: '≤ 50 ms', ok: (v: number) => v <= 50 };

async function paintRuns(
  ctx: BenchContext,
  label: string,
  pace?: typeof PACED,
  target: Target = app,
) {
  const latencies: number[] = [];
  const runs = [];
  for (let rep = 0; rep < ctx.reps; rep++) {
    const run = await measurePaint(ctx, pace, target);
    ctx.log(
      `stream: delta → paint ${target === app ? '' : `${target.name}, `}${label} rep ${rep + 1}: ${run.latencies.length} deltas timed at ${Math.round(run.deltasPerSecond)}/s, p50 ${round(percentile(run.latencies, 50))} ms, p99 ${round(percentile(run.latencies, 99))} ms`,
    );
    runs.push({ ...run, latencies: undefined, timed: run.latencies.length });
    latencies.push(...run.latencies);
  }
  return { latencies, runs, rate: median(runs.map((r) => r.deltasPerSecond)) };
}

export const streamModule: BenchModule = {
  id: 'stream',
  needs: { build: true, server: true },
  async run(ctx) {
    const targets = [app, parseOnly, textOnly, naive];
    // The instant runs carry the budget and vary most between runs: two more of them. The paced
    // runs (info, six seconds each) leave the text-only page out.
    const measureAll = async (pace?: typeof PACED) => {
      const measured = pace ? targets.filter((t) => t !== textOnly) : targets;
      const spans = new Map<Target, Span[]>(measured.map((t) => [t, []]));
      const reps = pace ? ctx.reps : ctx.reps + 2;
      for (let rep = 0; rep < reps; rep++) {
        // Interleaved, so a slow moment of the machine hits every page alike.
        for (const target of measured) {
          const span = await measureMainThread(ctx, target, pace);
          ctx.log(
            `stream: ${target.name}${pace ? ' paced' : ''} rep ${rep + 1}: main thread ${Math.round(span.cost.task)} ms, wall ${Math.round(span.wallMs)} ms, ${span.chunks} chunks`,
          );
          spans.get(target)?.push(span);
        }
      }
      const med = (target: Target) => median((spans.get(target) ?? []).map((s) => s.cost.task));
      return {
        spans,
        app: med(app),
        parse: med(parseOnly),
        text: med(textOnly),
        naive: med(naive),
      };
    };
    const instantCpu = await measureAll();
    const phaseRuns = new Map<Target, Phases[]>([
      [app, []],
      [parseOnly, []],
    ]);
    for (let rep = 0; rep < ctx.reps; rep++) {
      for (const [target, runs] of phaseRuns) {
        const phases = await measurePhases(ctx, target);
        ctx.log(
          `stream: ${target.name} traced rep ${rep + 1}: before the first byte ${Math.round(phases.beforeFirstByte)} ms, streaming ${Math.round(phases.streaming)} ms, after the last byte ${Math.round(phases.afterLastByte)} ms`,
        );
        runs.push(phases);
      }
    }
    const phase = (target: Target, key: keyof Phases) =>
      median((phaseRuns.get(target) ?? []).map((p) => p[key]));
    const pacedCpu = await measureAll(PACED);
    // Once: it runs for NAIVE_CAP_MS whatever happens, and its figure is a lower bound anyway.
    const perDelta = await measureMainThread(ctx, naivePerDelta);
    ctx.log(
      `stream: ${naivePerDelta.name}: main thread ${Math.round(perDelta.cost.task)} ms for ${perDelta.deltas ?? '?'} of ${LONG_DELTAS} deltas`,
    );
    const perDeltaDone = perDelta.deltas ?? 0;
    const perDeltaStopped = perDeltaDone < LONG_DELTAS;
    const { spans, app: appMs, parse: parseMs, naive: naiveMs } = instantCpu;
    const instant = await paintRuns(ctx, 'instant');
    const paced = await paintRuns(ctx, `paced ${PACED.pace}`, PACED);
    const textInstant = await paintRuns(ctx, 'instant', undefined, textOnly);

    const g = 'stream';
    const rows: Row[] = [
      row(g, `main thread, app (${LONG_DELTAS} deltas, instant)`, ms(appMs)),
      row(g, 'main thread, parse only', ms(parseMs)),
      row(
        g,
        perDeltaStopped
          ? `main thread, naive baseline (a render per delta): first ${perDeltaDone} deltas, then stopped`
          : 'main thread, naive baseline (a render per delta)',
        ms(perDelta.cost.task),
      ),
      row(g, 'main thread, naive baseline batched (a render per network read)', ms(naiveMs)),
      row(
        g,
        'main thread, text only (parse only + each frame’s text as a new block)',
        ms(instantCpu.text),
      ),
      row(g, 'text only ÷ parse only (the floor of showing a frame per read)', {
        value: instantCpu.text / parseMs,
        unit: '×',
        digits: 2,
      }),
      row(
        g,
        'app ÷ parse only',
        { value: appMs / parseMs, unit: '×', digits: 2 },
        { text: '≤ 1.3×', ok: (v) => v <= 1.3 },
      ),
      row(
        g,
        perDeltaStopped
          ? 'naive baseline (per delta) ÷ app, at least (it did not finish)'
          : 'naive baseline (per delta) ÷ app',
        { value: perDelta.cost.task / appMs, unit: '×', digits: 1 },
        { text: '≥ 10×', ok: (v) => v >= 10 },
      ),
      row(g, 'naive baseline batched ÷ app', { value: naiveMs / appMs, unit: '×', digits: 1 }),
      ...(['beforeFirstByte', 'streaming', 'afterLastByte'] as const).map((key) =>
        row(g, `main thread ${PHASE_NAMES[key]} (traced), app / parse only`, {
          value: phase(app, key),
          unit: `ms / ${Math.round(phase(parseOnly, key))} ms`,
          digits: 0,
        }),
      ),
      row(
        g,
        'app’s extra before the first byte and after the last (traced) ÷ parse only’s whole run',
        {
          value:
            (phase(app, 'beforeFirstByte') +
              phase(app, 'afterLastByte') -
              phase(parseOnly, 'beforeFirstByte') -
              phase(parseOnly, 'afterLastByte')) /
            (phase(parseOnly, 'beforeFirstByte') +
              phase(parseOnly, 'streaming') +
              phase(parseOnly, 'afterLastByte')),
          unit: '×',
          digits: 2,
        },
      ),
      row(g, `main thread, paced (${PACED.deltas} deltas): app`, ms(pacedCpu.app)),
      row(g, 'main thread, paced: parse only', ms(pacedCpu.parse)),
      row(g, 'main thread, paced: naive baseline batched', ms(pacedCpu.naive)),
      row(g, 'paced: naive baseline batched ÷ app', {
        value: pacedCpu.naive / pacedCpu.app,
        unit: '×',
        digits: 1,
      }),
      row(g, 'delta → paint p50, instant', ms(percentile(instant.latencies, 50)), p50Budget),
      row(g, 'delta → paint p99, instant', ms(percentile(instant.latencies, 99)), p99Budget),
      row(g, 'delta → paint p50, instant, text only', ms(percentile(textInstant.latencies, 50))),
      row(g, 'delta → paint p99, instant, text only', ms(percentile(textInstant.latencies, 99))),
      row(
        g,
        `delta → paint p50, paced (${Math.round(paced.rate)} deltas/s)`,
        ms(percentile(paced.latencies, 50)),
        p50Budget,
      ),
      row(
        g,
        `delta → paint p99, paced (${Math.round(paced.rate)} deltas/s)`,
        ms(percentile(paced.latencies, 99)),
        p99Budget,
      ),
    ];
    const appSpans = spans.get(app) ?? [];
    const details = {
      mainThread: Object.fromEntries(
        targets.map((t) => [
          t.name,
          (spans.get(t) ?? []).map((s) => ({
            ...s.cost,
            wallMs: s.wallMs,
            chunks: s.chunks,
            longTasks: s.longTasks.length,
            longestTaskMs: Math.max(0, ...s.longTasks),
          })),
        ]),
      ),
      mainThreadPaced: Object.fromEntries(
        [...pacedCpu.spans.keys()].map((t) => [
          t.name,
          (pacedCpu.spans.get(t) ?? []).map((s) => ({ ...s.cost, wallMs: s.wallMs })),
        ]),
      ),
      phases: Object.fromEntries([...phaseRuns].map(([target, runs]) => [target.name, runs])),
      naivePerDelta: { ...perDelta.cost, wallMs: perDelta.wallMs, deltas: perDelta.deltas },
      paintInstant: instant.runs,
      paintPaced: paced.runs,
      paintInstantTextOnly: textInstant.runs,
    };
    const notes = [
      `stream: budgets apply to the instant stream, as the issue sets them; the paced rows (the same pages, ${PACED.deltas} deltas at x-local-pace ${PACED.pace}, no budget) show the other regime, where deltas trickle in and a page that re-renders everything per delta falls behind.`,
      `stream: ${LONG_DELTAS} text deltas (${LONG_MODEL}, about 100 KB of markdown, 5.7 MB of SSE) from the local server at instant pace; ${ctx.reps + 2} runs of each page (${ctx.reps} paced), interleaved; medians.`,
      `stream: main thread = CPU time of the renderer main thread (CDP Performance.getMetrics TaskDuration, thread ticks: script, style, layout, paint, GC) from the click on Send/Start until the page is at rest after the stream (less than 2 ms of main-thread time in a quarter second): what the end sets off later, such as the thread’s save, counts. Parse only = the app’s own reader, JSON and reducer (src/api) with no UI; text only = the same, plus each animation frame’s new text appended as one more block (no React, no markdown, nothing else on the page): what merely showing the stream a frame at a time costs; naive baseline = react-markdown over the whole text re-rendered per delta (flushSync), as the issue defines it: it would need far longer than the bench may run, so it stops its stream after ${NAIVE_CAP_MS / 1000} s and the ratio is a lower bound. Naive batched = the same page setting state per delta without flushSync, so React renders once per network read (with the network this fast, a few hundred KB a read): how such an app behaves in practice, shown for comparison.`,
      `stream: traced rows = ${ctx.reps} more runs each of the app and of parse only under a Chrome trace, their main-thread tasks split where the body’s first chunk and its end reached the page (a task goes by when it ended). Tracing adds a few percent. Before the first byte is the click and the request going out; after the last byte, the run ending and what it sets off (the panels over every event, the thread’s save). The last ratio is what the app spends there beyond parse only, over parse only’s whole run: the part of the 1.3× budget that is gone before a single delta is shown.`,
      `stream: app long tasks (> 50 ms) per run: ${appSpans.map((s) => s.longTasks.length).join(', ')}; longest ${Math.round(Math.max(0, ...appSpans.flatMap((s) => s.longTasks)))} ms.`,
      `stream: delta → paint = a chunk reaching the page’s JavaScript (a transparent pass-through of fetch’s body: a byte stream without read-ahead, so a delta’s arrival is when the page takes its chunk) → the end of the first frame painted after the DOM showed that delta’s letters (a highest-priority task posted from each requestAnimationFrame); every visible delta of every run. Instant: the ${LONG_DELTAS}-delta stream, sent faster than any page parses it (the app takes it 64 KB at a time, parsed in 4 ms slices with a paint between); paced: ${PACED.deltas} deltas with x-local-pace ${PACED.pace} (the measured rate is shown), where the network, not the page, sets the speed.`,
    ];
    return { rows, notes, details };
  },
};
