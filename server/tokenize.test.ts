import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTokens, tokenize } from './tokenize.ts';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const strings = {
  'grapheme-ascii': fc.string(),
  grapheme: fc.string({ unit: 'grapheme' }),
  'grapheme-composite': fc.string({ unit: 'grapheme-composite' }),
  binary: fc.string({ unit: 'binary' }),
  'whitespace-heavy': fc.string({
    unit: fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', 'a', 'bcdefghij', '😀', 'é'),
  }),
};

describe('tokenize', () => {
  it.each(Object.entries(strings))('joins back to the input (%s strings)', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        const tokens = tokenize(s);
        expect(tokens.join('')).toBe(s);
        expect(tokens.every((t) => t.length > 0)).toBe(true);
      }),
    );
  });

  it('never splits a character: every token of well-formed text is well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        for (const token of tokenize(s)) expect(token).not.toMatch(LONE_SURROGATE);
      }),
    );
  });

  it('holds at most 6 non-whitespace characters per token, and whitespace only in front', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const tokens = tokenize(s);
        tokens.forEach((token, i) => {
          const word = token.trimStart();
          if (word === '') {
            // A whitespace-only token can only be the trailing whitespace of the text.
            expect(i).toBe(tokens.length - 1);
            return;
          }
          expect([...word].length).toBeLessThanOrEqual(6);
          expect(word).not.toMatch(/\s/);
        });
      }),
    );
  });

  it.each([
    ['', []],
    ['Hello, world!', ['Hello,', ' world!']],
    ['abcdefghij', ['abcdef', 'ghij']],
    ['  lead and trail \n', ['  lead', ' and', ' trail', ' \n']],
    ['   ', ['   ']],
    ['😀😀😀😀😀😀😀', ['😀😀😀😀😀😀', '😀']],
  ])('splits %j as %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('countTokens', () => {
  it('is 0 for empty text, about a quarter of the length otherwise', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('a')).toBe(1);
    expect(countTokens('abcd')).toBe(1);
    expect(countTokens('abcde')).toBe(2);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        expect(countTokens(s)).toBe(Math.ceil(s.length / 4));
      }),
    );
  });
});
