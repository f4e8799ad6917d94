import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// BENCH_DIST lets two runs (e.g. two checkouts) build side by side.
export const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist-bench');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

function vite(args: string[]): void {
  const result = spawnSync(process.execPath, [VITE, ...args, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed (${result.status})`);
}

/**
 * The production build the figures are taken on: the app as `npm run build` makes it (plus a
 * manifest, for the bundle figures), and the two comparison pages of bench/ under /bench/.
 */
export function buildForBench(): void {
  vite(['build', '--outDir', DIST, '--emptyOutDir', '--manifest']);
  vite(['build', '--config', resolve(ROOT, 'bench/vite.config.ts'), '--outDir', `${DIST}/bench`]);
}

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

/** `vite preview` of dist-bench (the local server is mounted at /local/v1), started and stopped here. */
export async function startPreview(port: number): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', DIST, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not answer on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
