import { describe, expect, it } from 'vitest';
import { checkSchemaText, metaValidate, parseSchemaText } from './meta-validate.ts';

const multiLine = `{
  "type": "object",
  "properties": {
    "name": { "type": "strin" },
    "age": {
      "type": "integer",
      "minimum": "zero"
    },
    "tags": { "type": "array", "maxItems": -1 }
  },
  "required": "name"
}`;

describe('parseSchemaText', () => {
  it('gives blank text as no schema', () => {
    expect(parseSchemaText('  \n')).toEqual({ ok: true, value: undefined });
  });

  it('gives the line and column of a syntax error', () => {
    const parsed = parseSchemaText('{\n  "type": "object",\n  "properties": {\n    "a": \n  }\n}');
    expect(parsed).toMatchObject({
      ok: false,
      problem: { source: 'json', line: 5, column: 3, message: 'Expected a value' },
    });
  });

  it('places a trailing comma and a missing comma', () => {
    expect(parseSchemaText('{\n  "a": 1,\n}')).toMatchObject({
      problem: { line: 3, column: 1 },
    });
    expect(parseSchemaText('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      problem: { line: 3, column: 3, message: 'Expected a comma' },
    });
  });

  it('refuses comments (the body is JSON) and a non-object root', () => {
    expect(parseSchemaText('{ // no\n}')).toMatchObject({ ok: false, problem: { line: 1 } });
    expect(parseSchemaText('\n  [1]')).toMatchObject({
      ok: false,
      problem: { line: 2, column: 3, message: 'A schema must be a JSON object { … }' },
    });
    expect(parseSchemaText('true')).toMatchObject({ ok: false });
  });
});

describe('metaValidate', () => {
  it('reports each meta-schema error at its line and column', () => {
    const { ok, problems } = checkSchemaText(multiLine);
    expect(ok).toBe(true);
    const brief = problems.map((p) => [p.path, p.line, p.column]);
    // Columns counted from the text itself: where each offending value starts.
    const col = (line: number, token: string) =>
      (multiLine.split('\n')[line - 1] ?? '').indexOf(token) + 1;
    expect(brief).toEqual([
      ['/properties/name/type', 4, col(4, '"strin"')],
      ['/properties/age/minimum', 7, col(7, '"zero"')],
      ['/properties/tags/maxItems', 9, col(9, '-1')],
      ['/required', 11, col(11, '"name"')],
    ]);
    expect(brief.map((b) => b[2])).toEqual([23, 18, 44, 15]);
    expect(problems[0]?.message).toMatch(/must be a type name \(array, boolean, .*\) or a list/);
    expect(problems[1]?.message).toBe('must be number');
    expect(problems[2]?.message).toBe('must be >= 0');
    expect(problems[3]?.message).toBe('must be array');
    expect(problems[3]?.schemaPath).toBe('#/$defs/stringArray/type');
  });

  it('accepts a valid 2020-12 schema and a valid draft-07 one', () => {
    expect(metaValidate({ type: 'object', $defs: { a: { type: 'string' } } })).toEqual([]);
    const draft07 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { a: { type: 'string' } },
      properties: { a: { $ref: '#/definitions/a' } },
    };
    expect(metaValidate(draft07)).toEqual([]);
  });

  it('checks a draft-07 schema against draft-07', () => {
    // Draft-07 requires `items` arrays to be schemas; 2020-12 has prefixItems instead.
    const text = '{\n  "$schema": "http://json-schema.org/draft-07/schema",\n  "type": "x"\n}';
    expect(checkSchemaText(text).problems).toMatchObject([{ path: '/type', line: 3, column: 11 }]);
  });

  it('says so for an unknown $schema and still checks the rest', () => {
    const schema = { $schema: 'http://json-schema.org/draft-04/schema#', type: 1 };
    const text = JSON.stringify(schema, null, 2);
    const problems = metaValidate(schema, text);
    expect(problems).toMatchObject([
      { path: '/$schema', line: 2 },
      { path: '/type', line: 3 },
    ]);
    expect(problems[0]?.message).toMatch(/Unsupported \$schema/);
  });

  it('puts problems at 1:1 without a text', () => {
    expect(metaValidate({ type: 'nope' })).toMatchObject([{ line: 1, column: 1 }]);
  });

  it('underlines only the brace of an object that lacks something', () => {
    const text = '{\n  "properties": { "a": { "required": [1] } }\n}';
    const [problem] = checkSchemaText(text).problems;
    expect(problem).toMatchObject({ path: '/properties/a/required/0', line: 2, length: 1 });
  });
});
