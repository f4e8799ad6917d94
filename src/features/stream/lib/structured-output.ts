// Loaded on demand (useStructuredOutputCheck): ajv stays out of the first download.
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isRecord } from '@/api/events/parse-event.ts';
import type { JsonOutputFormat } from './json-output-format.ts';

export interface SchemaViolation {
  /** JSON Pointer into the output (`instancePath`); '' is the root. */
  path: string;
  message: string;
}

export type StructuredOutputCheck =
  | { status: 'valid'; value: unknown }
  | { status: 'invalid'; value: unknown; errors: SchemaViolation[] }
  | { status: 'unparsable'; message: string }
  | { status: 'schema-error'; message: string };

/**
 * Compiled validators per schema object: the request (and its schema) is the same object for the
 * whole run, and a fresh Ajv per schema keeps a reused `$id` from clashing across runs.
 */
const validators = new WeakMap<object, ValidateFunction>();

function compile(schema: object): ValidateFunction {
  const cached = validators.get(schema);
  if (cached) return cached;
  const draft = '$schema' in schema ? String(schema.$schema) : '';
  // Formats are not checked: that would need ajv-formats, and structured outputs do not promise
  // them either. strict: false because API schemas carry keywords Ajv does not know.
  const options = { strict: false, allErrors: true, validateFormats: false };
  const ajv = /draft-0[467]/.test(draft) ? new Ajv(options) : new Ajv2020(options);
  const validate = ajv.compile(schema);
  validators.set(schema, validate);
  return validate;
}

function violation(error: ErrorObject): SchemaViolation {
  const params = error.params as Record<string, unknown>;
  const extra =
    error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string'
      ? ` (${params.additionalProperty})`
      : '';
  return { path: error.instancePath, message: `${error.message ?? error.keyword}${extra}` };
}

/** Checks the final message text against the format the request asked for. Never throws. */
export function checkStructuredOutput(
  format: JsonOutputFormat,
  text: string,
): StructuredOutputCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      status: 'unparsable',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (format.type === 'json_object') {
    return isRecord(value)
      ? { status: 'valid', value }
      : { status: 'invalid', value, errors: [{ path: '', message: 'must be an object' }] };
  }
  const schema = format.schema;
  if (typeof schema !== 'boolean' && !isRecord(schema)) {
    return { status: 'schema-error', message: 'text.format.schema is not a JSON Schema object' };
  }
  if (typeof schema === 'boolean') {
    return schema
      ? { status: 'valid', value }
      : { status: 'invalid', value, errors: [{ path: '', message: 'the schema is false' }] };
  }
  let validate: ValidateFunction;
  try {
    validate = compile(schema);
  } catch (error) {
    return {
      status: 'schema-error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  if (validate(value)) return { status: 'valid', value };
  return { status: 'invalid', value, errors: (validate.errors ?? []).map(violation) };
}
