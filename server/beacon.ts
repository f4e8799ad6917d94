import type { Hono } from 'hono';

/**
 * A tracking pixel that records who fetched it: `local-hostile` points its remote images here, so
 * a test can prove an image in model output was not loaded until the user asked (and that the
 * recorder works once they do). `GET /debug/beacon` answers a 1×1 GIF; `GET /debug/beacon-hits`
 * lists the hits (`?leak=` filters on that query parameter).
 */
export interface BeaconHit {
  at: string;
  /** The query string's parameters, e.g. `leak` (the data an attacker would exfiltrate). */
  query: Record<string, string>;
  /** The Referer header the browser sent, or null (the playground sends none). */
  referer: string | null;
}

const GIF = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) =>
  c.charCodeAt(0),
);

const LIMIT = 200;

export function mountBeacon(app: Hono): { hits: () => readonly BeaconHit[] } {
  const hits: BeaconHit[] = [];
  app.get('/debug/beacon', (c) => {
    hits.push({
      at: new Date().toISOString(),
      query: c.req.query(),
      referer: c.req.header('referer') ?? null,
    });
    if (hits.length > LIMIT) hits.splice(0, hits.length - LIMIT);
    return c.body(GIF, 200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
  });
  app.get('/debug/beacon-hits', (c) => {
    const leak = c.req.query('leak');
    const data = leak === undefined ? hits : hits.filter((hit) => hit.query.leak === leak);
    return c.json({ object: 'list', data });
  });
  app.delete('/debug/beacon-hits', (c) => {
    hits.length = 0;
    return c.json({ deleted: true });
  });
  return { hits: () => hits };
}
