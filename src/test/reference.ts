import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The API reference pack (spec, recorded streams, HTTP bodies) lives in `../shared/reference`
 * beside the repo, as in CI; RESPONSES_REFERENCE_DIR points elsewhere.
 */
export const REFERENCE_DIR =
  process.env.RESPONSES_REFERENCE_DIR ??
  // A string, not `new URL(…)`: under jsdom the global URL is not Node's.
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference');

if (!existsSync(REFERENCE_DIR)) {
  throw new Error(
    `The reference pack is missing at ${REFERENCE_DIR}. Put shared/reference beside the repo or set RESPONSES_REFERENCE_DIR.`,
  );
}

export const reference = (path: string) => `${REFERENCE_DIR}/${path}`;
