import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft07 from 'ajv/dist/ajv.js';

/** The formats schema-sample fills in, checked loosely (ajv-formats is not a dependency). */
const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
  date: /^\d{4}-\d\d-\d\d$/,
  time: /^\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/,
  email: /^[^@\s]+@[^@\s]+\.[a-z]+$/i,
  hostname: /^[a-z0-9.-]+$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
  ipv6: /^[0-9a-f:]+$/i,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  'uri-reference': /^\S*$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  duration: /^P/,
};

function withFormats<T extends { addFormat(name: string, format: RegExp): unknown }>(ajv: T): T {
  for (const [name, regex] of Object.entries(FORMATS)) ajv.addFormat(name, regex);
  return ajv;
}

/** Ajv for draft 2020-12 schemas (function parameters, structured outputs, `$defs`). */
export function ajv2020(): Ajv2020 {
  return withFormats(new Ajv2020({ strict: false, allErrors: true }));
}

/** Ajv for draft-07 schemas (`items` as a tuple, `definitions`). */
export function ajvDraft07(): AjvDraft07 {
  return withFormats(new AjvDraft07({ strict: false, allErrors: true }));
}

/** Validation errors as one readable string ('' when valid). */
export function problems(ajv: Ajv2020 | AjvDraft07, schema: unknown, value: unknown): string {
  const validate = ajv.compile(schema as object);
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}
