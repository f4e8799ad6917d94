import { segmentsToPointer, type PathSegment } from './json-positions.ts';
import { isJsonObject, own, type JsonObject } from './schema-path.ts';
import { LIMITS, SUPPORTED_FORMATS, UNDOCUMENTED, UNSUPPORTED } from './strict-subset.ts';
import {
  addRequiredFix,
  removeKeyFix,
  removeRequiredFix,
  renameKeyFix,
  requiredNullableFix,
  setKeyFix,
  wrapRootFix,
  type SchemaFix,
} from './strict-fixes.ts';

export type { SchemaFix } from './strict-fixes.ts';

export type StrictRule =
  | 'root-object'
  | 'additional-properties'
  | 'required'
  | 'unknown-required'
  | 'unsupported-keyword'
  | 'unsupported-format'
  | 'missing-type'
  | 'nesting-depth'
  | 'property-count'
  | 'enum-size'
  | 'string-size';

/** Something OpenAI's strict mode (Structured Outputs, strict function calling) would refuse. */
export type StrictFinding = {
  id: string;
  rule: StrictRule;
  /** Errors are refused by the API; warnings are limits or keywords outside the documented subset. */
  severity: 'error' | 'warning';
  pointer: string;
  path: PathSegment[];
  /** Whether the finding is about a keyword's name (its key in the text) rather than a value. */
  atKey: boolean;
  message: string;
  /** The one-click fix; `fixAll` applies this one. */
  fix?: SchemaFix;
  /** Other ways to fix it (e.g. required *and nullable*, to keep a field optional). */
  moreFixes: SchemaFix[];
};

const typesOf = (node: JsonObject): unknown[] => {
  const type = own(node, 'type');
  return Array.isArray(type) ? type : type === undefined ? [] : [type];
};

export const isObjectSchema = (node: JsonObject): boolean =>
  typesOf(node).includes('object') ||
  (own(node, 'type') === undefined && isJsonObject(own(node, 'properties')));

type Counters = { properties: number; enumValues: number; chars: number; deepest?: PathSegment[] };

function finding(
  rule: StrictRule,
  severity: StrictFinding['severity'],
  path: PathSegment[],
  message: string,
  fixes: SchemaFix[] = [],
  atKey = false,
): StrictFinding {
  const pointer = segmentsToPointer(path);
  const [fix, ...moreFixes] = fixes;
  return {
    id: `${rule}:${pointer}`,
    rule,
    severity,
    pointer,
    path,
    atKey,
    message,
    fix,
    moreFixes,
  };
}

const where = (path: readonly PathSegment[]) =>
  path.length === 0 ? 'the root' : segmentsToPointer(path);

function checkKeywords(node: JsonObject, path: PathSegment[], out: StrictFinding[]) {
  for (const key of Object.keys(node)) {
    const at = [...path, key];
    if (key === 'oneOf') {
      const fix = renameKeyFix(path, 'oneOf', 'anyOf');
      out.push(
        finding(
          'unsupported-keyword',
          'error',
          at,
          'oneOf is not supported: use anyOf',
          [fix],
          true,
        ),
      );
    } else if (UNSUPPORTED.has(key)) {
      const message = `${key} is not supported in strict mode`;
      out.push(
        finding('unsupported-keyword', 'error', at, message, [removeKeyFix(path, key)], true),
      );
    } else if (UNDOCUMENTED.has(key)) {
      const message = `${key} is not in the documented strict-mode subset and may be refused`;
      out.push(
        finding('unsupported-keyword', 'warning', at, message, [removeKeyFix(path, key)], true),
      );
    }
  }
  const format = own(node, 'format');
  if (format !== undefined && (typeof format !== 'string' || !SUPPORTED_FORMATS.includes(format))) {
    const message = `format ${JSON.stringify(format)} is not supported (${SUPPORTED_FORMATS.join(', ')})`;
    out.push(
      finding('unsupported-format', 'error', [...path, 'format'], message, [
        removeKeyFix(path, 'format'),
      ]),
    );
  }
}

function checkObject(node: JsonObject, path: PathSegment[], out: StrictFinding[]) {
  if (own(node, 'additionalProperties') !== false) {
    const message = `The object at ${where(path)} must set "additionalProperties": false`;
    out.push(
      finding('additional-properties', 'error', path, message, [
        setKeyFix(path, 'additionalProperties', false),
      ]),
    );
  }
  const properties = own(node, 'properties');
  const names = isJsonObject(properties) ? Object.keys(properties) : [];
  const rawRequired = own(node, 'required');
  const required = Array.isArray(rawRequired) ? rawRequired : [];
  for (const name of names) {
    if (required.includes(name)) continue;
    const message = `"${name}" is not in required: strict mode needs every property required (to keep it optional, make it nullable)`;
    const fixes = [addRequiredFix(path, name), requiredNullableFix(path, name)];
    out.push(finding('required', 'error', [...path, 'properties', name], message, fixes, true));
  }
  for (const [i, name] of required.entries()) {
    if (typeof name !== 'string' || names.includes(name)) continue;
    const message = `required lists "${name}", which is not a property`;
    out.push(
      finding('unknown-required', 'error', [...path, 'required', i], message, [
        removeRequiredFix(path, name),
      ]),
    );
  }
}

