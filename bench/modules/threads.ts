import type { Page } from '@playwright/test';
import { makeThread, makeTurn } from '../../src/features/threads/lib/thread-fixtures.ts';
import { toRecord, type ThreadRecord } from '../../src/features/threads/lib/thread-record.ts';
import type { Thread } from '../../src/features/threads/lib/thread-types.ts';
import { closePage, freshPage } from '../lib/browser.ts';
import type { BenchModule } from '../lib/module.ts';
import { median, repeat, round } from '../lib/stats.ts';
import { row } from '../lib/table.ts';

const BUDGET_MS = 500;

/** An answer of about 2 KB: a few markdown paragraphs, as a real turn would store. */
const answer = (i: number) =>
  `## Answer ${i}\n\n${'Some text of a plausible answer, with **markdown** and a list:\n\n- one\n- two\n\n'.repeat(16)}`;

/** One thread of `turns` chained turns, each with a ~2 KB answer. */
function longThread(turns: number): Thread {
  const thread = makeThread(0, { title: 'Long thread' });
  for (let i = 0; i < turns; i++) {
    thread.turns.push(
      makeTurn({
        parentId: thread.turns.at(-1)?.id ?? null,
        input: `Question ${i}`,
        answer: answer(i),
      }),
    );
  }
  return { ...thread, leafId: thread.turns.at(-1)!.id, updatedAt: Date.now() };
}

/** `count` threads of three turns each. */
function manyThreads(count: number): Thread[] {
  return Array.from({ length: count }, (_, i) =>
    makeThread(3, { title: `Thread ${i}`, updatedAt: 10_000 + i }),
  );
}

/** Writes records into the app's IndexedDB (`rp-threads`/`threads`, as idb-keyval makes it). */
async function seed(page: Page, records: ThreadRecord[], activeId: string | null) {
  await page.evaluate(
    async ({ records, activeId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rp-threads');
        open.onupgradeneeded = () => open.result.createObjectStore('threads');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error('open failed'));
      });
      const tx = db.transaction('threads', 'readwrite');
      for (const record of records) tx.objectStore('threads').put(record, record.thread.id);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      if (activeId) localStorage.setItem('rp.threads.active', activeId);
    },
    { records, activeId },
  );
}

/**
 * ms from navigation start until the app is usable with its threads: every thread listed, the
 * active thread's turns shown and Send enabled. Polled once per animation frame in the page.
 */
async function startUp(page: Page, url: string, threads: number, turns: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    ({ threads, turns }) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 20_000;
        const check = () => {
          const listed = document.querySelectorAll(
            'ul[aria-label="Threads list"] > li > button:first-child',
          ).length;
          const shown = document.querySelectorAll('[data-testid="thread-turn"]').length;
          const send = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === 'Send',
          );
          if (listed >= threads && shown >= turns && send && !send.hasAttribute('disabled')) {
            resolve(performance.now());
          } else if (performance.now() > deadline) {
            reject(new Error(`start-up never finished: ${listed} threads, ${shown} turns listed`));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { threads, turns },
  );
}

async function measure(
  ctx: Parameters<BenchModule['run']>[0],
  threads: Thread[],
  active: Thread | null,
): Promise<number[]> {
  const records = threads.map(toRecord);
  return repeat(ctx.reps, async () => {
    const page = await freshPage(await ctx.browser());
    try {
      // Same origin as the app, without starting it: a comparison page of the bench build.
      await page.goto(`${ctx.url}/bench/parse-only.html`);
      await seed(page, records, active?.id ?? null);
      return await startUp(page, ctx.url, threads.length, active ? active.turns.length : 0);
    } finally {
      await closePage(page);
    }
  });
}

/** Start-up to interactive with nothing stored, with one 200-turn thread, and with 500 threads. */
export const threadsModule: BenchModule = {
  id: 'threads',
  needs: { build: true, server: true },
  run: async (ctx) => {
    const g = 'start-up';
    const empty = median(await measure(ctx, [], null));
    const long = longThread(200);
    const longMs = median(await measure(ctx, [long], long));
    const many = manyThreads(500);
    const manyMs = median(await measure(ctx, many, many[0]!));
    const budget = { text: `≤ ${BUDGET_MS} ms`, ok: (v: number) => v <= BUDGET_MS };
    return {
      rows: [
        row(g, 'nothing stored: to interactive', { value: round(empty), unit: 'ms', digits: 0 }),
        row(g, '1 thread of 200 turns: to interactive', {
          value: round(longMs),
          unit: 'ms',
          digits: 0,
        }),
        row(
          g,
          '500 threads: to interactive',
          { value: round(manyMs), unit: 'ms', digits: 0 },
          budget,
        ),
      ],
      notes: [
        'start-up: ms from navigation start until every stored thread is listed, the active thread’s turns are shown and Send is enabled (IndexedDB seeded before the load; median of the repetitions).',
      ],
      details: { emptyMs: empty, longThreadMs: longMs, manyThreadsMs: manyMs },
    };
  },
};
