import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from './body-path.ts';
import { buildRequest, countSetParams, initialBody, type RequestBody } from './request-draft.ts';

const NESTED_ROOTS: ReadonlySet<string> = new Set([
  'reasoning',
  'text',
  'prompt',
  'stream_options',
]);

describe('initialBody', () => {
  it('is a local model with streaming on, and nothing else', () => {
    expect(initialBody).toEqual({ model: 'local-echo', stream: true });
    expect(buildRequest(initialBody)).toEqual({ model: 'local-echo', stream: true });
  });
});

describe('buildRequest', () => {
  it('drops undefined values, at any depth', () => {
    const body: RequestBody = {
      model: 'm',
      temperature: undefined,
      reasoning: { effort: 'low', summary: undefined },
      text: { format: { type: 'json_schema', strict: undefined } },
    };
    const sent = buildRequest(body);
    expect(sent).toEqual({
      model: 'm',
      reasoning: { effort: 'low' },
      text: { format: { type: 'json_schema' } },
    });
    expect(Object.keys(sent)).toEqual(['model', 'reasoning', 'text']);
    expect(Object.keys(sent.reasoning as JsonObject)).toEqual(['effort']);
  });

  it('keeps what the user set, falsy values and null included', () => {
    const body: RequestBody = {
      model: 'm',
      stream: false,
      temperature: 0,
      instructions: '',
      previous_response_id: null,
      include: [],
      metadata: {},
    };
    expect(buildRequest(body)).toEqual(body);
  });

  it('keeps unknown fields (what a gateway adds) as they are', () => {
    const body: RequestBody = {
      model: 'm',
      x_gateway: { route: 'eu', tags: ['a', 'b'] },
      reasoning: { effort: 'low', vendor_budget: 512 },
    };
    expect(buildRequest(body)).toEqual(body);
  });

  it('deep-copies: changing the sent body never changes the form state', () => {
    const body: RequestBody = {
      model: 'm',
      reasoning: { effort: 'low' },
      tools: [{ type: 'function', name: 'f', parameters: { type: 'object' } }],
    };
    const before = structuredClone(body);
    const sent = buildRequest(body);
    expect(sent.reasoning).not.toBe(body.reasoning);
    expect(sent.tools).not.toBe(body.tools);
    (sent.reasoning as JsonObject).effort = 'high';
    ((sent.tools as JsonObject[])[0] as JsonObject).name = 'changed';
    (sent.tools as unknown[]).push({ type: 'web_search_preview' });
    expect(body).toEqual(before);
  });

  it('keeps a __proto__ key from raw JSON as a plain key (no prototype change)', () => {
    const body = JSON.parse(
      '{"model": "m", "metadata": {"__proto__": "x", "a": "b"}, "extra": {"__proto__": {"polluted": 1}}}',
    ) as RequestBody;
    const sent = buildRequest(body);
    expect(JSON.stringify(sent)).toBe(JSON.stringify(body));
    expect(Object.getPrototypeOf(sent.extra)).toBe(Object.prototype);
    expect((sent.extra as JsonObject).polluted).toBeUndefined();
  });

  it('sends exactly what JSON would send, as a fresh copy, for any JSON body', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (entries, value) => {
        const body: RequestBody = { ...entries, dropped: undefined, kept: value };
        const sent = buildRequest(body);
        expect(JSON.stringify(sent)).toBe(JSON.stringify(body));
        expect(hasUndefined(sent)).toBe(false);
        const original = objectsIn(body);
        expect([...objectsIn(sent)].filter((o) => original.has(o))).toEqual([]);
      }),
    );
  });
});

/** Whether an object anywhere in the value has an own property set to undefined. */
function hasUndefined(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((inner) => inner === undefined || hasUndefined(inner));
}

/** Every object and array in a value, itself included. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    into.add(value);
    for (const inner of Object.values(value)) objectsIn(inner, into);
  }
  return into;
}

describe('countSetParams', () => {
  it('counts top-level parameters, skipping undefined ones', () => {
    expect(countSetParams({}, NESTED_ROOTS)).toBe(0);
    expect(countSetParams({ model: 'm', stream: true, store: undefined }, NESTED_ROOTS)).toBe(2);
    expect(countSetParams({ store: false, previous_response_id: null }, NESTED_ROOTS)).toBe(2);
  });

  it('counts nested roots by their leaves, and an empty one as one', () => {
    expect(
      countSetParams({ reasoning: { effort: 'low', summary: 'auto' }, model: 'm' }, NESTED_ROOTS),
    ).toBe(3);
    expect(countSetParams({ reasoning: {} }, NESTED_ROOTS)).toBe(1);
    expect(
      countSetParams({ text: { format: { type: 'text' }, verbosity: 'low' } }, NESTED_ROOTS),
    ).toBe(2);
  });

  it('counts a nested root that is not an object, and objects outside the roots, as one', () => {
    expect(countSetParams({ reasoning: null }, NESTED_ROOTS)).toBe(1);
    expect(countSetParams({ metadata: { a: '1', b: '2', c: '3' } }, NESTED_ROOTS)).toBe(1);
  });
});
