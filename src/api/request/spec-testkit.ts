/**
 * Test-only: the official OpenAPI spec, parsed once per test file, with a CreateResponse validator
 * and helpers to walk its schemas. Imported by *.test.ts files only (it reads the reference pack).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { reference } from '../../test/reference.ts';
import { isJsonObject, type JsonObject } from './body-path.ts';

export const specDocument = parse(readFileSync(reference('openai-openapi.yml'), 'utf8'), {
  maxAliasCount: -1,
}) as JsonObject;

const components = specDocument.components;
const schemas: JsonObject =
  isJsonObject(components) && isJsonObject(components.schemas) ? components.schemas : {};

/** Ajv for JSON Schema 2020-12 (OpenAPI 3.1); formats are not checked, unknown keywords ignored. */
export function createResponseValidator() {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(specDocument, 'spec');
  const validate = ajv.compile({ $ref: 'spec#/components/schemas/CreateResponse' });
  return {
    validate: (body: unknown) => validate(body),
    errorsText: () => ajv.errorsText(validate.errors, { separator: '\n' }),
  };
}

export function schemaNamed(name: string): JsonObject {
  const schema = schemas[name];
  if (!isJsonObject(schema)) throw new Error(`The spec has no schema ${name}`);
  return schema;
}

function deref(schema: JsonObject): JsonObject {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return deref(schemaNamed(ref.replace('#/components/schemas/', '')));
}

/**
 * The properties an object schema offers: its own and those of every allOf / anyOf / oneOf
 * branch, $refs followed (so `CreateResponse` flattens to its top-level parameters).
 */
export function collectProperties(schema: JsonObject): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const visit = (s: JsonObject, depth: number) => {
    if (depth > 20) return;
    const resolved = deref(s);
    const props = resolved.properties;
    if (isJsonObject(props)) {
      for (const [name, value] of Object.entries(props)) {
        if (isJsonObject(value) && !out.has(name)) out.set(name, value);
      }
    }
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const branches = resolved[key];
      if (Array.isArray(branches)) {
        for (const branch of branches) if (isJsonObject(branch)) visit(branch, depth + 1);
      }
    }
  };
  visit(schema, 0);
  return out;
}

/** The schema at a dotted request path (`reasoning.effort`), or undefined if the spec lacks it. */
export function schemaAtPath(path: string): JsonObject | undefined {
  let current: JsonObject | undefined = schemaNamed('CreateResponse');
  for (const segment of path.split('.')) {
    if (current === undefined) return undefined;
    current = collectProperties(current).get(segment);
  }
  return current;
}
