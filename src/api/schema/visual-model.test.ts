import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStrict } from './strict-check.ts';
import {
  emptyNode,
  isTableRoot,
  newPropertyRow,
  retypeNode,
  rowsToSchema,
  schemaToNode,
  schemaToRows,
  type NodeModel,
  type PropertyRow,
} from './visual-model.ts';

const SCALARS = ['string', 'number', 'integer', 'boolean'] as const;
// Keywords the table does not edit; never ones it manages (type, enum, properties, …).
const extraKeys = ['title', 'default', 'examples', 'format', 'minimum', 'x-ui', '$comment'];
const extraArb = fc.dictionary(fc.constantFrom(...extraKeys), fc.jsonValue(), { maxKeys: 3 });
const otherExtraArb = fc.oneof(
  fc.record({ $ref: fc.string() }),
  fc.record({ anyOf: fc.constant([{ type: 'string' }, { type: 'number' }]) }),
  fc.record({ type: fc.constant(['string', 'number']), title: fc.string() }),
  fc.constant({}),
);

const { node: nodeArb } = fc.letrec<{ node: NodeModel; rows: PropertyRow[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      ...base(),
      type: fc.constantFrom(...SCALARS),
      nullable: fc.boolean(),
      extra: extraArb,
    }),
    fc.record({
      ...base(),
      type: fc.constant('enum' as const),
      nullable: fc.boolean(),
      enumValues: fc.array(fc.string(), { maxLength: 4 }),
      extra: extraArb,
    }),
    fc.record({
      ...base(),
      type: fc.constant('object' as const),
      nullable: fc.boolean(),
      children: tie('rows'),
      extra: extraArb,
    }),
    fc.record({
      ...base(),
      type: fc.constant('array' as const),
      nullable: fc.boolean(),
      items: fc.option(tie('node'), { nil: null }),
      extra: extraArb,
    }),
    fc.record({ ...base(), type: fc.constant('other' as const), extra: otherExtraArb }),
  ),
  rows: fc
    .uniqueArray(
      fc.record({
        name: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'a/b')),
        required: fc.boolean(),
        node: tie('node'),
      }),
      { selector: (r) => r.name, maxLength: 3 },
    )
    .map((rows) => rows.map(({ name, required, node }) => ({ ...node, name, required }))),
}));

function base() {
  const e = emptyNode();
  return {
    description: fc.string(),
    nullable: fc.constant(e.nullable),
    enumValues: fc.constant(e.enumValues),
    children: fc.constant(e.children),
    items: fc.constant(e.items),
  };
}

const rowsArb = fc
  .uniqueArray(fc.record({ name: fc.string(), required: fc.boolean(), node: nodeArb }), {
    selector: (r) => r.name,
    maxLength: 4,
  })
  .map((rows) => rows.map(({ name, required, node }) => ({ ...node, name, required })));

/**
 * Rows in the order a JS object (and JSON.parse) keeps keys: integer-like names first. A schema's
 * `properties` is an object, so that is the one order it can have.
 */
function inObjectOrder(rows: readonly PropertyRow[]): PropertyRow[] {
  const order = Object.keys(Object.fromEntries(rows.map((r) => [r.name, 0])));
  return order.flatMap((name) => rows.filter((r) => r.name === name)).map(nodeInOrder);
}
function nodeInOrder<T extends NodeModel>(node: T): T {
  return {
    ...node,
    children: inObjectOrder(node.children),
    items: node.items && nodeInOrder(node.items),
  };
}

