// Inspector with 100,000 events: replays a synthetic .sse through the app (no server involved),
// then scrolls the event list for 300 frames and reports frame intervals and JS heap.
// Run: npx vite (dev or preview) first, then `node bench/inspector-frames.mjs [url]`.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const EVENTS = 100_000;
// Pixels scrolled per frame: 100 is a wheel notch, 900 a fling.
const STEP = Number(process.env.STEP ?? 900);
const file = '/tmp/inspector-100k.sse';

function synthetic(n) {
  const lines = [];
  const id = 'msg_bench';
  const push = (event) => lines.push(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  const response = { id: 'resp_bench', object: 'response', status: 'in_progress', output: [] };
  push({ type: 'response.created', sequence_number: 0, response });
  push({
    type: 'response.output_item.added',
    sequence_number: 1,
    output_index: 0,
    item: { id, type: 'message', status: 'in_progress', role: 'assistant', content: [] },
  });
  push({
    type: 'response.content_part.added',
    sequence_number: 2,
    item_id: id,
    output_index: 0,
    content_index: 0,
    part: { type: 'output_text', text: '', annotations: [] },
  });
  for (let i = 3; i < n - 1; i++) {
    push({
      type: 'response.output_text.delta',
      sequence_number: i,
      item_id: id,
      output_index: 0,
      content_index: 0,
      delta: i % 40 === 0 ? '\n\n' : ` w${i}`,
      logprobs: [],
    });
  }
  push({
    type: 'response.completed',
    sequence_number: n - 1,
    response: { ...response, status: 'completed' },
  });
  return lines.join('');
}

writeFileSync(file, synthetic(EVENTS));
const found = findChromium();
const browser = await chromium.launch({
  ...(found?.path ? { executablePath: found.path } : {}),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
const started = Date.now();
await page.getByLabel('Open .sse file').setInputFiles(file);
await page
  .getByTestId('event-count')
  .filter({ hasText: `(${EVENTS})` })
  .waitFor({ timeout: 120_000 });
const loadSeconds = (Date.now() - started) / 1000;

const result = await page.evaluate(async (STEP) => {
  const region = document.querySelector('section[aria-label="Events"]');
  const scroller = [...(region?.querySelectorAll('div') ?? [])].find(
    (d) => getComputedStyle(d).overflowY === 'auto' && d.scrollHeight > d.clientHeight * 10,
  );
  if (!scroller) return { error: 'no scroller' };
  scroller.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const intervals = [];
  let last = performance.now();
  for (let i = 0; i < 300; i++) {
    scroller.scrollTop += STEP;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  intervals.sort((a, b) => a - b);
  const at = (p) => intervals[Math.min(intervals.length - 1, Math.ceil(p * intervals.length) - 1)];
  const memory = performance.memory;
  return {
    rowsInDom: region?.querySelectorAll('[data-testid="event-row"]').length,
    p50: at(0.5),
    p95: at(0.95),
    max: intervals.at(-1),
    heapMB: memory ? memory.usedJSHeapSize / 1048576 : null,
  };
}, STEP);
console.log(JSON.stringify({ events: EVENTS, stepPx: STEP, loadSeconds, ...result }, null, 2));
await browser.close();
