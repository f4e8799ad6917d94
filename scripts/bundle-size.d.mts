export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface SizeTotal {
  files: FileSize[];
  bytes: number;
  gzip: number;
}
export interface BundleReport {
  distDir: string;
  source: 'manifest' | 'index.html';
  initialJs: SizeTotal;
  initialCss: SizeTotal;
  lazyJs: FileSize[];
  lazyCss: FileSize[];
  budgetBytes: number;
  withinBudget: boolean;
}
export interface BundleSplit {
  initialJs: string[];
  initialCss: string[];
  lazyJs: string[];
  lazyCss: string[];
}
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  [key: string]: unknown;
}
export const BUDGET_BYTES: number;
export function splitManifest(manifest: Record<string, ManifestChunk>): BundleSplit;
export function splitIndexHtml(html: string, jsFiles?: string[], cssFiles?: string[]): BundleSplit;
export function measureBundle(
  distDir: string,
  options?: { budgetBytes?: number },
): Promise<BundleReport>;
export function buildBundle(outDir?: string): string;
export function formatReport(report: BundleReport): string;
