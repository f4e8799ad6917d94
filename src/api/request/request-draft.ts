import { isJsonObject, type JsonObject } from './body-path.ts';

/**
 * The form's state is the body itself: only what the user set, at its API path. What raw JSON
 * brings that the form has no control for is kept and sent as it is (gateways add their own).
 */
export type RequestBody = JsonObject;

/** A new user's first request: `stream` is on in the playground (the API's default is off). */
export const initialBody: RequestBody = { model: 'local-echo', stream: true };

function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    // defineProperty, not `out[key] =`: a `__proto__` key from raw JSON stays a plain key.
    if (inner !== undefined) {
      Object.defineProperty(out, key, {
        value: clean(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** Pure: the form's body → the exact `POST /responses` body (a deep copy, `undefined`s dropped). */
export function buildRequest(body: RequestBody): RequestBody {
  return clean(body) as RequestBody;
}

/** Counts the parameters set, nested ones by their leaves (`reasoning.effort`). */
export function countSetParams(body: RequestBody, nestedRoots: ReadonlySet<string>): number {
  let n = 0;
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    n += nestedRoots.has(key) && isJsonObject(value) ? Math.max(1, Object.keys(value).length) : 1;
  }
  return n;
}
