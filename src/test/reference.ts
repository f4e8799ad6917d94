import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The API reference pack (spec, recorded streams, HTTP bodies) lives in `../shared/reference`
 * beside the repo, as in CI; RESPONSES_REFERENCE_DIR points elsewhere.
 */
export const REFERENCE_DIR =
  process.env.RESPONSES_REFERENCE_DIR ??
  fileURLToPath(new URL('../../../shared/reference', import.meta.url));

if (!existsSync(REFERENCE_DIR)) {
  throw new Error(
    `The reference pack is missing at ${REFERENCE_DIR}. Put shared/reference beside the repo or set RESPONSES_REFERENCE_DIR.`,
  );
}

export const reference = (path: string) => `${REFERENCE_DIR}/${path}`;
