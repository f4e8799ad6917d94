import {
  type CreateResponseSpec,
  type SchemaNode,
  createResponseSpec,
  isSchemaNode,
} from './create-response-schema.ts';
import {
  type HttpError,
  invalidType,
  invalidValue,
  missingParameter,
  outOfRange,
} from './errors.ts';
import {
  arrayTooLong,
  arrayTooShort,
  invalidParameter,
  keyTooLong,
  patternMismatch,
  stringTooLong,
  stringTooShort,
  tooManyProperties,
} from './limit-errors.ts';

/**
 * The first thing wrong with a request body per the spec's `CreateResponse`, as the real API
 * reports it: one error, its dotted `param` path (`text.format.type`, `tools[0].name`).
 * ajv decides what is valid; this walk only finds where to point and what to say, so it can
 * never reject a body ajv accepts.
 */
export function createResponseProblem(body: unknown): HttpError | undefined {
  const spec = createResponseSpec();
  if (spec.isValid(spec.root, body)) return undefined;
  return new ProblemFinder(spec).explain(spec.root, body, '');
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const child = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isSchemaNode(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function listTypes(schema: SchemaNode): JsonType[] | undefined {
  const type = schema.type;
  const types = (Array.isArray(type) ? type : typeof type === 'string' ? [type] : []) as JsonType[];
  if (types.length === 0) return undefined;
  return schema.nullable === true ? [...types, 'null'] : types;
}

/** "a string", "one of a string or an array": null is left out, as the API's messages do. */
function describeTypes(types: readonly JsonType[]): string {
  const words = [...new Set(types.filter((t) => t !== 'null'))].map((t) => TYPE_WORDS[t]);
  if (words.length <= 1) return words[0] ?? 'null';
  return `one of ${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

class ProblemFinder {
  private readonly merged = new WeakMap<SchemaNode, SchemaNode>();
  constructor(private readonly spec: CreateResponseSpec) {}

  /** `$ref` followed, its siblings kept (2020-12 applies both), cached so ajv compiles once. */
  private deref(schema: SchemaNode): SchemaNode {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    let result = this.merged.get(schema);
    if (!result) {
      const { $ref: _ref, ...siblings } = schema;
      const target = this.spec.resolveRef(ref) ?? {};
      result = { ...this.deref(target), ...siblings };
      this.merged.set(schema, result);
    }
    return result;
  }

  /** A union's alternatives with nested unions flattened (`InputItem` holds `Item`'s members). */
  private alternatives(schema: SchemaNode): SchemaNode[] {
    const s = this.deref(schema);
    const branches = s.anyOf;
    if (!Array.isArray(branches) || s.properties !== undefined || s.enum !== undefined) return [s];
    return branches.filter(isSchemaNode).flatMap((b) => this.alternatives(b));
  }

  /** The JSON types a schema admits (undefined: any). */
  private admitted(schema: SchemaNode): JsonType[] | undefined {
    const s = this.deref(schema);
    const own = listTypes(s);
    if (own) return own;
    if (!Array.isArray(s.anyOf)) return undefined;
    const all: JsonType[] = [];
    for (const branch of s.anyOf.filter(isSchemaNode)) {
      const types = this.admitted(branch);
      if (!types) return undefined;
      all.push(...types);
    }
    return all;
  }

  /** The values an enum-like schema allows (`X | null` unions included); undefined: not one. */
  private allowedValues(schema: SchemaNode): unknown[] | undefined {
    const s = this.deref(schema);
    if (Array.isArray(s.enum)) return s.enum as unknown[];
    if (s.const !== undefined) return [s.const];
    if (!Array.isArray(s.anyOf)) return undefined;
    const values: unknown[] = [];
    for (const branch of s.anyOf.filter(isSchemaNode)) {
      const b = this.deref(branch);
      if (b.type === 'null') continue;
      const inner = this.allowedValues(b);
      if (!inner) return undefined;
      values.push(...inner);
    }
    return values;
  }

  /** Own properties and those of `allOf` parts, as one map; `required` likewise. */
  private shape(s: SchemaNode): { properties: Map<string, SchemaNode>; required: Set<string> } {
    const properties = new Map<string, SchemaNode>();
    const required = new Set<string>();
    const visit = (node: SchemaNode) => {
      const n = this.deref(node);
      if (isSchemaNode(n.properties)) {
        for (const [key, value] of Object.entries(n.properties)) {
          if (isSchemaNode(value) && !properties.has(key)) properties.set(key, value);
        }
      }
      if (Array.isArray(n.required)) n.required.forEach((r) => required.add(String(r)));
      if (Array.isArray(n.allOf)) n.allOf.filter(isSchemaNode).forEach(visit);
    };
    visit(s);
    return { properties, required };
  }

  explain(schema: SchemaNode, data: unknown, path: string): HttpError | undefined {
    if (this.spec.isValid(schema, data)) return undefined;
    const s = this.deref(schema);
    const types = listTypes(s);
    if (types && !types.some((t) => hasType(data, t))) {
      return invalidType(path, describeTypes(types), data);
    }
    const values = Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : undefined;
    if (values && !values.includes(data))
      return invalidValue(path, display(data), values.map(display));
    const own =
      typeof data === 'string'
        ? this.explainString(s, data, path)
        : typeof data === 'number'
          ? this.explainNumber(s, data, path)
          : Array.isArray(data)
            ? this.explainArray(s, data, path)
            : isSchemaNode(data)
              ? this.explainObject(s, data, path)
              : undefined;
    if (own) return own;
    if (Array.isArray(s.anyOf)) return this.explainUnion(s, data, path);
    for (const part of Array.isArray(s.allOf) ? s.allOf.filter(isSchemaNode) : []) {
      const problem = this.explain(part, data, path);
      if (problem) return problem;
    }
    return this.fallback(s, data, path);
  }

  private explainString(s: SchemaNode, data: string, path: string): HttpError | undefined {
    const length = [...data].length;
    if (typeof s.maxLength === 'number' && length > s.maxLength) {
      return stringTooLong(path, s.maxLength, length);
    }
    if (typeof s.minLength === 'number' && length < s.minLength) {
      return stringTooShort(path, s.minLength, length);
    }
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(data)) {
      return patternMismatch(path, s.pattern);
    }
    return undefined;
  }

  private explainNumber(s: SchemaNode, data: number, path: string): HttpError | undefined {
    const kind = s.type === 'integer' ? 'integer' : 'decimal';
    if (typeof s.minimum === 'number' && data < s.minimum) {
      return outOfRange(path, kind, 'min', s.minimum, data);
    }
    if (typeof s.maximum === 'number' && data > s.maximum) {
      return outOfRange(path, kind, 'max', s.maximum, data);
    }
    return undefined;
  }

  private explainArray(s: SchemaNode, data: unknown[], path: string): HttpError | undefined {
    if (typeof s.minItems === 'number' && data.length < s.minItems) {
      return arrayTooShort(path, s.minItems, data.length);
    }
    if (typeof s.maxItems === 'number' && data.length > s.maxItems) {
      return arrayTooLong(path, s.maxItems, data.length);
    }
    if (!isSchemaNode(s.items)) return undefined;
    for (const [i, item] of data.entries()) {
      const problem = this.explain(s.items, item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }

  private explainObject(
    s: SchemaNode,
    data: Record<string, unknown>,
    path: string,
  ): HttpError | undefined {
    const keys = Object.keys(data);
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) {
      return tooManyProperties(path, s.maxProperties, keys.length);
    }
    const { properties, required } = this.shape(s);
    for (const key of required) {
      if (data[key] === undefined) return missingParameter(child(path, key));
    }
    const names = isSchemaNode(s.propertyNames) ? this.deref(s.propertyNames) : undefined;
    for (const key of keys) {
      if (typeof names?.maxLength === 'number' && [...key].length > names.maxLength) {
        return keyTooLong(path, key, names.maxLength);
      }
      const schema =
        properties.get(key) ??
        (isSchemaNode(s.additionalProperties) ? s.additionalProperties : undefined);
      const problem = schema && this.explain(schema, data[key], child(path, key));
      if (problem) return problem;
    }
    return undefined;
  }

  /**
   * Which alternative the value meant: the ones of its JSON type, then (for objects) the ones
   * its `type` names, then the one declaring most of its keys. No alternative of its type is an
   * invalid_type; a `type` none of them has is an invalid_value listing the ones they have.
   */
  private explainUnion(s: SchemaNode, data: unknown, path: string): HttpError | undefined {
    const all = this.alternatives(s).filter((b) => b.type !== 'null');
    let candidates = all.filter((b) => this.admitted(b)?.some((t) => hasType(data, t)) ?? true);
    if (candidates.length === 0) {
      return invalidType(path, describeTypes(all.flatMap((b) => this.admitted(b) ?? [])), data);
    }
    const enums = candidates.map((b) => this.allowedValues(b));
    if (enums.every((e) => e !== undefined)) {
      return invalidValue(path, display(data), [...new Set(enums.flat().map(display))]);
    }
    if (isSchemaNode(data)) {
      const tags = candidates.map((b) => {
        const tag = this.shape(b).properties.get('type');
        return tag && this.allowedValues(tag);
      });
      if (data.type === undefined) {
        const untagged = candidates.filter((b) => !this.shape(b).required.has('type'));
        if (untagged.length === 0) return missingParameter(child(path, 'type'));
        candidates = untagged;
      } else if (tags.some((t) => t !== undefined)) {
        const tagged = candidates.filter((_, i) => tags[i]?.includes(data.type) ?? true);
        if (tagged.length === 0) {
          const supported = [...new Set(tags.flatMap((t) => t ?? []).map(display))];
          if (typeof data.type !== 'string') {
            return invalidType(child(path, 'type'), 'a string', data.type);
          }
          return invalidValue(child(path, 'type'), data.type, supported);
        }
        candidates = tagged;
      }
      const score = (b: SchemaNode) => {
        const { properties } = this.shape(b);
        return Object.keys(data).filter((k) => properties.has(k)).length;
      };
      candidates = [...candidates].sort((a, b) => score(b) - score(a));
    }
    const chosen = candidates[0];
    return (chosen && this.explain(chosen, data, path)) ?? this.fallback(s, data, path);
  }

  private fallback(s: SchemaNode, data: unknown, path: string): HttpError | undefined {
    const error = this.spec.firstError(s, data);
    if (!error) return undefined;
    const where = error.instancePath
      .split('/')
      .slice(1)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce(
        (p, segment) => (/^\d+$/.test(segment) ? `${p}[${segment}]` : child(p, segment)),
        path,
      );
    return invalidParameter(where || 'body', error.message);
  }
}
