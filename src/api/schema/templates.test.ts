import { describe, expect, it } from 'vitest';
import { metaValidate } from './meta-validate.ts';
import { checkStrict } from './strict-check.ts';
import { schemaTemplates } from './templates.ts';
import { rowsToSchema, schemaToRows } from './visual-model.ts';

describe('schema templates', () => {
  it('has unique ids and covers functions and structured outputs', () => {
    expect(new Set(schemaTemplates.map((t) => t.id)).size).toBe(schemaTemplates.length);
    expect(schemaTemplates.some((t) => t.for !== 'structured')).toBe(true);
    expect(schemaTemplates.some((t) => t.for !== 'function')).toBe(true);
  });

  it.each(schemaTemplates.map((t) => [t.id, t.schema] as const))(
    '%s is a valid, strict-clean schema the table can edit',
    (_id, schema) => {
      expect(metaValidate(schema)).toEqual([]);
      expect(checkStrict(schema)).toEqual([]);
      expect(rowsToSchema(schemaToRows(schema), { strict: true, root: schema })).toEqual(schema);
    },
  );
});
