import type { Hono } from 'hono';
import type { BackgroundRuns } from './background.ts';
import { HttpError, responseNotFound } from './errors.ts';
import type { ResponseStore } from './response-store.ts';
import { SSE_HEADERS } from './sse-stream.ts';

/**
 * What the API serves on a stored response: retrieve (and resume a background stream), cancel,
 * delete and list its input items.
 */
export function mountStoredResponses(app: Hono, store: ResponseStore, background: BackgroundRuns) {
  app.get('/v1/responses/:id', (c) => {
    const id = c.req.param('id');
    const entry = store.get(id);
    if (!entry) throw responseNotFound(id);
    if (c.req.query('stream') !== 'true') return c.json(entry.response);
    const run = background.get(id);
    if (!run) {
      throw new HttpError(400, 'Only background responses can be streamed with GET.', {
        param: 'stream',
      });
    }
    const after = Number(c.req.query('starting_after') ?? -1);
    const startingAfter = Number.isInteger(after) ? after : -1;
    return new Response(run.follow(startingAfter), { headers: SSE_HEADERS });
  });

  app.post('/v1/responses/:id/cancel', (c) => {
    const id = c.req.param('id');
    const entry = store.get(id);
    if (!entry) throw responseNotFound(id);
    const run = background.get(id);
    if (!run) {
      throw new HttpError(400, 'Only responses created with background=true can be cancelled.', {
        param: null,
      });
    }
    return c.json(run.cancel());
  });

  app.delete('/v1/responses/:id', (c) => {
    const id = c.req.param('id');
    if (!store.delete(id)) throw responseNotFound(id);
    return c.json({ id, object: 'response', deleted: true });
  });

  app.get('/v1/responses/:id/input_items', (c) => {
    const entry = store.get(c.req.param('id'));
    if (!entry) throw responseNotFound(c.req.param('id'));
    const order = c.req.query('order') === 'asc' ? 'asc' : 'desc';
    const limit = Math.min(100, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    let items = order === 'asc' ? entry.inputItems.slice() : entry.inputItems.slice().reverse();
    const after = c.req.query('after');
    if (after) items = items.slice(items.findIndex((i) => i.id === after) + 1);
    const page = items.slice(0, limit);
    return c.json({
      object: 'list',
      data: page,
      first_id: page[0]?.id ?? null,
      last_id: page.at(-1)?.id ?? null,
      has_more: items.length > page.length,
    });
  });
}
