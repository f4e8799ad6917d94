import type { Connection } from '@/api/transport/connection.ts';

/**
 * The stream every streaming figure is taken on: `local-long` asked for 20,000 tokens, so about
 * 20,000 `response.output_text.delta` events of markdown (headings, lists, code, tables), at the
 * local server's instant pace. The app, the naive baseline and the parse-only page all send it.
 */
export const LONG_DELTAS = 20_000;
export const LONG_MODEL = 'local-long';
export const LONG_INPUT = `write ${LONG_DELTAS} tokens`;
export const longStreamBody = { model: LONG_MODEL, input: LONG_INPUT, stream: true };

/** The body a comparison page sends: `?tokens=N` in its address asks for another length. */
export function pageStreamBody(search: string): typeof longStreamBody {
  const tokens = Number(new URLSearchParams(search).get('tokens'));
  return tokens > 0 ? { ...longStreamBody, input: `write ${tokens} tokens` } : longStreamBody;
}

/** The local server as the app reaches it in preview, with the instant pace header. */
export const benchConnection: Connection = {
  baseUrl: '/local/v1',
  apiKey: 'test-key-bench',
  viaProxy: false,
  headers: { 'x-local-pace': 'instant' },
};
