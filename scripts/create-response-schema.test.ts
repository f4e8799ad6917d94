import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import generated from '../server/create-response-schema.generated.json' with { type: 'json' };
import { reference } from '../src/test/reference.ts';
import { extractCreateResponseSchema } from './create-response-schema.mjs';

describe('server/create-response-schema.generated.json', () => {
  it('is what the spec gives today (else: node scripts/extract-create-response-schema.mjs)', () => {
    const spec: unknown = parse(readFileSync(reference('openai-openapi.yml'), 'utf8'), {
      maxAliasCount: -1,
    });
    expect(generated).toEqual(extractCreateResponseSchema(spec));
  });
});
