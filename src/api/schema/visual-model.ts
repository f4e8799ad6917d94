import { isJsonObject, own, withKey, type JsonObject } from './schema-path.ts';

export const ROW_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'enum',
  'other',
] as const;

/** `enum` is a string enum; `other` is any schema the table cannot show ($ref, anyOf, …). */
export type RowType = (typeof ROW_TYPES)[number];

/** One schema as the property table shows it. Fields that do not apply to `type` are empty. */
export type NodeModel = {
  type: RowType;
  description: string;
  nullable: boolean;
  /** For `enum`. */
  enumValues: string[];
  /** For `object`. */
  children: PropertyRow[];
  /** For `array`: the item schema, when there is one. */
  items: NodeModel | null;
  /** Keywords the table does not edit (title, format, minimum, …): written back unchanged. */
  extra: JsonObject;
};

export type PropertyRow = NodeModel & { name: string; required: boolean };

const SIMPLE = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

export const emptyNode = (type: RowType = 'string'): NodeModel => ({
  type,
  description: '',
  nullable: false,
  enumValues: [],
  children: [],
  items: null,
  extra: {},
});

function rest(schema: JsonObject, managed: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !managed.includes(k)));
}

function rowsOf(schema: JsonObject): PropertyRow[] {
  const properties = own(schema, 'properties');
  const required = own(schema, 'required');
  const names = Array.isArray(required) ? required : [];
  if (!isJsonObject(properties)) return [];
  return Object.entries(properties).map(([name, child]) => ({
    ...schemaToNode(child),
    name,
    required: names.includes(name),
  }));
}

/** A schema as a table node; what the table cannot show goes to `extra`, never lost. */
export function schemaToNode(schema: unknown): NodeModel {
  // `true` accepts anything, like `{}`; `false` accepts nothing, like `{ not: {} }`.
  if (!isJsonObject(schema))
    return { ...emptyNode('other'), extra: schema === false ? { not: {} } : {} };
  const rawType = own(schema, 'type');
  const types: unknown[] = Array.isArray(rawType)
    ? rawType
    : rawType === undefined
      ? []
      : [rawType];
  const nullable = types.includes('null');
  const base = types.filter((t) => t !== 'null');
  const rawDescription = own(schema, 'description');
  const description = typeof rawDescription === 'string' ? rawDescription : '';
  const withDescription = typeof rawDescription === 'string' ? ['description'] : [];
  const values = own(schema, 'enum');
  const stringEnum =
    Array.isArray(values) && values.every((v) => typeof v === 'string' || (nullable && v === null));
  const node = { ...emptyNode(), description, nullable };

  if (
    (base.length === 1 && base[0] === 'string' && stringEnum) ||
    (types.length === 0 && stringEnum)
  ) {
    const enumValues = (values as unknown[]).filter((v): v is string => typeof v === 'string');
    return {
      ...node,
      type: 'enum',
      enumValues,
      extra: rest(schema, ['type', 'enum', ...withDescription]),
    };
  }
  const only = base[0];
  if (base.length !== 1 || typeof only !== 'string' || !SIMPLE.has(only)) {
    return { ...emptyNode('other'), description, extra: rest(schema, withDescription) };
  }
  const type = only as RowType;
  const managed = ['type', ...withDescription];
  if (type === 'object') {
    const propsOk =
      own(schema, 'properties') === undefined || isJsonObject(own(schema, 'properties'));
    const requiredOk =
      own(schema, 'required') === undefined || Array.isArray(own(schema, 'required'));
    if (propsOk) managed.push('properties');
    if (propsOk && requiredOk) managed.push('required');
    return { ...node, type, children: propsOk ? rowsOf(schema) : [], extra: rest(schema, managed) };
  }
  if (type === 'array') {
    const items = own(schema, 'items');
    if (isJsonObject(items)) managed.push('items');
    const itemNode = isJsonObject(items) ? schemaToNode(items) : null;
    return { ...node, type, items: itemNode, extra: rest(schema, managed) };
  }
  return { ...node, type, extra: rest(schema, managed) };
}

/** A table node as a schema. With `strict`, every object gets `additionalProperties: false`. */
export function nodeToSchema(node: NodeModel, options: { strict: boolean }): JsonObject {
  if (node.type === 'other') {
    return node.description === ''
      ? node.extra
      : withKey(node.extra, 'description', node.description);
  }
  const baseType = node.type === 'enum' ? 'string' : node.type;
  const entries: [string, unknown][] = [['type', node.nullable ? [baseType, 'null'] : baseType]];
  if (node.description !== '') entries.push(['description', node.description]);
  if (node.type === 'enum') {
    entries.push(['enum', node.nullable ? [...node.enumValues, null] : node.enumValues]);
  }
  if (node.type === 'object') {
    const properties = Object.fromEntries(
      node.children.map((c) => [c.name, nodeToSchema(c, options)] as const),
    );
    entries.push(['properties', properties]);
    // In the object's own key order (integer-like names first), so a second trip is stable.
    const names = new Set(node.children.filter((c) => c.required).map((c) => c.name));
    const required = Object.keys(properties).filter((name) => names.has(name));
    if (required.length > 0) entries.push(['required', required]);
  }
  if (node.type === 'array' && node.items)
    entries.push(['items', nodeToSchema(node.items, options)]);
  const schema = Object.fromEntries([...entries, ...Object.entries(node.extra)]);
  return options.strict && node.type === 'object'
    ? withKey(schema, 'additionalProperties', false)
    : schema;
}

/** The root schema's properties as table rows. */
export function schemaToRows(schema: unknown): PropertyRow[] {
  return isJsonObject(schema) ? rowsOf(schema) : [];
}

/** Whether the table can edit this root: an object schema (or nothing yet). */
export function isTableRoot(schema: unknown): boolean {
  return schema === undefined || (isJsonObject(schema) && schemaToNode(schema).type === 'object');
}

/**
 * Rows back into the root schema. `root` is the schema being edited: its own keywords (title,
 * $defs, additionalProperties, …) are kept; only properties and required come from the rows.
 */
export function rowsToSchema(
  rows: readonly PropertyRow[],
  options: { strict: boolean; root?: unknown },
): JsonObject {
  const rootNode = schemaToNode(options.root ?? { type: 'object' });
  const base = rootNode.type === 'object' ? rootNode : emptyNode('object');
  return nodeToSchema({ ...base, children: [...rows] }, options);
}

/**
 * A node switched to another type in the table: what still applies is kept (description,
 * nullable, children of an object, the item schema of an array, enum values); keywords of an
 * `other` schema ($ref, anyOf) go, since the new type replaces them.
 */
export function retypeNode<T extends NodeModel>(node: T, type: RowType): T {
  return {
    ...node,
    type,
    nullable: type === 'other' ? false : node.nullable,
    extra: node.type === 'other' || type === 'other' ? {} : node.extra,
    enumValues: type === 'enum' ? node.enumValues : [],
    children: type === 'object' ? node.children : [],
    items: type === 'array' ? (node.items ?? emptyNode('string')) : null,
  };
}

/** A new row for the table: a string property with a name not yet taken, required. */
export function newPropertyRow(siblings: readonly PropertyRow[]): PropertyRow {
  const taken = new Set(siblings.map((r) => r.name));
  let n = siblings.length + 1;
  while (taken.has(`field_${n}`)) n += 1;
  return { ...emptyNode('string'), name: `field_${n}`, required: true };
}
