import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePattern } from './pattern-sample.ts';
import { sampleSchema } from './schema-sample.ts';
import { ajv2020, ajvDraft07, problems } from './test-support/ajv.ts';
import { textHints } from './text-values.ts';

type Schema = Record<string, unknown>;

const PATTERNS = [
  '^[A-Z]{3}$',
  '^\\d{5}(-\\d{4})?$',
  '^[a-z0-9-]+$',
  '^(red|green|blue)-[0-9]{2,4}$',
  '^\\+?[1-9]\\d{1,14}$',
  '^#[0-9a-fA-F]{6}$',
  '^\\w+@\\w+\\.com$',
  '[^abc]x',
  '^.{3,8}$',
  '^(?:[A-Z][a-z]+ ?)+$',
];
const FORMATS = ['date-time', 'date', 'time', 'email', 'uri', 'uuid', 'ipv4', 'hostname'];
const NAMES = ['location', 'city', 'query', 'unit', 'count', 'tags', 'note', 'when', 'limit'];

const stringSchema: fc.Arbitrary<Schema> = fc.oneof(
  fc
    .record(
      { minLength: fc.nat(6), extra: fc.nat(20), description: fc.string({ maxLength: 30 }) },
      { requiredKeys: ['minLength'] },
    )
    .map(({ minLength, extra, description }) => ({
      type: 'string',
      minLength,
      ...(extra !== undefined ? { maxLength: minLength + extra } : {}),
      ...(description !== undefined ? { description } : {}),
    })),
  fc.constantFrom(...PATTERNS).map((pattern) => ({ type: 'string', pattern })),
  fc.constantFrom(...FORMATS).map((format) => ({ type: 'string', format })),
  fc.array(fc.string(), { minLength: 1, maxLength: 4 }).map((e) => ({ type: 'string', enum: e })),
);

const numberSchema: fc.Arbitrary<Schema> = fc
  .record({
    integer: fc.boolean(),
    lo: fc.integer({ min: -1000, max: 1000 }),
    span: fc.integer({ min: 2, max: 500 }),
    bounds: fc.constantFrom('none', 'min', 'max', 'both', 'exclusive'),
    multipleOf: fc.option(fc.integer({ min: 2, max: 7 }), { nil: undefined }),
  })
  .map(({ integer, lo, span, bounds, multipleOf }) => {
    const hi = lo + span + (multipleOf ?? 0) * 2;
    return {
      type: integer ? 'integer' : 'number',
      ...(bounds === 'min' || bounds === 'both' ? { minimum: lo } : {}),
      ...(bounds === 'max' || bounds === 'both' ? { maximum: hi } : {}),
      ...(bounds === 'exclusive' ? { exclusiveMinimum: lo, exclusiveMaximum: hi } : {}),
      ...(multipleOf ? { multipleOf } : {}),
    };
  });

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  stringSchema,
  numberSchema,
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: 'null' }),
  fc.constant({ type: ['string', 'null'] }),
  fc.jsonValue().map((value) => ({ const: value })),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { minLength: 1 }).map((e) => ({
    enum: e,
  })),
);

const { schema: anySchema } = fc.letrec<{ schema: Schema }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .record({
        items: tie('schema'),
        minItems: fc.nat(3),
        extra: fc.option(fc.nat(3), { nil: undefined }),
      })
      .map(({ items, minItems, extra }) => ({
        type: 'array',
        items,
        minItems,
        ...(extra !== undefined ? { maxItems: minItems + extra } : {}),
      })),
    fc
      .record({
        properties: fc.dictionary(fc.constantFrom(...NAMES), tie('schema'), { maxKeys: 4 }),
        closed: fc.boolean(),
        requireAll: fc.boolean(),
      })
      .map(({ properties, closed, requireAll }) => ({
        type: 'object',
        properties,
        required: requireAll ? Object.keys(properties) : Object.keys(properties).slice(0, 1),
        ...(closed ? { additionalProperties: false } : {}),
      })),
    fc.tuple(tie('schema'), tie('schema')).map(([a, b]) => ({ anyOf: [a, b] })),
    // Unambiguous: the second branch never accepts null.
    fc.oneof(stringSchema, numberSchema).map((a) => ({ oneOf: [{ type: 'null' }, a] })),
  ),
}));

