import { samplePattern } from './pattern-sample.ts';

/**
 * A deterministic example value for a JSON Schema: what the local model "fills in" for function
 * arguments and structured output. Objects get every listed property (and every required one),
 * enums their first value, strings their property's description or name (or a value matching
 * `format` / a simple `pattern`), numbers a value inside the bounds, arrays one item. Local
 * `$ref`s, `allOf`, `anyOf`/`oneOf` (first non-null branch) and type lists are followed.
 */

export type SchemaObject = Record<string, unknown>;

export interface SampleOptions {
  /** A value for a plain string (no enum, format or pattern) under this property name. */
  stringHint?: (name: string | null, schema: SchemaObject) => string | undefined;
  /** A value for a number or integer under this property name (used when within the bounds). */
  numberHint?: (name: string | null, schema: SchemaObject) => number | undefined;
}

const MAX_DEPTH = 10;

const FORMATS: Record<string, string> = {
  'date-time': '2026-01-01T12:00:00Z',
  date: '2026-01-01',
  time: '12:00:00Z',
  email: 'local@example.com',
  'idn-email': 'local@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/local-simulation',
  'uri-reference': 'https://example.com/local-simulation',
  iri: 'https://example.com/local-simulation',
  url: 'https://example.com/local-simulation',
  uuid: '00000000-0000-4000-8000-000000000000',
  duration: 'P1D',
  regex: '^.*$',
};

interface Walk {
  root: unknown;
  options: SampleOptions;
  depth: number;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return true;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return node ?? true;
}

/** `allOf` parts merged into one schema (properties and required lists joined). */
function merge(base: SchemaObject, parts: readonly unknown[], walk: Walk): SchemaObject {
  const out: SchemaObject = { ...base };
  for (const raw of parts) {
    const part =
      isObject(raw) && typeof raw.$ref === 'string' ? resolveRef(walk.root, raw.$ref) : raw;
    if (!isObject(part)) continue;
    const properties = {
      ...(out.properties as SchemaObject),
      ...(part.properties as SchemaObject),
    };
    const required = [...asStrings(out.required), ...asStrings(part.required)];
    Object.assign(out, part, { properties, required });
  }
  return out;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function typeOf(schema: SchemaObject): string {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const types = type.filter((t): t is string => typeof t === 'string');
    return types.find((t) => t !== 'null') ?? types[0] ?? 'null';
  }
  if (isObject(schema.properties) || Array.isArray(schema.required)) return 'object';
  if (schema.items !== undefined || Array.isArray(schema.prefixItems)) return 'array';
  if (['minimum', 'maximum', 'multipleOf'].some((k) => k in schema)) return 'number';
  return 'string';
}

function sample(schema: unknown, name: string | null, walk: Walk): unknown {
  if (walk.depth > MAX_DEPTH * 2) return null;
  const deeper = { ...walk, depth: walk.depth + 1 };
  if (!isObject(schema)) return schema === false ? null : sampleString({}, name, walk.options);
  if (typeof schema.$ref === 'string') {
    const { $ref, ...rest } = schema;
    return sample(merge(rest, [resolveRef(walk.root, $ref)], walk), name, deeper);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return sample(merge(rest, allOf as unknown[], walk), name, deeper);
  }
  const choices = Array.isArray(schema.anyOf) ? schema.anyOf : schema.oneOf;
  if (Array.isArray(choices) && choices.length > 0) {
    const { anyOf: _a, oneOf: _o, ...rest } = schema;
    const options: unknown[] = choices;
    const pick = options.find((c) => !(isObject(c) && c.type === 'null')) ?? options[0];
    return sample(merge(rest, [pick], walk), name, deeper);
  }
  switch (typeOf(schema)) {
    case 'object':
      return sampleObject(schema, deeper);
    case 'array':
      return sampleArray(schema, name, deeper);
    case 'integer':
      return sampleNumber(schema, name, true, walk.options);
    case 'number':
      return sampleNumber(schema, name, false, walk.options);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return sampleString(schema, name, walk.options);
  }
}

