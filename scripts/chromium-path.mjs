// Finds the Chromium the e2e tests and benchmarks drive. Debian's package is preferred (it needs no
// download); Playwright's own build (`npx playwright install chromium`) is the fallback.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ path: string | undefined, source: 'env' | 'system' | 'playwright' } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'env' };
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return { path: candidate, source: 'system' };
  }
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  // `undefined` path means: let Playwright launch its own downloaded build.
  if (bundled && existsSync(bundled)) return { path: undefined, source: 'playwright' };
  return null;
}

/** Launch flags for this sandbox: no GPU, no sandbox as root, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
