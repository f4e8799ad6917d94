import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeJson } from './tokenize.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('tokenizeJson', () => {
  it('splits JSON into punctuation runs and short words, as the recordings stream it', () => {
    expect(tokenizeJson('{"location":"San Francisco, CA"}')).toEqual([
      '{"',
      'locati',
      'on',
      '":"',
      'San',
      ' Franci',
      'sco',
      ',',
      ' CA',
      '"}',
    ]);
  });

  it('joins back to any JSON text and never splits a character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? '';
        const pieces = tokenizeJson(text);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece).not.toMatch(LONE_SURROGATE);
        }
      }),
    );
  });
});
