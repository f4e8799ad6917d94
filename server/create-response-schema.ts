import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import generated from './create-response-schema.generated.json' with { type: 'json' };

/** A JSON Schema object as the spec writes it. */
export type SchemaNode = { [key: string]: unknown };

export const isSchemaNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SPEC_ID = 'create-response-spec';
const LOCAL_REF = '#/components/schemas/';
// Keywords whose values are data (or property names), never subschemas.
const DATA_KEYWORDS = new Set(['enum', 'const', 'required']);

/**
 * The spec says (in prose only) that metadata has at most 16 keys of at most 64 characters and
 * string values of at most 512; its schema checks only that values are strings.
 */
const METADATA: SchemaNode = {
  anyOf: [
    {
      type: 'object',
      maxProperties: 16,
      propertyNames: { type: 'string', maxLength: 64 },
      additionalProperties: { type: 'string', maxLength: 512 },
    },
    { type: 'null' },
  ],
};

/**
 * Where the spec's `required` lists are stricter than the API (or simply wrong), by schema name:
 * - `FunctionTool` lists the nullable `strict` and `parameters` (its response-side shape, used by
 *   the `Tool` union); requests without them are accepted, and the SDK examples omit `strict`.
 * - `MCPApprovalResponse` requires `request_id`, a property it does not have (the id travels as
 *   `approval_request_id`, which it also requires).
 */
const REQUIRED_FIXES: Record<string, string[]> = {
  FunctionTool: ['type', 'name'],
  MCPApprovalResponse: ['type', 'approve', 'approval_request_id'],
};

/**
 * Adjusts the spec's schemas for a server that checks known fields and nothing more:
 * - `oneOf` → `anyOf`: the unions overlap (an input message matches both `EasyInputMessage` and
 *   `InputMessage`), so exclusivity would reject valid bodies; `type` tells branches apart.
 * - `additionalProperties: false` goes: gateways add fields the spec lacks (see validate.ts).
 * - `$ref`s get the document's id, so any subschema compiles on its own (spec-problem.ts
 *   validates branch by branch to say which field is wrong).
 */
function adjust(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(adjust);
    return;
  }
  if (!isSchemaNode(node)) return;
  if (Array.isArray(node.oneOf)) {
    if (node.anyOf === undefined) node.anyOf = node.oneOf;
    else {
      const allOf: unknown[] = Array.isArray(node.allOf) ? node.allOf : [];
      node.allOf = [...allOf, { anyOf: node.oneOf }];
    }
    delete node.oneOf;
    delete node.discriminator;
  }
  if (node.additionalProperties === false) delete node.additionalProperties;
  if (typeof node.$ref === 'string' && node.$ref.startsWith(LOCAL_REF)) {
    node.$ref = `${SPEC_ID}${node.$ref}`;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isSchemaNode(value)) Object.values(value).forEach(adjust);
    else if (!DATA_KEYWORDS.has(key)) adjust(value);
  }
}

export interface CreateResponseSpec {
  /** Whether `data` satisfies `schema` (any node of the spec, compiled once and cached). */
  isValid(schema: SchemaNode, data: unknown): boolean;
  /** ajv's first complaint about `data`, for shapes spec-problem.ts has no message for. */
  firstError(
    schema: SchemaNode,
    data: unknown,
  ): { instancePath: string; message: string } | undefined;
  /** The schema a `$ref` names. */
  resolveRef(ref: string): SchemaNode | undefined;
  /** The root: `CreateResponse`. */
  root: SchemaNode;
}

function build(): CreateResponseSpec {
  const schemas = structuredClone(generated.components.schemas) as Record<string, SchemaNode>;
  schemas.Metadata = METADATA;
  for (const [name, required] of Object.entries(REQUIRED_FIXES)) {
    const schema = schemas[name];
    if (schema) schema.required = required;
  }
  // The `Tool` union holds the response-side `FunctionTool`, whose `name` has no limits; the
  // request-side `FunctionToolParam` gives the ones the API enforces (1-128 of [a-zA-Z0-9_-]).
  const functionTool = schemas.FunctionTool?.properties;
  const paramName = schemas.FunctionToolParam?.properties;
  if (isSchemaNode(functionTool) && isSchemaNode(paramName) && isSchemaNode(paramName.name)) {
    functionTool.name = paramName.name;
  }
  Object.values(schemas).forEach(adjust);
  // Formats are not checked: the real API accepts e.g. any string as a file URL here. Refs
  // stay calls and the code unoptimised: compiling takes a third of the time, checks as fast.
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    allErrors: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addSchema({ components: { schemas } }, SPEC_ID);
  const compiled = new WeakMap<SchemaNode, ValidateFunction>();
  const validatorFor = (schema: SchemaNode) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const root = schemas.CreateResponse;
  if (!root) throw new Error('create-response-schema.generated.json lacks CreateResponse');
  return {
    root,
    isValid: (schema, data) => validatorFor(schema)(data),
    firstError(schema, data) {
      const validate = validatorFor(schema);
      if (validate(data)) return undefined;
      const error = validate.errors?.[0];
      return { instancePath: error?.instancePath ?? '', message: error?.message ?? 'is invalid' };
    },
    resolveRef: (ref) => schemas[ref.slice(ref.lastIndexOf('/') + 1)],
  };
}

let spec: CreateResponseSpec | undefined;

/** Compiled on first use (a fifth of a second), then shared by every server in the process. */
export function createResponseSpec(): CreateResponseSpec {
  spec ??= build();
  return spec;
}
