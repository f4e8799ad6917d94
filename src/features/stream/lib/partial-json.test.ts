import { describe, expect, it } from 'vitest';
import { parsePartialJson, prettyPartialJson } from './partial-json.ts';

describe('parsePartialJson', () => {
  it.each([
    ['{', {}],
    ['{"temperatureCelsius"', { temperatureCelsius: null }],
    ['{"temperatureCelsius":', { temperatureCelsius: null }],
    ['{"temperatureCelsius":2', { temperatureCelsius: 2 }],
    ['{"temperatureCelsius":22,', { temperatureCelsius: 22 }],
    ['{"temperatureCelsius":22,"cond', { temperatureCelsius: 22, cond: null }],
    ['{"condition":"Partly Cl', { condition: 'Partly Cl' }],
    ['{"a":"line\\', { a: 'line' }],
    ['{"a":"x\\u00', { a: 'x' }],
    ['{"a":"x\\u00e9', { a: 'xé' }],
    ['{"a":"back\\\\', { a: 'back\\' }],
    ['{"a":"quote\\"', { a: 'quote"' }],
    ['{"a":[1,2,{"b":[tr', { a: [1, 2, { b: [] }] }],
    ['{"a":tru', { a: null }],
    ['{"a":-', { a: null }],
    ['{"a":1.', { a: null }],
    ['["x","y', ['x', 'y']],
    ['  [ {"k": "v" } , ', [{ k: 'v' }]],
    ['"just a str', 'just a str'],
    ['{"a":{"b":{"c":"d"}}}', { a: { b: { c: 'd' } } }],
  ])('completes %j', (text, value) => {
    expect(parsePartialJson(text)).toEqual(value);
  });

  it.each(['', 'not json', '{"a":1]', '}'])('gives up on %j', (text) => {
    expect(parsePartialJson(text)).toBeUndefined();
  });

  it('agrees with JSON.parse on every prefix of a complete document once it is whole', () => {
    const doc = JSON.stringify({ t: 22.5, s: 'a "quoted" \\ string\nwith é', l: [true, null, {}] });
    for (let i = 1; i <= doc.length; i++) {
      const value = parsePartialJson(doc.slice(0, i));
      if (i === doc.length) expect(value).toEqual(JSON.parse(doc));
      else if (value !== undefined) expect(() => JSON.stringify(value)).not.toThrow();
    }
  });
});

describe('prettyPartialJson', () => {
  it('pretty-prints what it can complete and keeps the rest raw', () => {
    expect(prettyPartialJson('{"a":[1')).toEqual({
      text: '{\n  "a": [\n    1\n  ]\n}',
      pretty: true,
    });
    expect(prettyPartialJson('Sure! {')).toEqual({ text: 'Sure! {', pretty: false });
  });
});
