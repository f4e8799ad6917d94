import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSchemaText } from './meta-validate.ts';

/**
 * The built app forbids eval (Content Security Policy): the schema editor's meta-schema check must
 * work without compiling anything at run time. `Function` is made to throw, as the CSP makes it.
 */
describe('the meta-schema check without eval', () => {
  const original = globalThis.Function;
  beforeEach(() => {
    globalThis.Function = new Proxy(original, {
      apply: () => {
        throw new EvalError('eval is forbidden here');
      },
      construct: () => {
        throw new EvalError('eval is forbidden here');
      },
    });
  });
  afterEach(() => {
    globalThis.Function = original;
  });

  it('is what the stand-in would stop: ajv compiling at run time', () => {
    expect(() => new Ajv2020({ logger: false }).compile({ type: 'string' })).toThrow(EvalError);
  });

  it('checks 2020-12 and draft-07 schemas with the validators compiled ahead of time', () => {
    expect(checkSchemaText('{"type":"object","properties":{"a":{"type":"string"}}}')).toMatchObject(
      { ok: true, problems: [] },
    );
    expect(checkSchemaText('{"type":"objekt"}').problems[0]?.message).toMatch(
      /must be a type name/,
    );
    const draft07 = checkSchemaText(
      '{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","required":"a"}',
    );
    expect(draft07.problems.map((p) => p.path)).toEqual(['/required']);
  });
});