function walk(
  node: unknown,
  path: PathSegment[],
  depth: number,
  counters: Counters,
  out: StrictFinding[],
) {
  if (!isJsonObject(node)) return;
  checkKeywords(node, path, out);
  const isObject = isObjectSchema(node);
  const level = isObject ? depth + 1 : depth;
  if (isObject) {
    checkObject(node, path, out);
    if (level > LIMITS.depth && !counters.deepest) counters.deepest = path;
  }
  const hasShape = ['type', '$ref', 'anyOf', 'enum', 'const'].some(
    (k) => own(node, k) !== undefined,
  );
  if (!hasShape && path.length > 0 && !isObject) {
    const message = `The schema at ${where(path)} has no type (or $ref, anyOf, enum, const)`;
    out.push(finding('missing-type', 'error', path, message));
  }
  const values = own(node, 'enum');
  if (Array.isArray(values)) {
    counters.enumValues += values.length;
    const strings = values.filter((v): v is string => typeof v === 'string');
    const chars = strings.reduce((n, s) => n + s.length, 0);
    counters.chars += chars;
    if (strings.length > LIMITS.bigEnumValues && chars > LIMITS.bigEnumChars) {
      const message = `This enum has ${strings.length} values totalling ${chars} characters: over ${LIMITS.bigEnumValues} values, at most ${LIMITS.bigEnumChars} characters`;
      out.push(finding('enum-size', 'warning', [...path, 'enum'], message));
    }
  }
  const constant = own(node, 'const');
  if (typeof constant === 'string') counters.chars += constant.length;

  const properties = own(node, 'properties');
  if (isJsonObject(properties)) {
    for (const [name, child] of Object.entries(properties)) {
      counters.properties += 1;
      counters.chars += name.length;
      walk(child, [...path, 'properties', name], level, counters, out);
    }
  }
  const items = own(node, 'items');
  if (isJsonObject(items)) walk(items, [...path, 'items'], level, counters, out);
  const additional = own(node, 'additionalProperties');
  if (isJsonObject(additional))
    walk(additional, [...path, 'additionalProperties'], level, counters, out);
  const anyOf = own(node, 'anyOf');
  if (Array.isArray(anyOf))
    anyOf.forEach((s, i) => walk(s, [...path, 'anyOf', i], depth, counters, out));
  for (const defsKey of ['$defs', 'definitions']) {
    const defs = own(node, defsKey);
    if (!isJsonObject(defs)) continue;
    for (const [name, def] of Object.entries(defs)) {
      counters.chars += name.length;
      walk(def, [...path, defsKey, name], 0, counters, out);
    }
  }
}

function checkRoot(schema: JsonObject, out: StrictFinding[]) {
  if (own(schema, 'anyOf') !== undefined && !typesOf(schema).includes('object')) {
    out.push(
      finding('root-object', 'error', [], 'The root must be an object, not anyOf', [wrapRootFix]),
    );
  } else if (own(schema, 'type') === undefined && isJsonObject(own(schema, 'properties'))) {
    out.push(
      finding('root-object', 'error', [], 'The root needs "type": "object"', [
        setKeyFix([], 'type', 'object'),
      ]),
    );
  } else if (typesOf(schema).includes('object') && own(schema, 'type') !== 'object') {
    const message = 'The root must be "type": "object", and not nullable';
    out.push(finding('root-object', 'error', [], message, [setKeyFix([], 'type', 'object')]));
  } else if (own(schema, 'type') !== 'object') {
    const message = `The root must be "type": "object" (it is ${JSON.stringify(own(schema, 'type') ?? 'untyped')})`;
    out.push(finding('root-object', 'error', [], message, [wrapRootFix]));
  }
}

/** Everything strict mode would refuse or warn about, in document order of discovery. */
export function checkStrict(schema: JsonObject): StrictFinding[] {
  const out: StrictFinding[] = [];
  const counters: Counters = { properties: 0, enumValues: 0, chars: 0 };
  checkRoot(schema, out);
  walk(schema, [], 0, counters, out);
  if (counters.deepest) {
    const message = `Nested deeper than ${LIMITS.depth} object levels`;
    out.push(finding('nesting-depth', 'warning', counters.deepest, message));
  }
  if (counters.properties > LIMITS.properties) {
    const message = `${counters.properties} object properties in total: at most ${LIMITS.properties}`;
    out.push(finding('property-count', 'warning', [], message));
  }
  if (counters.enumValues > LIMITS.enumValues) {
    const message = `${counters.enumValues} enum values in total: at most ${LIMITS.enumValues}`;
    out.push(finding('enum-size', 'warning', [], message));
  }
  if (counters.chars > LIMITS.stringChars) {
    const message = `Property names, definition names, enum and const values total ${counters.chars} characters: at most ${LIMITS.stringChars}`;
    out.push(finding('string-size', 'warning', [], message));
  }
  return out;
}

/**
 * Every fixable finding fixed with its first fix. A fix finds its node by path when applied, so
 * fixes go deepest first (a parent's change cannot move a child's path); the root is wrapped
 * last, and what wrapping reveals is fixed on the next round.
 */
export function fixAll(schema: JsonObject): JsonObject {
  let current = schema;
  for (let round = 0; round < 8; round += 1) {
    const fixable = checkStrict(current).filter((f) => f.fix);
    if (fixable.length === 0) break;
    const order = (f: StrictFinding) => (f.rule === 'root-object' ? -1 : f.path.length);
    const ordered = [...fixable].sort((a, b) => order(b) - order(a));
    const before = JSON.stringify(current);
    for (const f of ordered) current = f.fix?.apply(current) ?? current;
    if (JSON.stringify(current) === before) break;
  }
  return current;
}
