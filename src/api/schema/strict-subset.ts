/** What OpenAI's strict mode accepts of JSON Schema, and its size limits. */

// OpenAI's documented subset ("Supported schemas" in the Structured Outputs guide): these
// composition, object and array keywords are listed as not supported.
export const UNSUPPORTED = new Set([
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'uniqueItems',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
]);
// Not in the documented list of supported keywords, and not listed as unsupported either.
export const UNDOCUMENTED = new Set(['minLength', 'maxLength', 'prefixItems', 'additionalItems']);
export const SUPPORTED_FORMATS = [
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
];
export const LIMITS = {
  depth: 10,
  properties: 5000,
  enumValues: 1000,
  bigEnumValues: 250,
  bigEnumChars: 15000,
  stringChars: 120000,
};
