import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getPath,
  hasPath,
  isJsonObject,
  setPath,
  unsetPath,
  type JsonObject,
} from './body-path.ts';

/** Deep-freezes a body so any write to it throws (tests run in strict mode). */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

const proto = Object.prototype as unknown as Record<string, unknown>;

afterEach(() => {
  // Belt and braces: a leak would poison every later test in the worker.
  delete proto.polluted;
});

describe('isJsonObject', () => {
  it('accepts plain objects only', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject(Object.create(null))).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject('x')).toBe(false);
  });
});

describe('getPath', () => {
  const body = frozen({
    model: 'm',
    reasoning: { effort: 'low' },
    text: { format: { type: 'text' } },
  });

  it('reads top-level and nested paths', () => {
    expect(getPath(body, 'model')).toBe('m');
    expect(getPath(body, 'reasoning.effort')).toBe('low');
    expect(getPath(body, 'text.format.type')).toBe('text');
    expect(getPath(body, 'text.format')).toEqual({ type: 'text' });
  });

  it('gives undefined for a missing path or through a non-object', () => {
    expect(getPath(body, 'reasoning.summary')).toBeUndefined();
    expect(getPath(body, 'nope.deeper')).toBeUndefined();
    expect(getPath(body, 'model.length')).toBeUndefined();
    expect(getPath({ tools: [{ type: 'x' }] }, 'tools.0')).toBeUndefined();
  });

  it('reads own properties only: __proto__, constructor and toString are not reached', () => {
    expect(getPath({}, '__proto__')).toBeUndefined();
    expect(getPath({}, 'constructor')).toBeUndefined();
    expect(getPath({}, 'constructor.prototype')).toBeUndefined();
    expect(getPath({}, 'toString')).toBeUndefined();
    const own = JSON.parse('{"__proto__": {"a": 1}}') as JsonObject;
    expect(getPath(own, '__proto__.a')).toBe(1);
  });

  it('hasPath is true for set values, null included, and false for absent ones', () => {
    expect(hasPath(body, 'reasoning.effort')).toBe(true);
    expect(hasPath({ store: null }, 'store')).toBe(true);
    expect(hasPath({ store: false }, 'store')).toBe(true);
    expect(hasPath(body, 'store')).toBe(false);
  });
});

describe('setPath', () => {
  it('sets a value, creating the parents it needs', () => {
    expect(setPath({}, 'reasoning.effort', 'high')).toEqual({ reasoning: { effort: 'high' } });
    expect(setPath({}, 'text.format.type', 'json_schema')).toEqual({
      text: { format: { type: 'json_schema' } },
    });
  });

  it('keeps siblings and replaces an existing value', () => {
    const body = frozen({ model: 'm', reasoning: { effort: 'low', summary: 'auto' } });
    expect(setPath(body, 'reasoning.effort', 'high')).toEqual({
      model: 'm',
      reasoning: { effort: 'high', summary: 'auto' },
    });
  });

  it('replaces a non-object parent', () => {
    expect(setPath({ text: 'plain' }, 'text.verbosity', 'low')).toEqual({
      text: { verbosity: 'low' },
    });
    expect(setPath({ text: ['a'] }, 'text.verbosity', 'low')).toEqual({
      text: { verbosity: 'low' },
    });
  });

  it('never mutates its input and shares the untouched branches', () => {
    const body = frozen({ model: 'm', reasoning: { effort: 'low' }, metadata: { a: 'b' } });
    const before = structuredClone(body);
    const next = setPath(body, 'reasoning.effort', 'high');
    expect(body).toEqual(before);
    expect(next).not.toBe(body);
    expect(next.reasoning).not.toBe(body.reasoning);
    expect(next.metadata).toBe(body.metadata);
  });

  it('keeps __proto__ and constructor as plain keys: Object.prototype is never touched', () => {
    const a = setPath({}, '__proto__.polluted', 'yes');
    const b = setPath({}, 'constructor.prototype.polluted', 'yes');
    const c = setPath({}, '__proto__', { polluted: 'yes' });
    expect(proto.polluted).toBeUndefined();
    expect(({} as JsonObject).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(a)).toEqual(['__proto__']);
    expect(getPath(a, '__proto__.polluted')).toBe('yes');
    expect(getPath(b, 'constructor.prototype.polluted')).toBe('yes');
    expect(JSON.parse(JSON.stringify(c))).toEqual(JSON.parse('{"__proto__":{"polluted":"yes"}}'));
  });
});

describe('unsetPath', () => {
  it('removes a value and keeps its siblings', () => {
    const body = frozen({ model: 'm', reasoning: { effort: 'low', summary: 'auto' } });
    expect(unsetPath(body, 'reasoning.effort')).toEqual({
      model: 'm',
      reasoning: { summary: 'auto' },
    });
    expect(unsetPath(body, 'model')).toEqual({ reasoning: { effort: 'low', summary: 'auto' } });
  });

  it('prunes the parents it leaves empty, all the way up', () => {
    expect(unsetPath({ model: 'm', reasoning: { effort: 'low' } }, 'reasoning.effort')).toEqual({
      model: 'm',
    });
    expect(unsetPath({ text: { format: { type: 'text' } } }, 'text.format.type')).toEqual({});
    expect(
      unsetPath({ text: { format: { type: 'text' }, verbosity: 'low' } }, 'text.format.type'),
    ).toEqual({ text: { verbosity: 'low' } });
  });

  it('returns the same body when there is nothing to remove', () => {
    const body = frozen({ model: 'm', text: 'plain' });
    expect(unsetPath(body, 'store')).toBe(body);
    expect(unsetPath(body, 'reasoning.effort')).toBe(body);
    expect(unsetPath(body, 'text.verbosity')).toBe(body);
    expect(unsetPath(body, 'toString')).toBe(body);
    expect(unsetPath(body, 'constructor')).toBe(body);
  });

  it('never mutates its input', () => {
    const body = frozen({ model: 'm', reasoning: { effort: 'low' } });
    const before = structuredClone(body);
    unsetPath(body, 'reasoning.effort');
    unsetPath(body, 'model');
    expect(body).toEqual(before);
  });

  it('removes an own __proto__ key without touching the prototype', () => {
    const body = JSON.parse('{"model": "m", "__proto__": {"polluted": "yes"}}') as JsonObject;
    const next = unsetPath(body, '__proto__');
    expect(Object.keys(next)).toEqual(['model']);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(proto.polluted).toBeUndefined();
    expect(unsetPath(body, '__proto__.polluted')).toEqual({ model: 'm' });
  });
});

const segment = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'prototype');
const pathArb = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('.'));
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));

describe('get / set / unset together', () => {
  it('reads back what was set, and forgets what was unset', () => {
    fc.assert(
      fc.property(pathArb, pathArb, leaf, leaf, (p, q, v, w) => {
        const body = setPath(setPath({}, q, w), p, v);
        expect(getPath(body, p)).toEqual(v);
        const removed = unsetPath(body, p);
        expect(getPath(removed, p)).toBeUndefined();
        expect(hasPath(removed, p)).toBe(false);
        expect(proto.polluted).toBeUndefined();
        expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
      }),
    );
  });

  it('setting then unsetting a fresh path gives back an equal body', () => {
    const base = frozen({ model: 'm', reasoning: { effort: 'low' } });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 }),
        leaf,
        (s, v) => {
          const p = s.join('.');
          expect(unsetPath(setPath(base, p, v), p)).toEqual(base);
        },
      ),
    );
  });
});
