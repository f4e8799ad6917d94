/** Reading and writing dotted parameter paths (`reasoning.effort`) in a request body, immutably. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a path segment like `__proto__` or `constructor` never reaches the prototype. */
export function getPath(body: JsonObject, path: string): unknown {
  let current: unknown = body;
  for (const key of path.split('.')) {
    if (!isJsonObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

export function hasPath(body: JsonObject, path: string): boolean {
  return getPath(body, path) !== undefined;
}

/** Sets a value, creating parent objects (and replacing a non-object parent). */
export function setPath(body: JsonObject, path: string, value: unknown): JsonObject {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return body;
  const next: JsonObject = { ...body };
  if (rest.length === 0) {
    Object.defineProperty(next, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return next;
  }
  const child = Object.hasOwn(body, key) && isJsonObject(body[key]) ? body[key] : {};
  Object.defineProperty(next, key, {
    value: setPath(child, rest.join('.'), value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return next;
}

/** Removes a value; parents left empty by the removal go too, so nothing unset is sent. */
export function unsetPath(body: JsonObject, path: string): JsonObject {
  const [key, ...rest] = path.split('.');
  if (key === undefined || !Object.hasOwn(body, key)) return body;
  const next: JsonObject = { ...body };
  if (rest.length === 0) {
    delete next[key];
    return next;
  }
  const child = body[key];
  if (!isJsonObject(child)) return body;
  const pruned = unsetPath(child, rest.join('.'));
  if (Object.keys(pruned).length === 0) delete next[key];
  else next[key] = pruned;
  return next;
}
