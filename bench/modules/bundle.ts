import type { BenchModule } from '../lib/module.ts';
import { row } from '../lib/table.ts';

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
interface BundleReport {
  initialJs: { files: FileSize[]; gzip: number };
  initialCss: { files: FileSize[]; gzip: number };
  lazyJs: FileSize[];
  lazyCss: FileSize[];
}
interface BundleApi {
  measureBundle: (distDir: string) => Promise<BundleReport>;
  BUDGET_BYTES: number;
}

const kB = (bytes: number) => bytes / 1000;

/** Initial JS and CSS of the build (entry and its static imports), gzip; lazy chunks listed. */
export const bundleModule: BenchModule = {
  id: 'bundle',
  needs: { build: true, server: false },
  async run(ctx) {
    // scripts/bundle-size.mjs is the bundle budget's own tool (plain JS, no types).
    const path = '../../scripts/bundle-size.mjs';
    const { measureBundle, BUDGET_BYTES } = (await import(path)) as BundleApi;
    const report = await measureBundle(ctx.dist);
    const g = 'bundle';
    const rows = [
      row(
        g,
        `initial JS, gzip (${report.initialJs.files.length} files)`,
        { value: kB(report.initialJs.gzip), unit: 'kB' },
        { text: `≤ ${kB(BUDGET_BYTES)} kB`, ok: (v) => v <= kB(BUDGET_BYTES) },
      ),
      row(g, 'initial CSS, gzip', { value: kB(report.initialCss.gzip), unit: 'kB' }),
      row(g, `lazy JS, gzip (${report.lazyJs.length} chunks)`, {
        value: kB(report.lazyJs.reduce((n, f) => n + f.gzip, 0)),
        unit: 'kB',
      }),
    ];
    const list = (files: FileSize[]) =>
      files.map((f) => `${f.file.replace(/^assets\//, '')} ${kB(f.gzip).toFixed(1)} kB`).join(', ');
    const notes = [
      'bundle: gzip at zlib level 6 (as a server compressing on the fly sends it), kB = 1000 bytes; initial = the entry chunk and its static imports (Vite manifest).',
      `bundle: lazy-loaded JS: ${list(report.lazyJs) || 'none'}.`,
      ...(report.lazyCss.length ? [`bundle: lazy-loaded CSS: ${list(report.lazyCss)}.`] : []),
    ];
    return { rows, notes, details: report };
  },
};
