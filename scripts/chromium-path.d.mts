export function findChromium(): {
  path: string | undefined;
  source: 'env' | 'system' | 'playwright';
} | null;
export const CHROMIUM_ARGS: string[];
