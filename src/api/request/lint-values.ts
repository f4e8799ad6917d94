/** Types, ranges, lengths and enum values of the plain parameters, from PARAMS (the spec's facts). */
import { getPath, isJsonObject } from './body-path.ts';
import {
  codePoints,
  describeType,
  error,
  isFiniteNumber,
  quote,
  warning,
  type LintFinding,
} from './lint-finding.ts';
import { acceptsNull } from './lint-nullable.ts';
import { PARAMS, type ParamSpec } from './param-catalog.ts';
import type { RequestBody } from './request-draft.ts';

/** Their values have a structure of their own: the other lint modules check them. */
const STRUCTURED: ReadonlySet<string> = new Set([
  'model',
  'input',
  'conversation',
  'tools',
  'tool_choice',
  'metadata',
  'prompt.variables',
  'context_management',
]);

const isStructured = (p: ParamSpec) => STRUCTURED.has(p.path) || p.path.startsWith('text.format.');

type Expected = 'string' | 'number' | 'boolean' | 'object' | 'array';

function expectedType(p: ParamSpec): Expected | undefined {
  switch (p.kind) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'text':
    case 'textarea':
    case 'enum':
      return 'string';
    case 'multi-enum':
    case 'tools':
      return 'array';
    case 'schema':
      return 'object';
    case 'json':
      return p.jsonType;
    default:
      return undefined;
  }
}

const MATCHES: Record<Expected, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: isFiniteNumber,
  boolean: (v) => typeof v === 'boolean',
  object: isJsonObject,
  array: Array.isArray,
};

/** "between 0 and 2", "16 or more": to follow "a number" or "Set temperature". */
function describeRange(p: ParamSpec): string {
  if (p.min !== undefined && p.max !== undefined) return `between ${p.min} and ${p.max}`;
  if (p.min !== undefined) return `${p.min} or more`;
  if (p.max !== undefined) return `${p.max} or less`;
  return '';
}

export function listOptions(options: readonly string[]): string {
  return options.join(', ');
}

/** What the parameter takes, in words: "a whole number between 0 and 20", "true or false". */
function expectation(p: ParamSpec, type: Expected): string {
  switch (type) {
    case 'number': {
      const range = describeRange(p);
      const joiner = p.max === undefined ? ', ' : ' ';
      return `${p.integer ? 'a whole number' : 'a number'}${range ? `${joiner}${range}` : ''}`;
    }
    case 'boolean':
      return 'true or false';
    case 'string':
      return p.options ? `one of ${listOptions(p.options)}` : 'a string';
    case 'object':
      return 'a JSON object { … }';
    case 'array':
      return p.options ? `a list of values such as ${p.options[0] ?? ''}` : 'a JSON array [ … ]';
  }
}

export function unknownOption(param: string, value: string, options: readonly string[]) {
  return warning(
    param,
    `${param} ${quote(value)} is not a value the spec lists (${listOptions(options)}): OpenAI will reject it, keep it only if your gateway accepts it.`,
  );
}

function lintNumber(p: ParamSpec, value: number): LintFinding[] {
  if (p.integer && !Number.isInteger(value)) {
    return [error(p.path, `Set ${p.path} to ${expectation(p, 'number')} (it is ${value}).`)];
  }
  if ((p.min !== undefined && value < p.min) || (p.max !== undefined && value > p.max)) {
    const to = p.min !== undefined && p.max !== undefined ? '' : 'to ';
    return [error(p.path, `Set ${p.path} ${to}${describeRange(p)} (it is ${value}).`)];
  }
  return [];
}

function lintString(p: ParamSpec, value: string): LintFinding[] {
  if (p.maxLength !== undefined && codePoints(value) > p.maxLength) {
    return [
      error(
        p.path,
        `${p.path} is ${codePoints(value)} characters long: shorten it to ${p.maxLength} or fewer.`,
      ),
    ];
  }
  if (p.options && !p.options.includes(value)) return [unknownOption(p.path, value, p.options)];
  return [];
}

function lintList(p: ParamSpec, value: readonly unknown[]): LintFinding[] {
  const findings: LintFinding[] = [];
  value.forEach((entry, i) => {
    if (typeof entry !== 'string') {
      findings.push(
        error(p.path, `${p.path}[${i}] must be a string, not ${describeType(entry)}: remove it.`),
      );
    } else if (p.options && !p.options.includes(entry)) {
      findings.push(unknownOption(p.path, entry, p.options));
    }
  });
  return findings;
}

function lintParam(p: ParamSpec, value: unknown): LintFinding[] {
  const type = expectedType(p);
  if (type === undefined) return [];
  if (value === null) {
    return acceptsNull(p.path)
      ? []
      : [error(p.path, `${p.path} cannot be null: set ${expectation(p, type)}, or remove it.`)];
  }
  if (!MATCHES[type](value)) {
    return [
      error(p.path, `${p.path} must be ${expectation(p, type)}, not ${describeType(value)}.`),
    ];
  }
  if (typeof value === 'number') return lintNumber(p, value);
  if (typeof value === 'string') return lintString(p, value);
  if (Array.isArray(value)) return lintList(p, value);
  return [];
}

/** Every plain parameter the form offers: type, null, range, integer, length, enum value. */
export function lintValues(body: RequestBody): LintFinding[] {
  return PARAMS.filter((p) => !isStructured(p)).flatMap((p) => {
    const value = getPath(body, p.path);
    return value === undefined ? [] : lintParam(p, value);
  });
}