describe('visual model round trip', () => {
  it('rowsToSchema → schemaToRows gives the rows back', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(schemaToRows(rowsToSchema(rows, { strict: false }))).toEqual(inObjectOrder(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('with strict, a second trip changes nothing and every object is closed', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const schema = rowsToSchema(rows, { strict: true });
        expect(rowsToSchema(schemaToRows(schema), { strict: true })).toEqual(schema);
        const open = checkStrict(schema).filter((f) => f.rule === 'additional-properties');
        expect(open.filter((f) => !f.pointer.includes('/anyOf/'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('schemaToRows', () => {
  const schema = {
    title: 'Root',
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City', minLength: 1 },
      unit: { type: ['string', 'null'], enum: ['c', 'f', null] },
      count: { type: 'integer' },
      point: {
        type: 'object',
        properties: { x: { type: 'number' } },
        required: ['x'],
        additionalProperties: false,
      },
      list: { type: 'array', items: { type: 'string' } },
      ref: { $ref: '#/$defs/r', description: 'r' },
    },
    required: ['city', 'ghost'],
    $defs: { r: { type: 'boolean' } },
  };

  it('reads types, required, enums, nullables, nesting and keeps the rest in extra', () => {
    const rows = schemaToRows(schema);
    expect(rows.map((r) => [r.name, r.type, r.required, r.nullable])).toEqual([
      ['city', 'string', true, false],
      ['unit', 'enum', false, true],
      ['count', 'integer', false, false],
      ['point', 'object', false, false],
      ['list', 'array', false, false],
      ['ref', 'other', false, false],
    ]);
    expect(rows[0]?.extra).toEqual({ minLength: 1 });
    expect(rows[1]?.enumValues).toEqual(['c', 'f']);
    expect(rows[3]?.children.map((c) => [c.name, c.required])).toEqual([['x', true]]);
    expect(rows[3]?.extra).toEqual({ additionalProperties: false });
    expect(rows[4]?.items).toMatchObject({ type: 'string' });
    expect(rows[5]).toMatchObject({ description: 'r', extra: { $ref: '#/$defs/r' } });
  });

  it('writes back the root keywords and an edit, without losing unknown ones', () => {
    const rows = schemaToRows(schema);
    const edited = rows.map((r) => (r.name === 'count' ? { ...r, required: true } : r));
    const next = rowsToSchema(edited, { strict: false, root: schema });
    expect(next).toMatchObject({ title: 'Root', $defs: schema.$defs, required: ['city', 'count'] });
    expect(next.properties).toEqual(schema.properties);
  });

  it('keeps what the table cannot show: tuple items, boolean schemas, odd enums', () => {
    expect(schemaToNode({ type: 'array', items: [{ type: 'string' }] })).toMatchObject({
      items: null,
      extra: { items: [{ type: 'string' }] },
    });
    expect(schemaToNode(true)).toMatchObject({ type: 'other', extra: {} });
    expect(schemaToNode(false)).toMatchObject({ type: 'other', extra: { not: {} } });
    expect(schemaToNode({ type: 'string', enum: ['a', 1] })).toMatchObject({
      type: 'string',
      extra: { enum: ['a', 1] },
    });
    expect(schemaToNode({ enum: ['a'] })).toMatchObject({ type: 'enum', enumValues: ['a'] });
  });

  it('knows which roots the table can edit', () => {
    expect(isTableRoot(undefined)).toBe(true);
    expect(isTableRoot({ type: 'object' })).toBe(true);
    expect(isTableRoot({ anyOf: [] })).toBe(false);
    expect(schemaToRows(undefined)).toEqual([]);
  });
});

describe('table edits', () => {
  it('retypes a node, keeping what still applies', () => {
    const enumNode = { ...emptyNode('enum'), enumValues: ['a'], nullable: true, extra: { x: 1 } };
    expect(retypeNode(enumNode, 'string')).toEqual({ ...enumNode, type: 'string', enumValues: [] });
    expect(retypeNode(enumNode, 'array').items).toEqual(emptyNode('string'));
    const ref = { ...emptyNode('other'), extra: { $ref: '#/$defs/a' } };
    expect(retypeNode(ref, 'object')).toEqual({ ...emptyNode('object') });
  });

  it('names a new row uniquely and makes it required', () => {
    const first = newPropertyRow([]);
    expect(first).toMatchObject({ name: 'field_1', type: 'string', required: true });
    expect(newPropertyRow([first, { ...first, name: 'field_2' }]).name).toBe('field_3');
  });
});