function sampleObject(schema: SchemaObject, walk: Walk): Record<string, unknown> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = asStrings(schema.required);
  const keys =
    walk.depth > MAX_DEPTH ? required : [...new Set([...Object.keys(properties), ...required])];
  const extra = isObject(schema.additionalProperties) ? schema.additionalProperties : true;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = sample(properties[key] ?? extra, key, walk);
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  for (
    let i = 1;
    Object.keys(out).length < minProperties && schema.additionalProperties !== false;
    i++
  ) {
    if (!(`property_${i}` in out)) out[`property_${i}`] = sample(extra, `property_${i}`, walk);
  }
  return out;
}

function sampleArray(schema: SchemaObject, name: string | null, walk: Walk): unknown[] {
  const tuple = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : [];
  const rest = Array.isArray(schema.items)
    ? (schema.additionalItems ?? true)
    : (schema.items ?? true);
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  const wanted = walk.depth > MAX_DEPTH ? min : Math.max(min, tuple.length, 1);
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(wanted, max); i++) {
    const value = sample(tuple[i] ?? rest, name, walk);
    out.push(schema.uniqueItems === true ? variant(value, i) : value);
  }
  return out;
}

/** The i-th distinct version of a value, for `uniqueItems`. */
function variant(value: unknown, i: number): unknown {
  if (i === 0) return value;
  if (typeof value === 'string') return `${value} ${i + 1}`;
  if (typeof value === 'number') return value + i;
  return value;
}

function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

function codePoints(text: string): string[] {
  return [...text];
}

/** Repeats then clips `text` to fit minLength / maxLength (counted in code points, as Ajv). */
function fitLength(text: string, schema: SchemaObject): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let out = text || 'x';
  while (codePoints(out).length < min) out = `${out} ${text || 'x'}`;
  return codePoints(out).slice(0, max).join('');
}

function sampleString(schema: SchemaObject, name: string | null, options: SampleOptions): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fits = (s: string) => codePoints(s).length >= min && codePoints(s).length <= max;
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  if (format !== undefined) return format;
  if (typeof schema.pattern === 'string') {
    const matched = samplePattern(schema.pattern, fits);
    if (matched !== null) return matched;
  }
  const description = typeof schema.description === 'string' ? schema.description : '';
  const sentence =
    description
      .split(/(?<=\.)\s/)[0]
      ?.replace(/\.$/, '')
      .trim() ?? '';
  const fallback =
    sentence && sentence.length <= 60 ? sentence : name ? humanize(name) || name : 'text';
  return fitLength(options.stringHint?.(name, schema) ?? fallback, schema);
}

function sampleNumber(
  schema: SchemaObject,
  name: string | null,
  integer: boolean,
  options: SampleOptions,
): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  let loOpen = schema.exclusiveMinimum === true;
  let hiOpen = schema.exclusiveMaximum === true;
  if (typeof schema.exclusiveMinimum === 'number' && schema.exclusiveMinimum >= lo) {
    lo = schema.exclusiveMinimum;
    loOpen = true;
  }
  if (typeof schema.exclusiveMaximum === 'number' && schema.exclusiveMaximum <= hi) {
    hi = schema.exclusiveMaximum;
    hiOpen = true;
  }
  const step =
    typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : 0;
  const ok = (v: number) =>
    Number.isFinite(v) &&
    (!integer || Number.isInteger(v)) &&
    (loOpen ? v > lo : v >= lo) &&
    (hiOpen ? v < hi : v <= hi) &&
    (!step || Number.isInteger(v / step));
  const hint = options.numberHint?.(name, schema);
  const simple = [hint, 1, 0, lo, hi, (lo + hi) / 2].find((v) => v !== undefined && ok(v));
  if (simple !== undefined) return simple;
  const unit = step || (integer ? 1 : 0);
  if (unit) {
    const from = Number.isFinite(lo) ? Math.ceil(lo / unit) : Math.floor(hi / unit) - 100;
    for (let k = from; k < from + 200; k++) if (ok(k * unit)) return k * unit;
  }
  if (Number.isFinite(lo)) return Number.isFinite(hi) ? (lo + hi) / 2 : lo + 1;
  return Number.isFinite(hi) ? hi - 1 : 0;
}

/** An example value valid against `schema` (for the schemas the local model supports). */
export function sampleSchema(schema: unknown, options: SampleOptions = {}): unknown {
  return sample(schema, null, { root: schema, options, depth: 0 });
}
