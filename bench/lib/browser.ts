import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';

export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: see README "Quick start" (npm test explains how).');
  return chromium.launch({
    ...(found.path ? { executablePath: found.path } : {}),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
}

/**
 * A fresh page (own context: no storage, no cache) at 1440×900. The bench runs under tsx, whose
 * transform wraps named functions in `__name(…)`; functions handed to the page need it defined.
 */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

export interface MainThread {
  /** Main-thread busy time: CPU time of every task (script, style, layout, paint, GC), in ms. */
  task: number;
  script: number;
  layout: number;
  style: number;
}

/**
 * Chromium's own counters of the renderer main thread (CDP Performance.getMetrics), read before
 * and after a measured span: their difference is what the span cost the main thread.
 */
export async function mainThreadMeter(page: Page): Promise<() => Promise<MainThread>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  // Thread ticks: the main thread's CPU time, so other processes on a busy machine do not count.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      task: get('TaskDuration'),
      script: get('ScriptDuration'),
      layout: get('LayoutDuration'),
      style: get('RecalcStyleDuration'),
    };
  };
  const before = await read();
  return async () => {
    const after = await read();
    return {
      task: after.task - before.task,
      script: after.script - before.script,
      layout: after.layout - before.layout,
      style: after.style - before.style,
    };
  };
}
