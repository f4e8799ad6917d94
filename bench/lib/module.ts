import type { Browser } from '@playwright/test';
import type { ModuleReport } from './table.ts';

export interface BenchContext {
  /** The `vite preview` of dist-bench (app at /, comparison pages at /bench/). */
  url: string;
  /** dist-bench, with its Vite manifest. */
  dist: string;
  /** Repetitions where noise matters; figures are medians. */
  reps: number;
  browser: () => Promise<Browser>;
  log: (line: string) => void;
}

/**
 * One part of the suite. To add a figure (for example start-up with many stored threads), write
 * a module that returns its rows and list it in bench/modules.ts.
 */
export interface BenchModule {
  id: string;
  /** Needs the production build (and, with `server`, its preview server). */
  needs: { build: boolean; server: boolean };
  run: (ctx: BenchContext) => Promise<ModuleReport>;
}
