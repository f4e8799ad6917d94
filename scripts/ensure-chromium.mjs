// Makes sure a Chromium is there before the e2e tests. Installs Debian's package when it is
// missing and we are root on a Debian-like system; otherwise explains what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`chromium: using ${found.path ?? "Playwright's own build"} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.platform === 'linux' && isRoot && hasApt) {
  console.log('chromium: not found; installing Debian package "chromium" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`chromium: "apt-get ${args.join(' ')}" failed with exit code ${r.status}.`);
      process.exit(1);
    }
  }
  if (findChromium()) {
    console.log('chromium: installed /usr/bin/chromium');
    process.exit(0);
  }
}

console.error(
  [
    'chromium: no Chromium found for the end-to-end tests.',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  anywhere with internet access:  npx playwright install chromium',
    '  or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
  ].join('\n'),
);
process.exit(1);
