import type { PathSegment } from './json-positions.ts';
import {
  isJsonObject,
  own,
  updateObjectAt,
  withKey,
  withoutKey,
  type JsonObject,
} from './schema-path.ts';

/** One click that changes the schema; pure, returns a new schema and never mutates. */
export type SchemaFix = { label: string; apply: (schema: JsonObject) => JsonObject };

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export const setKeyFix = (
  path: readonly PathSegment[],
  key: string,
  value: unknown,
): SchemaFix => ({
  label: `Set ${key}: ${JSON.stringify(value)}`,
  apply: (schema) => updateObjectAt(schema, path, (node) => withKey(node, key, value)),
});

export const removeKeyFix = (path: readonly PathSegment[], key: string): SchemaFix => ({
  label: `Remove ${key}`,
  apply: (schema) => updateObjectAt(schema, path, (node) => withoutKey(node, key)),
});

/** `oneOf` → `anyOf` in place: the closest supported meaning (a value matching several is fine). */
export const renameKeyFix = (
  path: readonly PathSegment[],
  from: string,
  to: string,
): SchemaFix => ({
  label: `Use ${to}`,
  apply: (schema) =>
    updateObjectAt(schema, path, (node) =>
      Object.fromEntries(
        Object.entries(node)
          .filter(([k]) => k !== to || !Object.prototype.hasOwnProperty.call(node, from))
          .map(([k, v]) => [k === from ? to : k, v]),
      ),
    ),
});

export const addRequiredFix = (objectPath: readonly PathSegment[], name: string): SchemaFix => ({
  label: 'Make required',
  apply: (schema) =>
    updateObjectAt(schema, objectPath, (node) => {
      const required = stringList(own(node, 'required'));
      return required.includes(name) ? node : withKey(node, 'required', [...required, name]);
    }),
});

export const removeRequiredFix = (objectPath: readonly PathSegment[], name: string): SchemaFix => ({
  label: `Remove "${name}" from required`,
  apply: (schema) =>
    updateObjectAt(schema, objectPath, (node) =>
      withKey(
        node,
        'required',
        stringList(own(node, 'required')).filter((n) => n !== name),
      ),
    ),
});

/**
 * Strict mode has no optional properties: "optional" is required and may be null. `type: T`
 * becomes `[T, "null"]` (and an enum gains null, or null would fail it); a schema without a
 * type (`$ref`, `const`, `anyOf`) gets a `{ "type": "null" }` alternative.
 */
export function makeNullable(node: JsonObject): JsonObject {
  const type = own(node, 'type');
  const anyOf = own(node, 'anyOf');
  if (own(node, 'const') === undefined && (typeof type === 'string' || Array.isArray(type))) {
    const types: unknown[] = Array.isArray(type) ? (type as unknown[]) : [type];
    let next = types.includes('null') ? node : withKey(node, 'type', [...types, 'null']);
    const values = own(node, 'enum');
    if (Array.isArray(values) && !values.includes(null))
      next = withKey(next, 'enum', [...(values as unknown[]), null]);
    return next;
  }
  if (type === undefined && Array.isArray(anyOf)) {
    const hasNull = anyOf.some((s) => isJsonObject(s) && own(s, 'type') === 'null');
    return hasNull ? node : withKey(node, 'anyOf', [...(anyOf as unknown[]), { type: 'null' }]);
  }
  const description = own(node, 'description');
  const inner = withoutKey(node, 'description');
  return {
    ...(typeof description === 'string' ? { description } : {}),
    anyOf: [inner, { type: 'null' }],
  };
}

export const requiredNullableFix = (
  objectPath: readonly PathSegment[],
  name: string,
): SchemaFix => ({
  label: 'Make required and nullable',
  apply: (schema) =>
    updateObjectAt(addRequiredFix(objectPath, name).apply(schema), objectPath, (node) => {
      const properties = own(node, 'properties');
      if (!isJsonObject(properties)) return node;
      const property = own(properties, name);
      if (!isJsonObject(property)) return node;
      return withKey(node, 'properties', withKey(properties, name, makeNullable(property)));
    }),
});

/** The root must be an object: a non-object root is wrapped as the one property `value`. */
export const wrapRootFix: SchemaFix = {
  label: 'Wrap in an object { value }',
  apply: (schema) => {
    const { $schema, $defs, definitions, ...rest } = schema;
    return {
      ...($schema === undefined ? {} : { $schema }),
      type: 'object',
      properties: { value: rest },
      required: ['value'],
      additionalProperties: false,
      ...($defs === undefined ? {} : { $defs }),
      ...(definitions === undefined ? {} : { definitions }),
    };
  },
};
