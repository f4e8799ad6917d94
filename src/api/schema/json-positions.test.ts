import { describe, expect, it } from 'vitest';
import {
  locate,
  offsetToLineColumn,
  pointerToSegments,
  segmentsToPointer,
} from './json-positions.ts';

const text = `{
  "type": "object",
  "properties": {
    "a/b": { "type": "string" },
    "list": { "type": "array", "items": [1, { "x~y": true }] }
  }
}`;

describe('pointers', () => {
  it('decodes RFC 6901 escapes and #-fragments', () => {
    expect(pointerToSegments('')).toEqual([]);
    expect(pointerToSegments('#')).toEqual([]);
    expect(pointerToSegments('/properties/a~1b/type')).toEqual(['properties', 'a/b', 'type']);
    expect(pointerToSegments('/x~0y')).toEqual(['x~y']);
    expect(pointerToSegments('#/$defs/a%20b')).toEqual(['$defs', 'a b']);
    // A plain pointer is never percent-decoded.
    expect(pointerToSegments('/a%20b')).toEqual(['a%20b']);
  });

  it('encodes segments back', () => {
    expect(segmentsToPointer(['properties', 'a/b', 0, 'x~y'])).toBe('/properties/a~1b/0/x~0y');
    expect(segmentsToPointer([])).toBe('');
  });
});

describe('offsetToLineColumn', () => {
  it('is 1-based and clamps', () => {
    expect(offsetToLineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToLineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(offsetToLineColumn('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });
});

describe('locate', () => {
  it('finds a value by pointer, with line, column, offset and length', () => {
    const at = locate(text, '/properties/a~1b/type');
    expect(at).toMatchObject({ line: 4, column: 22, length: 8, exact: true, kind: 'string' });
    expect(text.slice(at?.offset, (at?.offset ?? 0) + (at?.length ?? 0))).toBe('"string"');
  });

  it('finds array elements from string segments (as in an ajv instancePath)', () => {
    const at = locate(text, '/properties/list/items/1/x~0y');
    const column = (text.split('\n')[4] ?? '').indexOf('true') + 1;
    expect(at).toMatchObject({ line: 5, column, kind: 'boolean', exact: true });
  });

  it('finds a key instead of its value', () => {
    const at = locate(text, ['properties', 'list'], { key: true });
    expect(at).toMatchObject({ line: 5, column: 5, length: 6, kind: 'string' });
  });

  it('finds the keyword of an ajv schemaPath (a #-fragment) in the schema text', () => {
    // Validating data against this schema, ajv names the failing keyword by schemaPath.
    const at = locate(text, '#/properties/a~1b/type', { key: true });
    expect(at).toMatchObject({ line: 4, column: 14, kind: 'string', exact: true });
  });

  it('falls back to the deepest existing node for a missing path', () => {
    const at = locate(text, '/properties/nope/type');
    expect(at).toMatchObject({ line: 3, column: 17, exact: false, kind: 'object' });
    expect(locate(text, '/properties/list/items/7')).toMatchObject({ exact: false, kind: 'array' });
  });

  it('locates the root for an empty pointer, and nothing in a text without JSON', () => {
    expect(locate(text, '')).toMatchObject({ line: 1, column: 1, offset: 0, length: text.length });
    expect(locate('', '/a')).toBeUndefined();
  });
});
