import { isRecord } from '../events/parse-event.ts';
import type { Connection } from './connection.ts';
import {
  fetchEndpointJson,
  ResponseEndpointError,
  type EndpointOptions,
} from './response-endpoints.ts';

/** Pages are followed up to this many items: an id with more is not a playground thread. */
export const INPUT_ITEMS_LIMIT = 2000;

/**
 * GET {baseUrl}/responses/{id}/input_items, every page, oldest first (`order=asc`): the input a
 * stored response was made from. Throws ResponseEndpointError with a normalised error.
 */
export async function getInputItems(
  connection: Connection,
  id: string,
  options: EndpointOptions = {},
): Promise<unknown[]> {
  const items: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `order=asc&limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = await fetchEndpointJson(
      connection,
      `responses/${encodeURIComponent(id)}/input_items?${query}`,
      'GET',
      options,
    );
    if (!isRecord(page) || !Array.isArray(page.data)) {
      throw new ResponseEndpointError({
        source: 'protocol',
        message:
          'The server answered 200, but the body is not an input item list (no `data` array).',
      });
    }
    items.push(...(page.data as unknown[]));
    const last = typeof page.last_id === 'string' ? page.last_id : null;
    if (page.has_more !== true || last === null || last === after) return items;
    if (items.length >= INPUT_ITEMS_LIMIT) {
      throw new ResponseEndpointError({
        source: 'protocol',
        message: `The response has more than ${INPUT_ITEMS_LIMIT} input items; not opened.`,
      });
    }
    after = last;
  }
}
