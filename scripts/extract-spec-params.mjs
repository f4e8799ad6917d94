// Regenerates src/api/request/spec-params.generated.json from the official OpenAPI spec:
// for every request parameter path the form offers, its description, default, enum and limits.
// Run: node scripts/extract-spec-params.mjs [path/to/openai-openapi.yml]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const specPath =
  process.argv[2] ??
  fileURLToPath(new URL('../../shared/reference/openai-openapi.yml', import.meta.url));
const out = fileURLToPath(
  new URL('../src/api/request/spec-params.generated.json', import.meta.url),
);
const spec = parse(readFileSync(specPath, 'utf8'), { maxAliasCount: -1 });
const schemas = spec.components.schemas;

const deref = (s) => {
  let x = s;
  const seen = new Set();
  while (x && x.$ref && !seen.has(x.$ref)) {
    seen.add(x.$ref);
    x = {
      ...schemas[x.$ref.split('/').pop()],
      ...Object.fromEntries(Object.entries(x).filter(([k]) => k !== '$ref')),
    };
  }
  return x ?? {};
};

/** Flattens allOf and the `X | null` anyOf the spec uses for optional fields. */
function flatten(schema) {
  const s = deref(schema);
  let merged = { ...s };
  if (s.allOf) {
    merged = { ...s, properties: {} };
    for (const part of s.allOf) {
      const f = flatten(part);
      merged.properties = { ...merged.properties, ...(f.properties ?? {}) };
      for (const k of ['description', 'default', 'deprecated'])
        if (merged[k] === undefined && f[k] !== undefined) merged[k] = f[k];
    }
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    const nonNull = variants.map(deref).filter((v) => v.type !== 'null');
    if (nonNull.length === 1) {
      const inner = flatten(nonNull[0]);
      merged = {
        ...inner,
        ...Object.fromEntries(
          Object.entries(merged).filter(([k]) => !['anyOf', 'oneOf'].includes(k)),
        ),
      };
      for (const k of [
        'description',
        'default',
        'enum',
        'minimum',
        'maximum',
        'maxLength',
        'type',
        'properties',
        'items',
        'deprecated',
      ]) {
        if (merged[k] === undefined && inner[k] !== undefined) merged[k] = inner[k];
      }
    } else {
      const enums = nonNull.flatMap((v) => v.enum ?? (v.const !== undefined ? [v.const] : []));
      if (enums.length && !merged.enum) merged.enum = enums;
      if (!merged.description) merged.description = nonNull.find((v) => v.description)?.description;
    }
  }
  return merged;
}

/** First paragraph, links reduced to their text: short enough for help text. */
function summarize(description) {
  if (!description) return undefined;
  const text = description
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .trim();
  return text;
}

const result = {};
function record(path, schema) {
  const s = flatten(schema);
  const entry = {};
  const description = summarize(s.description);
  if (description) entry.description = description;
  for (const k of [
    'default',
    'enum',
    'minimum',
    'maximum',
    'maxLength',
    'minItems',
    'maxItems',
    'deprecated',
  ]) {
    if (s[k] !== undefined && s[k] !== null) entry[k] = s[k];
  }
  if (s.type) entry.type = s.type;
  result[path] = entry;
  return s;
}

const createResponse = flatten({ $ref: '#/components/schemas/CreateResponse' });
const NESTED = {
  reasoning: ['effort', 'summary', 'generate_summary', 'mode', 'context'],
  text: ['verbosity'],
  stream_options: ['include_obfuscation'],
  prompt: ['id', 'version', 'variables'],
  prompt_cache_options: ['ttl', 'mode'],
  moderation: ['model', 'policy'],
};
for (const [name, schema] of Object.entries(createResponse.properties)) {
  const s = record(name, schema);
  for (const child of NESTED[name] ?? []) {
    const childSchema = s.properties?.[child];
    if (childSchema) record(`${name}.${child}`, childSchema);
  }
}
// text.format.type: the discriminator of TextResponseFormatConfiguration.
const format = deref({ $ref: '#/components/schemas/TextResponseFormatConfiguration' });
result['text.format.type'] = {
  description: summarize(format.description),
  default: 'text',
  enum: format.oneOf.map(
    (v) => deref(v).properties.type.enum?.[0] ?? deref(v).properties.type.const,
  ),
  type: 'string',
};
// `model` is a free string; its enum lists only some of the ids the API accepts.
delete result.model.enum;
result['include'].enum ??= deref({ $ref: '#/components/schemas/IncludeEnum' }).enum;

writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${Object.keys(result).length} parameter paths to ${out}`);
