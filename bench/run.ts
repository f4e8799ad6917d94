// `npm run bench`: builds the app for production, serves it with the local server, measures every
// figure of the suite and prints figure | budget | measured | pass/fail. Not part of `npm test`.
//   npm run bench -- --only stream,inspector   run some modules
//   npm run bench -- --reps 5                  repetitions where noise matters (default 3)
//   npm run bench -- --no-build                reuse dist-bench from the last run
import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { buildForBench, DIST, ROOT, startPreview, type PreviewServer } from './lib/serve.ts';
import { formatTable, type Row } from './lib/table.ts';
import { modules } from './modules.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4302);
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    reps: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((s) => s.trim());
const chosen = modules.filter((m) => !only || only.includes(m.id));
const reps = Math.max(1, Number(values.reps) || 3);
const started = Date.now();
const log = (line: string) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

let server: PreviewServer | null = null;
let browser: Browser | null = null;
const rows: Row[] = [];
const notes: string[] = [];
const details: Record<string, unknown> = {};
try {
  if (chosen.some((m) => m.needs.build) && !values['no-build']) {
    log('building the app and the bench pages (dist-bench)');
    buildForBench();
  }
  if (chosen.some((m) => m.needs.server)) {
    server = await startPreview(PORT);
    log(`vite preview on ${server.url}`);
  }
  const context = {
    url: server?.url ?? '',
    dist: DIST,
    reps,
    log,
    browser: async () => (browser ??= await launchChromium()),
  };
  for (const module of chosen) {
    log(`${module.id}…`);
    const report = await module.run(context);
    rows.push(...report.rows);
    notes.push(...(report.notes ?? []));
    details[module.id] = report.details;
  }
} finally {
  await (browser as Browser | null)?.close();
  await server?.stop();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(formatTable(rows));
console.log('');
for (const note of notes) console.log(`- ${note}`);
console.log(`\n${cpus().length} CPUs, Node ${process.version}, ${seconds} s.`);

const out = resolve(ROOT, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  resolve(out, 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), seconds, reps, rows, notes, details }, null, 2)}\n`,
);
const failed = rows.filter((r) => r.pass === false);
if (failed.length) console.log(`${failed.length} figure(s) over budget.`);
