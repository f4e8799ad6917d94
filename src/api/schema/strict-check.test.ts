import { describe, expect, it } from 'vitest';
import { metaValidate } from './meta-validate.ts';
import { checkStrict, fixAll, type StrictFinding, type StrictRule } from './strict-check.ts';
import type { JsonObject } from './schema-path.ts';

/** Deep-freezes a schema so a fix that mutates it throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

const clean = (): JsonObject => ({
  type: 'object',
  properties: {
    name: { type: 'string' },
    tags: { type: 'array', items: { type: 'string', format: 'email' }, maxItems: 3 },
    when: { type: ['string', 'null'], format: 'date-time' },
    kind: { anyOf: [{ $ref: '#/$defs/kind' }, { type: 'null' }] },
  },
  required: ['name', 'tags', 'when', 'kind'],
  additionalProperties: false,
  $defs: { kind: { type: 'string', enum: ['a', 'b'] } },
});

const only = (schema: JsonObject, rule: StrictRule) =>
  checkStrict(schema).filter((f) => f.rule === rule);

function fixed(schema: JsonObject, finding: StrictFinding | undefined, which = 0): JsonObject {
  const fix = which === 0 ? finding?.fix : finding?.moreFixes[which - 1];
  if (!fix) throw new Error('no fix');
  return fix.apply(frozen(schema));
}

describe('checkStrict', () => {
  it('passes a strict-clean schema', () => {
    expect(checkStrict(clean())).toEqual([]);
  });

  it('wants additionalProperties: false on every object, and fixes it', () => {
    const schema = { ...clean(), additionalProperties: true };
    const [finding] = only(schema, 'additional-properties');
    expect(finding).toMatchObject({ pointer: '', severity: 'error' });
    const next = fixed(schema, finding);
    expect(next.additionalProperties).toBe(false);
    expect(checkStrict(next)).toEqual([]);

    const nested: JsonObject = {
      ...clean(),
      properties: { o: { type: 'object', properties: {} } },
    };
    nested.required = ['o'];
    expect(only(nested, 'additional-properties')).toMatchObject([{ pointer: '/properties/o' }]);
  });

  it('wants every property required: make it required, or required and nullable', () => {
    const schema = { ...clean(), required: ['name', 'tags', 'kind'] };
    const [finding] = only(schema, 'required');
    expect(finding).toMatchObject({ pointer: '/properties/when', atKey: true });
    expect(finding?.fix?.label).toBe('Make required');
    expect(checkStrict(fixed(schema, finding))).toEqual([]);

    const nullable = fixed(schema, finding, 1);
    expect(checkStrict(nullable)).toEqual([]);
    expect(nullable.required).toEqual(['name', 'tags', 'kind', 'when']);
  });

  it('makes each shape of schema nullable', () => {
    const schema: JsonObject = {
      type: 'object',
      properties: {
        s: { type: 'string' },
        e: { type: 'string', enum: ['x'] },
        r: { $ref: '#/$defs/d', description: 'd' },
        u: { anyOf: [{ type: 'number' }] },
      },
      additionalProperties: false,
      $defs: { d: { type: 'integer' } },
    };
    let next = schema;
    for (const f of only(schema, 'required')) next = f.moreFixes[0]?.apply(next) ?? next;
    expect(next.properties).toEqual({
      s: { type: ['string', 'null'] },
      e: { type: ['string', 'null'], enum: ['x', null] },
      r: { description: 'd', anyOf: [{ $ref: '#/$defs/d' }, { type: 'null' }] },
      u: { anyOf: [{ type: 'number' }, { type: 'null' }] },
    });
    expect(checkStrict(next)).toEqual([]);
  });

  it('flags a required name that is not a property', () => {
    const schema = { ...clean(), required: ['name', 'tags', 'when', 'kind', 'ghost'] };
    const [finding] = only(schema, 'unknown-required');
    expect(finding?.message).toMatch(/ghost/);
    expect(checkStrict(fixed(schema, finding))).toEqual([]);
  });

  const unsupported = [
    'patternProperties',
    'unevaluatedProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'allOf',
    'not',
    'if',
    'then',
    'else',
    'dependentRequired',
    'dependentSchemas',
    'contains',
    'uniqueItems',
    '$dynamicRef',
  ];
  it.each(unsupported)('refuses %s, and removing it fixes that', (keyword) => {
    const schema = clean();
    schema.$defs = { kind: { type: 'string', enum: ['a'], [keyword]: {} } };
    const [finding] = only(schema, 'unsupported-keyword');
    expect(finding).toMatchObject({ pointer: `/$defs/kind/${keyword}`, severity: 'error' });
    expect(checkStrict(fixed(schema, finding))).toEqual([]);
  });

  it('turns oneOf into anyOf', () => {
    const schema = clean();
    schema.properties = {
      ...(schema.properties as JsonObject),
      kind: { oneOf: [{ type: 'null' }] },
    };
    const [finding] = only(schema, 'unsupported-keyword');
    const next = fixed(schema, finding);
    expect((next.properties as JsonObject).kind).toEqual({ anyOf: [{ type: 'null' }] });
    expect(checkStrict(next)).toEqual([]);
  });

  it('warns about keywords outside the documented subset', () => {
    const schema = clean();
    schema.properties = {
      ...(schema.properties as JsonObject),
      name: { type: 'string', minLength: 1 },
    };
    const [finding] = only(schema, 'unsupported-keyword');
    expect(finding).toMatchObject({ severity: 'warning', pointer: '/properties/name/minLength' });
    expect(checkStrict(fixed(schema, finding))).toEqual([]);
  });

  it('refuses an unsupported format', () => {
    const schema = clean();
    schema.properties = {
      ...(schema.properties as JsonObject),
      name: { type: 'string', format: 'uri' },
    };
    const [finding] = only(schema, 'unsupported-format');
    expect(finding?.message).toMatch(/"uri"/);
    expect(checkStrict(fixed(schema, finding))).toEqual([]);
  });

  it('wants the root to be an object, not anyOf', () => {
    const anyOf: JsonObject = { anyOf: [{ type: 'string' }, { type: 'number' }] };
    const [finding] = only(anyOf, 'root-object');
    const next = fixed(anyOf, finding);
    expect(next).toEqual({
      type: 'object',
      properties: { value: anyOf },
      required: ['value'],
      additionalProperties: false,
    });
    expect(checkStrict(next)).toEqual([]);

    const untyped = { properties: {}, additionalProperties: false };
    expect(checkStrict(fixed(untyped, only(untyped, 'root-object')[0]))).toEqual([]);
    const nullable = { ...clean(), type: ['object', 'null'] };
    expect(checkStrict(fixed(nullable, only(nullable, 'root-object')[0]))).toEqual([]);
    expect(only({ type: 'array', items: { type: 'string' } }, 'root-object')).toHaveLength(1);
  });

  it('flags a property without a type', () => {
    const schema = clean();
    schema.properties = { ...(schema.properties as JsonObject), name: { description: 'x' } };
    expect(only(schema, 'missing-type')).toMatchObject([{ pointer: '/properties/name' }]);
  });

  it('warns past 10 levels of nesting', () => {
    let node: JsonObject = { type: 'string' };
    for (let i = 0; i < 11; i += 1) {
      node = {
        type: 'object',
        properties: { p: node },
        required: ['p'],
        additionalProperties: false,
      };
    }
    const [finding] = only(node, 'nesting-depth');
    expect(finding).toMatchObject({ severity: 'warning', fix: undefined });
    expect(finding?.path.filter((s) => s === 'p')).toHaveLength(10);
  });

  it('warns past 5000 properties', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 5001 }, (_, i) => [`p${i}`, { type: 'string' }]),
    );
    const schema = { type: 'object', properties, required: Object.keys(properties) };
    expect(only({ ...schema, additionalProperties: false }, 'property-count')).toHaveLength(1);
  });

  it('warns about enum limits', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `v${i}`);
    const schema = { ...clean(), $defs: { kind: { type: 'string', enum: many } } };
    expect(only(schema, 'enum-size').map((f) => f.pointer)).toEqual(['']);
    const long = Array.from({ length: 251 }, (_, i) => `${i}`.padEnd(61, 'x'));
    const big = { ...clean(), $defs: { kind: { type: 'string', enum: long } } };
    expect(only(big, 'enum-size').map((f) => f.pointer)).toEqual(['/$defs/kind/enum']);
  });
});

describe('fixAll', () => {
  it('makes a messy schema strict-clean without touching the input', () => {
    const messy = frozen({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, format: 'uri' },
        address: {
          type: 'object',
          properties: { street: { type: 'string' }, zip: { type: 'string', pattern: '^\\d+$' } },
          patternProperties: { '^x-': { type: 'string' } },
        },
        tags: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'object', properties: { t: { type: 'string' } } },
        },
        choice: { oneOf: [{ type: 'string' }, { type: 'object', properties: {} }] },
      },
      allOf: [{ required: ['name'] }],
      required: ['ghost'],
    });
    const next = fixAll(messy);
    expect(checkStrict(next)).toEqual([]);
    expect(metaValidate(next)).toEqual([]);
    expect(next.required).toEqual(['name', 'address', 'tags', 'choice']);
  });

  it('wraps a non-object root and then fixes what is inside', () => {
    const next = fixAll({ anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }] });
    expect(checkStrict(next)).toEqual([]);
  });

  it('leaves what it cannot fix', () => {
    const schema = { type: 'object', properties: { a: {} } };
    expect(checkStrict(fixAll(schema)).map((f) => f.rule)).toEqual(['missing-type']);
  });
});
