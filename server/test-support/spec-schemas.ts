import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ajv2020, problems } from './ajv.ts';
import { REFERENCE_DIR } from './recordings.ts';

/**
 * The official OpenAPI spec of the reference pack (OpenAPI 3.1, so JSON Schema 2020-12), loaded
 * once and registered whole with ajv, so a value can be checked against any named schema.
 */
const SPEC_ID = 'openai-openapi';

let ajv: ReturnType<typeof ajv2020> | null = null;

function specAjv(): ReturnType<typeof ajv2020> {
  if (ajv) return ajv;
  const spec = parse(readFileSync(`${REFERENCE_DIR}/openai-openapi.yml`, 'utf8')) as {
    components: unknown;
  };
  ajv = ajv2020();
  // OpenAPI's numeric formats say nothing JSON Schema checks; known, so ajv does not warn.
  for (const format of ['float', 'double', 'int32', 'int64', 'unixtime'])
    ajv.addFormat(format, true);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });
  return ajv;
}

/** Why `value` fails `components.schemas[name]` of the spec ('' when it is valid). */
export function specProblems(name: string, value: unknown): string {
  return problems(specAjv(), { $ref: `${SPEC_ID}#/components/schemas/${name}` }, value);
}
