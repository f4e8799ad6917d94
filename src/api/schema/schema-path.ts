import type { PathSegment } from './json-positions.ts';

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `{ ...obj, [key]: value }` keeping the key's place, and safe for any key: assignment to
 * `__proto__` would set the prototype instead of a property named so.
 */
export function withKey(obj: JsonObject, key: string, value: unknown): JsonObject {
  const entries = Object.entries(obj);
  const at = entries.findIndex(([k]) => k === key);
  if (at === -1) entries.push([key, value]);
  else entries[at] = [key, value];
  return Object.fromEntries(entries);
}

export function withoutKey(obj: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
}

/** Own properties only: `obj['constructor']` must not find Object's. */
export function own(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isJsonObject(node)) node = own(node, String(segment));
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced by `update(value)`; every object on the way
 * is copied, nothing is mutated. When nothing changes (a path that does not exist), `root`
 * itself comes back.
 */
export function updateAt<T>(
  root: T,
  path: readonly PathSegment[],
  update: (value: unknown) => unknown,
): T {
  const [head, ...rest] = path;
  if (head === undefined) return update(root) as T;
  if (Array.isArray(root)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i >= root.length) return root;
    const child = updateAt(root[i] as unknown, rest, update);
    if (child === root[i]) return root;
    const copy: unknown[] = [...(root as unknown[])];
    copy[i] = child;
    return copy as T;
  }
  if (isJsonObject(root)) {
    const key = String(head);
    if (!Object.prototype.hasOwnProperty.call(root, key)) return root;
    const child = updateAt(root[key], rest, update);
    return (child === root[key] ? root : withKey(root, key, child)) as T;
  }
  return root;
}

/** The same, for a path that must end at an object schema; anything else is left alone. */
export function updateObjectAt(
  root: JsonObject,
  path: readonly PathSegment[],
  update: (node: JsonObject) => JsonObject,
): JsonObject {
  return updateAt(root, path, (node) => (isJsonObject(node) ? update(node) : node));
}
