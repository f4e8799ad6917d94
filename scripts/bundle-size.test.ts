import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  measureBundle,
  splitIndexHtml,
  splitManifest,
  type ManifestChunk,
} from './bundle-size.mjs';

// The shape Vite 8 writes to .vite/manifest.json: the entry (index.html) statically imports shared
// chunks (which import each other); lazy chunks are dynamic imports, some of which share chunks
// that only lazy code uses, and carry their own CSS.
const manifest: Record<string, ManifestChunk> = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b.js', '_jsx-runtime-c.js'],
    dynamicImports: ['src/panel.tsx', 'src/editor.tsx'],
    css: ['assets/index-d.css'],
  },
  '_react-b.js': { file: 'assets/react-b.js', imports: ['_runtime-e.js'] },
  '_jsx-runtime-c.js': { file: 'assets/jsx-runtime-c.js', imports: ['_runtime-e.js'] },
  '_runtime-e.js': { file: 'assets/runtime-e.js' },
  'src/panel.tsx': {
    file: 'assets/panel-f.js',
    isDynamicEntry: true,
    imports: ['index.html', '_react-b.js', '_shared-lazy-g.js'],
    dynamicImports: ['src/editor.tsx'],
  },
  'src/editor.tsx': {
    file: 'assets/editor-h.js',
    isDynamicEntry: true,
    imports: ['_shared-lazy-g.js', '_jsx-runtime-c.js'],
    css: ['assets/editor-i.css'],
  },
  '_shared-lazy-g.js': { file: 'assets/shared-lazy-g.js' },
  'src/logo.svg': { file: 'assets/logo-j.svg', src: 'src/logo.svg' },
};

describe('splitManifest', () => {
  it('counts the entry and everything it imports statically, recursively, as initial', () => {
    const split = splitManifest(manifest);
    expect(split.initialJs.sort()).toEqual([
      'assets/index-a.js',
      'assets/jsx-runtime-c.js',
      'assets/react-b.js',
      'assets/runtime-e.js',
    ]);
    expect(split.initialCss).toEqual(['assets/index-d.css']);
  });

  it('lists every other script and stylesheet as lazy, once, and never assets', () => {
    const split = splitManifest(manifest);
    expect(split.lazyJs.sort()).toEqual([
      'assets/editor-h.js',
      'assets/panel-f.js',
      'assets/shared-lazy-g.js',
    ]);
    expect(split.lazyCss).toEqual(['assets/editor-i.css']);
  });

  it('does not follow dynamic imports: a lazy chunk stays lazy however many import it', () => {
    const split = splitManifest({
      'main.ts': { file: 'main.js', isEntry: true, dynamicImports: ['big.ts'] },
      'big.ts': { file: 'big.js', isDynamicEntry: true },
    });
    expect(split).toEqual({
      initialJs: ['main.js'],
      initialCss: [],
      lazyJs: ['big.js'],
      lazyCss: [],
    });
  });
});

describe('splitIndexHtml', () => {
  it('reads the module script, modulepreloads and stylesheets; the rest is lazy', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-b.js">
      <link rel="stylesheet" crossorigin href="/assets/index-d.css">
    </head><body><div id="root"></div></body></html>`;
    const split = splitIndexHtml(
      html,
      ['assets/index-a.js', 'assets/react-b.js', 'assets/panel-f.js'],
      ['assets/index-d.css', 'assets/editor-i.css'],
    );
    expect(split).toEqual({
      initialJs: ['assets/index-a.js', 'assets/react-b.js'],
      initialCss: ['assets/index-d.css'],
      lazyJs: ['assets/panel-f.js'],
      lazyCss: ['assets/editor-i.css'],
    });
  });
});

describe('measureBundle', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeDist(files: Record<string, string>, withManifest: boolean) {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    if (withManifest) {
      mkdirSync(join(dir, '.vite'));
      writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    }
  }

  const files = {
    'index.html': '<script type="module" src="/assets/index-a.js"></script>',
    'assets/index-a.js': 'console.log("entry");'.repeat(50),
    'assets/react-b.js': 'export const react = 1;',
    'assets/jsx-runtime-c.js': 'export const jsx = 2;',
    'assets/runtime-e.js': 'export const runtime = 3;',
    'assets/index-d.css': 'body { margin: 0 }',
    'assets/panel-f.js': 'export const panel = "lazy";'.repeat(10),
    'assets/editor-h.js': 'export const editor = "lazy";',
    'assets/editor-i.css': '.editor { color: red }',
    'assets/shared-lazy-g.js': 'export const shared = 4;',
  };

  it('sums the gzip sizes of the initial files and judges them against the budget', async () => {
    writeDist(files, true);
    const initial = ['index-a', 'react-b', 'jsx-runtime-c', 'runtime-e'].map(
      (name) => gzipSync(files[`assets/${name}.js` as keyof typeof files]).length,
    );
    const sum = initial.reduce((a, b) => a + b, 0);
    const report = await measureBundle(dir, { budgetBytes: sum });
    expect(report.source).toBe('manifest');
    expect(report.initialJs.gzip).toBe(sum);
    expect(report.withinBudget).toBe(true);
    expect(report.initialCss.files.map((f) => f.file)).toEqual(['assets/index-d.css']);
    expect(report.lazyJs.map((f) => f.file)).toEqual([
      'assets/panel-f.js',
      'assets/editor-h.js',
      'assets/shared-lazy-g.js',
    ]);
    expect((await measureBundle(dir, { budgetBytes: sum - 1 })).withinBudget).toBe(false);
  });

  it('falls back to index.html without a manifest', async () => {
    writeDist(files, false);
    const report = await measureBundle(dir);
    expect(report.source).toBe('index.html');
    expect(report.initialJs.files.map((f) => f.file)).toEqual(['assets/index-a.js']);
    expect(report.lazyJs).toHaveLength(6);
  });
});