describe('sampleSchema', () => {
  it('gives a value valid against any simple schema (fast-check, ajv 2020-12)', () => {
    const ajv = ajv2020();
    fc.assert(
      fc.property(anySchema, (schema) => {
        const value = sampleSchema(schema);
        expect(problems(ajv, schema, value)).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('keeps values from the text when hints are given, and stays valid', () => {
    const ajv = ajv2020();
    fc.assert(
      fc.property(anySchema, fc.string(), (schema, text) => {
        const value = sampleSchema(schema, textHints({ text, subject: 'Paris' }));
        expect(problems(ajv, schema, value)).toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('fills objects with every property: enums pick the first, strings the name/description', () => {
    const schema = {
      type: 'object',
      properties: {
        location: { type: 'string' },
        unit: { type: 'string', enum: ['C', 'F', 'K'] },
        days: { type: 'integer', minimum: 3, maximum: 10 },
        note: { type: 'string', description: 'A short note. More words here.' },
        when: { type: 'string', format: 'date' },
        code: { type: 'string', pattern: '^[A-Z]{3}$' },
        tags: { type: 'array', items: { type: 'string' } },
        nested: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] },
        maybe: { type: ['number', 'null'] },
      },
      required: ['location'],
    };
    expect(sampleSchema(schema)).toEqual({
      location: 'location',
      unit: 'C',
      days: 3,
      note: 'A short note',
      when: '2026-01-01',
      code: 'AAA',
      tags: ['tags'],
      nested: { ok: true },
      maybe: 1,
    });
  });

  it('follows $ref to $defs / definitions, allOf, and prefixItems / tuple items', () => {
    const schema2020 = {
      $defs: {
        city: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      },
      type: 'object',
      properties: {
        home: { $ref: '#/$defs/city' },
        pair: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string' }] },
        both: { allOf: [{ properties: { a: { type: 'integer' } } }, { required: ['b'] }] },
      },
      required: ['home', 'pair', 'both'],
    };
    const value = sampleSchema(schema2020);
    expect(value).toEqual({ home: { name: 'name' }, pair: [1, 'pair'], both: { a: 1, b: 'b' } });
    expect(problems(ajv2020(), schema2020, value)).toBe('');

    const draft07 = {
      definitions: { n: { type: 'number', exclusiveMinimum: 5, maximum: 6 } },
      type: 'array',
      items: [{ $ref: '#/definitions/n' }, { type: 'boolean' }],
    };
    expect(problems(ajvDraft07(), draft07, sampleSchema(draft07))).toBe('');
  });

  it('ends recursive schemas', () => {
    const tree = {
      $defs: {
        node: {
          type: 'object',
          properties: {
            label: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
          required: ['label', 'children'],
        },
      },
      $ref: '#/$defs/node',
    };
    expect(problems(ajv2020(), tree, sampleSchema(tree))).toBe('');
  });

  it('takes place names, the question and numbers from the text through hints', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        query: { type: 'string' },
        days: { type: 'integer' },
      },
    };
    const hints = textHints({ text: 'Weather in Lyon for 5 days', subject: 'Lyon' });
    expect(sampleSchema(schema, hints)).toEqual({
      city: 'Lyon',
      query: 'Weather in Lyon for 5 days',
      days: 5,
    });
  });
});

describe('samplePattern', () => {
  it.each(PATTERNS)('matches %s', (pattern) => {
    const value = samplePattern(pattern);
    expect(value).not.toBeNull();
    expect(new RegExp(pattern, 'u').test(value ?? '')).toBe(true);
  });

  it('honours a length condition and gives up on lookarounds and backreferences', () => {
    expect(samplePattern('^[a-z]+$', (s) => s.length >= 5)).toBe('aaaaa');
    expect(samplePattern('^(?=x)x$')).toBeNull();
    expect(samplePattern('^(a)\\1$')).toBeNull();
    expect(samplePattern('[')).toBeNull();
  });
});
