/** `text.format`: a type, and for json_schema a valid name and a schema object. */
import { getPath, isJsonObject, type JsonObject } from './body-path.ts';
import { describeType, error, isSet, quote, type LintFinding } from './lint-finding.ts';
import { listOptions, unknownOption } from './lint-values.ts';
import { findParam } from './param-catalog.ts';
import type { RequestBody } from './request-draft.ts';

/** The API's rule for format names (the spec says it in words only). */
export const FORMAT_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const FORMAT_TYPES: readonly string[] = findParam('text.format.type')?.options ?? [
  'text',
  'json_schema',
  'json_object',
];

function lintJsonSchema(format: JsonObject): LintFinding[] {
  const findings: LintFinding[] = [];
  const { name, schema, strict, description } = format;
  if (name === undefined) {
    findings.push(
      error(
        'text.format.name',
        'text.format.name is required for json_schema: name the format, e.g. weather_report.',
      ),
    );
  } else if (typeof name !== 'string' || !FORMAT_NAME.test(name)) {
    findings.push(
      error(
        'text.format.name',
        `text.format.name must be 1 to 64 letters, digits, underscores or dashes (it is ${typeof name === 'string' ? quote(name) : describeType(name)}).`,
      ),
    );
  }
  if (!isJsonObject(schema)) {
    findings.push(
      error(
        'text.format.schema',
        schema === undefined
          ? 'text.format.schema is required for json_schema: paste a JSON Schema object, e.g. { "type": "object", "properties": { … } }.'
          : `text.format.schema must be a JSON Schema object { … }, not ${describeType(schema)}.`,
      ),
    );
  }
  if (isSet(strict) && typeof strict !== 'boolean') {
    findings.push(
      error(
        'text.format.strict',
        `text.format.strict must be true or false, not ${describeType(strict)}.`,
      ),
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    findings.push(
      error(
        'text.format.description',
        `text.format.description must be text, not ${describeType(description)}.`,
      ),
    );
  }
  return findings;
}

export function lintTextFormat(body: RequestBody): LintFinding[] {
  const format = getPath(body, 'text.format');
  if (!isJsonObject(format)) return [];
  const { type } = format;
  if (type === undefined) {
    return [
      error(
        'text.format.type',
        `text.format needs a type: choose one of ${listOptions(FORMAT_TYPES)}, or remove text.format.`,
      ),
    ];
  }
  if (typeof type !== 'string') {
    return [
      error(
        'text.format.type',
        `text.format.type must be one of ${listOptions(FORMAT_TYPES)}, not ${describeType(type)}.`,
      ),
    ];
  }
  if (type === 'json_schema') return lintJsonSchema(format);
  return FORMAT_TYPES.includes(type) ? [] : [unknownOption('text.format.type', type, FORMAT_TYPES)];
}
