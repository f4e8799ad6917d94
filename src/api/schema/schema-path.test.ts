import { describe, expect, it } from 'vitest';
import { getAt, updateAt, withKey, withoutKey } from './schema-path.ts';

describe('schema paths', () => {
  it('updates a copy along the path and leaves the original alone', () => {
    const root = Object.freeze({ a: Object.freeze([Object.freeze({ b: 1 })]), c: 2 });
    const next = updateAt(root, ['a', 0, 'b'], () => 3);
    expect(next).toEqual({ a: [{ b: 3 }], c: 2 });
    expect(next.c).toBe(2);
    expect(root.a[0]?.b).toBe(1);
    expect(getAt(next, ['a', '0', 'b'])).toBe(3);
  });

  it('leaves a path that does not exist as it is', () => {
    const root = { a: [1] };
    expect(updateAt(root, ['x', 'y'], () => 1)).toBe(root);
    expect(updateAt(root, ['a', 5], () => 1)).toBe(root);
    expect(getAt(root, ['constructor'])).toBeUndefined();
  });

  it('sets __proto__ as a property, never as the prototype', () => {
    const next = withKey({}, '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.keys(next)).toEqual(['__proto__']);
    expect(withoutKey(next, '__proto__')).toEqual({});
  });

  it('keeps a replaced key in its place', () => {
    expect(Object.keys(withKey({ a: 1, b: 2, c: 3 }, 'b', 9))).toEqual(['a', 'b', 'c']);
  });
});
