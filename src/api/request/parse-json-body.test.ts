import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './parse-json-body.ts';

describe('parseJsonBody', () => {
  it('parses a JSON object into a body', () => {
    const text = '{\n  "model": "gpt-4o",\n  "input": "Hi",\n  "reasoning": { "effort": "low" }\n}';
    expect(parseJsonBody(text)).toEqual({
      ok: true,
      body: { model: 'gpt-4o', input: 'Hi', reasoning: { effort: 'low' } },
    });
    expect(parseJsonBody('{}')).toEqual({ ok: true, body: {} });
  });

  it.each([
    [
      'an unexpected word',
      '{\n  "model": "gpt-4o",\n  "input": hi\n}',
      3,
      12,
      "Unexpected token 'h'",
    ],
    [
      'a missing comma',
      '{\n  "model": "gpt-4o",\n  "input": "Hi" "stream": true\n}',
      3,
      17,
      "Expected ',' or '}' after property value",
    ],
    ['a trailing comma', '{\n  "a": 1,\n  "b": [1, 2,]\n}', 3, 14, "Unexpected token ']'"],
    [
      'a newline inside a string',
      '{\n  "model": "gpt-4o",\n  "input": "Hi\n}',
      3,
      15,
      'Bad control character in string literal',
    ],
    ['a bad token near the start', '[\n1,\n x, 2, 3, 4, 5, 6, 7, 8]', 3, 2, "Unexpected token 'x'"],
    ['a bad token in a short text', '{\n"a":\n hi}', 3, 2, "Unexpected token 'h'"],
  ])('points at line 3 for %s', (_, text, line, column, message) => {
    expect(parseJsonBody(text)).toEqual({ ok: false, message, line, column });
  });

  it('points at the end for a truncated body', () => {
    expect(parseJsonBody('{\n  "model": "gpt-4o",\n  "input": "Hi"')).toMatchObject({
      ok: false,
      line: 3,
      column: 16,
    });
    expect(parseJsonBody('')).toMatchObject({ ok: false, line: 1, column: 1 });
  });

  it.each([
    ['an array', '[{"model": "gpt-4o"}]'],
    ['a string', '"gpt-4o"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
  ])('rejects %s: the body must be an object', (_, text) => {
    expect(parseJsonBody(text)).toEqual({
      ok: false,
      message: 'The body must be a JSON object { … }.',
      line: 1,
      column: 1,
    });
  });

  it('finds a bad value on whichever line it is, however long the lines around it', () => {
    const entry = fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }));
    const bad = fc.constantFrom('oops', "'single'", 'NaN', '+1', '.5', 'undefined');
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        bad,
        (entries, pick, word) => {
          const at = pick % entries.length;
          const lines = entries.map(([key, value], i) => {
            const prefix = `  ${JSON.stringify(key)}: `;
            return i === at ? `${prefix}${word},` : `${prefix}${JSON.stringify(value)},`;
          });
          lines[lines.length - 1] = (lines.at(-1) ?? '').replace(/,$/, '');
          const text = ['{', ...lines, '}'].join('\n');
          const [key = ''] = entries[at] ?? [];
          const parsed = parseJsonBody(text);
          expect(parsed).toMatchObject({
            ok: false,
            line: at + 2,
            column: `  ${JSON.stringify(key)}: `.length + 1,
          });
        },
      ),
    );
  });
});
