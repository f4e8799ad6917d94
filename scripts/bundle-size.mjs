// Bundle budget (issue 8): the JS a first visit loads before the app is interactive (the entry
// chunk and its static imports, i.e. what index.html loads and modulepreloads) must stay
// ≤ 120 kB gzip; initial CSS is reported; every lazy chunk is listed with its size.
//
//   node scripts/bundle-size.mjs              builds into dist-bundle/ (with a manifest), measures
//   node scripts/bundle-size.mjs <dist-dir>   measures an existing build (manifest or index.html)
//   add --json to print the measurement as JSON instead of a table
//
// Exit code 1 when initial JS is over budget, 2 when the build or the measurement fails.
//
// API (for `npm run bench` and tests):
//   measureBundle(distDir: string, options?: { budgetBytes?: number }): Promise<BundleReport>
//     BundleReport = {
//       distDir: string, source: 'manifest' | 'index.html',
//       initialJs: { files: FileSize[], bytes: number, gzip: number },
//       initialCss: { files: FileSize[], bytes: number, gzip: number },
//       lazyJs: FileSize[], lazyCss: FileSize[],        (largest gzip first)
//       budgetBytes: number, withinBudget: boolean,      (initialJs.gzip ≤ budgetBytes)
//     }
//     FileSize = { file: string (relative to distDir), bytes: number, gzip: number }
//   buildBundle(outDir = 'dist-bundle'): string   runs `vite build --manifest`, returns outDir
//   splitManifest(manifest), splitIndexHtml(html, jsFiles, cssFiles): the pure part, returning
//     { initialJs: string[], initialCss: string[], lazyJs: string[], lazyCss: string[] }
//   formatReport(report): string                   the table the command prints
//   BUDGET_BYTES = 120_000                         (kB = 1000 bytes, as Vite reports sizes)
// Sizes are gzip at zlib's default level (6), as a server compressing on the fly would send.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 120_000;
const MANIFEST = join('.vite', 'manifest.json');

const isJs = (file) => /\.m?js$/.test(file);
const isCss = (file) => file.endsWith('.css');
const unique = (list) => [...new Set(list)];

/**
 * Splits a Vite manifest (`build.manifest: true`) into what the first page loads (every entry
 * chunk and, recursively, its static `imports`, with their CSS) and the rest (lazy).
 */
export function splitManifest(manifest) {
  const initialKeys = new Set();
  const visit = (key) => {
    if (initialKeys.has(key) || !manifest[key]) return;
    initialKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const initialJs = [];
  const initialCss = [];
  for (const key of initialKeys) {
    const chunk = manifest[key];
    if (isJs(chunk.file)) initialJs.push(chunk.file);
    else if (isCss(chunk.file)) initialCss.push(chunk.file);
    initialCss.push(...(chunk.css ?? []));
  }
  const initial = new Set([...initialJs, ...initialCss]);
  const lazyJs = [];
  const lazyCss = [];
  for (const chunk of Object.values(manifest)) {
    if (!initial.has(chunk.file) && isJs(chunk.file)) lazyJs.push(chunk.file);
    if (!initial.has(chunk.file) && isCss(chunk.file)) lazyCss.push(chunk.file);
    for (const css of chunk.css ?? []) if (!initial.has(css)) lazyCss.push(css);
  }
  return {
    initialJs: unique(initialJs),
    initialCss: unique(initialCss),
    lazyJs: unique(lazyJs),
    lazyCss: unique(lazyCss),
  };
}

/**
 * The same split from index.html alone (a build without a manifest): module scripts and
 * modulepreloads are initial JS, stylesheets initial CSS; every other file given is lazy.
 */
export function splitIndexHtml(html, jsFiles = [], cssFiles = []) {
  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
  const local = (url) => url.replace(/^\.?\//, '');
  const initialJs = [];
  const initialCss = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && /type\s*=\s*["']module["']/i.test(tag)) initialJs.push(local(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload' && isJs(href)) initialJs.push(local(href));
    if (rel === 'stylesheet') initialCss.push(local(href));
  }
  const js = new Set(initialJs);
  const css = new Set(initialCss);
  return {
    initialJs: unique(initialJs),
    initialCss: unique(initialCss),
    lazyJs: unique(jsFiles.filter((f) => !js.has(f))),
    lazyCss: unique(cssFiles.filter((f) => !css.has(f))),
  };
}

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : filesUnder(path, base);
    return [relative(base, path).split('\\').join('/')];
  });
}

function sizeOf(distDir, file) {
  const bytes = readFileSync(join(distDir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
}

function total(distDir, files) {
  const sizes = files.map((file) => sizeOf(distDir, file));
  return {
    files: sizes,
    bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
  };
}

const largestFirst = (list) => list.sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));

/** Measures a build: see the API note at the top of this file. */
export async function measureBundle(distDir, { budgetBytes = BUDGET_BYTES } = {}) {
  const dir = resolve(distDir);
  const manifestPath = join(dir, MANIFEST);
  let split;
  let source;
  if (existsSync(manifestPath)) {
    split = splitManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
    source = 'manifest';
  } else {
    const files = filesUnder(dir);
    split = splitIndexHtml(
      readFileSync(join(dir, 'index.html'), 'utf8'),
      files.filter(isJs),
      files.filter(isCss),
    );
    source = 'index.html';
  }
  const initialJs = total(dir, split.initialJs);
  return {
    distDir: dir,
    source,
    initialJs,
    initialCss: total(dir, split.initialCss),
    lazyJs: largestFirst(split.lazyJs.map((f) => sizeOf(dir, f))),
    lazyCss: largestFirst(split.lazyCss.map((f) => sizeOf(dir, f))),
    budgetBytes,
    withinBudget: initialJs.gzip <= budgetBytes,
  };
}

/** A production build with a manifest, for measuring. */
export function buildBundle(outDir = 'dist-bundle') {
  const run = spawnSync(
    'npx',
    ['vite', 'build', '--manifest', '--emptyOutDir', '--logLevel', 'warn', '--outDir', outDir],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status})`);
  return outDir;
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

export function formatReport(report) {
  const rows = [];
  const row = (what, file, bytes, gzip) => rows.push([what, file, kB(bytes), kB(gzip)]);
  for (const f of report.initialJs.files) row('initial js', f.file, f.bytes, f.gzip);
  row('initial js', '= total', report.initialJs.bytes, report.initialJs.gzip);
  for (const f of report.initialCss.files) row('initial css', f.file, f.bytes, f.gzip);
  row('initial css', '= total', report.initialCss.bytes, report.initialCss.gzip);
  for (const f of report.lazyJs) row('lazy js', f.file, f.bytes, f.gzip);
  for (const f of report.lazyCss) row('lazy css', f.file, f.bytes, f.gzip);
  const header = ['', 'file', 'size', 'gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const verdict = report.withinBudget
    ? `initial JS ${kB(report.initialJs.gzip)} gzip ≤ budget ${kB(report.budgetBytes)}: ok`
    : `initial JS ${kB(report.initialJs.gzip)} gzip > budget ${kB(report.budgetBytes)}: OVER BUDGET`;
  return [
    `bundle of ${report.distDir} (from ${report.source})`,
    line(header),
    ...rows.map(line),
    verdict,
  ].join('\n');
}

async function main(args) {
  const json = args.includes('--json');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const report = await measureBundle(dirArg ?? buildBundle());
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.withinBudget ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
