import type { ErrorObject } from 'ajv';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseJsonValue } from '../request/parse-json-value.ts';
import { locate, rangeAt, type TextRange } from './json-positions.ts';
import { validateMeta2020, validateMetaDraft07 } from './meta-validators.generated.ts';
import { isJsonObject, type JsonObject } from './schema-path.ts';

/** One thing wrong with a schema text, and where: `path` is a JSON Pointer into the schema. */
export type SchemaProblem = TextRange & {
  source: 'json' | 'meta';
  message: string;
  path: string;
  keyword?: string;
  /** Where in the meta-schema the rule lives (`#/$defs/simpleTypes/enum`). */
  schemaPath?: string;
};

export type ParsedSchemaText =
  { ok: true; value: JsonObject | undefined } | { ok: false; problem: SchemaProblem };

const parseMessages: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a closing brace }',
  CloseBracketExpected: 'Expected a closing bracket ]',
  EndOfFileExpected: 'Unexpected text after the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

const jsonProblem = (text: string, offset: number, length: number, message: string) =>
  ({ source: 'json', message, path: '', ...rangeAt(text, offset, length) }) as const;

/**
 * Schema text → the schema object, `undefined` for blank text, or the one problem with it.
 * JSON.parse decides validity (it is what the body goes through); jsonc-parser says where.
 */
export function parseSchemaText(text: string): ParsedSchemaText {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseJsonValue(text);
  if (!parsed.ok) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first) {
      const message = parseMessages[printParseErrorCode(first.error)] ?? parsed.message;
      return { ok: false, problem: jsonProblem(text, first.offset, first.length, message) };
    }
    const offset = lineColumnToOffset(text, parsed.line, parsed.column);
    return { ok: false, problem: jsonProblem(text, offset, 1, parsed.message) };
  }
  if (!isJsonObject(parsed.value)) {
    const start = text.length - text.trimStart().length;
    const problem = jsonProblem(text, start, 1, 'A schema must be a JSON object { … }');
    return { ok: false, problem };
  }
  return { ok: true, value: parsed.value };
}

function lineColumnToOffset(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
}

/**
 * The meta-schemas' validators, compiled ahead of time (scripts/generate-meta-validators.mjs):
 * compiling at run time needs `new Function`, which the app's Content Security Policy forbids.
 */
type MetaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const meta2020 = validateMeta2020 as MetaValidator;
const metaDraft07 = validateMetaDraft07 as MetaValidator;

type Dialect = '2020-12' | 'draft-07' | 'unknown';

function dialectOf(schema: JsonObject): Dialect {
  const uri = schema.$schema;
  if (uri === undefined) return '2020-12';
  if (typeof uri !== 'string') return 'unknown';
  if (/^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/.test(uri)) return '2020-12';
  if (/^https?:\/\/json-schema\.org\/draft-07\/schema#?$/.test(uri)) return 'draft-07';
  return 'unknown';
}

function metaErrors(schema: JsonObject, dialect: Dialect): ErrorObject[] {
  const { $schema: _ignored, ...rest } = schema;
  const validate = dialect === 'draft-07' ? metaDraft07 : meta2020;
  return validate(rest) ? [] : (validate.errors ?? []);
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return error.message ?? `fails ${error.keyword}`;
}

/**
 * ajv reports a failed `anyOf` (e.g. `type` is neither a type name nor a list) as each failed
 * branch plus the anyOf itself, and the 2020-12 vocabularies repeat some errors: one message per
 * place reads better.
 */
function condense(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${describe(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const anyOfPaths = new Set(
    unique.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const out: ErrorObject[] = [];
  for (const path of new Set(unique.map((e) => e.instancePath))) {
    const here = unique.filter((e) => e.instancePath === path);
    const anyOf = here.find((e) => e.keyword === 'anyOf');
    if (!anyOfPaths.has(path) || !anyOf) {
      out.push(...here);
      continue;
    }
    const branches = here.filter((e) => e.keyword !== 'anyOf');
    const allowed: unknown = branches.find((e) => e.keyword === 'enum')?.params.allowedValues;
    const message = anyOf.schemaPath.endsWith('/properties/type/anyOf')
      ? `must be a type name (${Array.isArray(allowed) ? allowed.join(', ') : 'string, number, …'}) or a list of them`
      : branches.map(describe).join(', or ') || describe(anyOf);
    out.push({ ...anyOf, message });
  }
  return out;
}

/**
 * The schema against the JSON Schema meta-schema: draft 2020-12, or draft-07 when `$schema`
 * says so. With the schema's text, each problem says where it is; without it, line 1 column 1.
 */
export function metaValidate(schema: JsonObject, text = ''): SchemaProblem[] {
  const dialect = dialectOf(schema);
  const problems: SchemaProblem[] = [];
  const where = (path: string, key?: string): TextRange => {
    const at = locate(text, key === undefined ? path : `${path}/${escape(key)}`, {
      key: key !== undefined,
    });
    if (!at) return rangeAt(text, 0, 0);
    // A whole object underlined says little: its opening brace is the place to look.
    const container = at.kind === 'object' || at.kind === 'array';
    return {
      line: at.line,
      column: at.column,
      offset: at.offset,
      length: container ? 1 : at.length,
    };
  };
  if (dialect === 'unknown') {
    problems.push({
      source: 'meta',
      message:
        'Unsupported $schema: use https://json-schema.org/draft/2020-12/schema or http://json-schema.org/draft-07/schema# (checked as 2020-12)',
      path: '/$schema',
      keyword: '$schema',
      ...where('/$schema'),
    });
  }
  for (const error of condense(metaErrors(schema, dialect))) {
    const params = error.params as Record<string, unknown>;
    const extra =
      typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined;
    problems.push({
      source: 'meta',
      message: describe(error),
      path: error.instancePath,
      keyword: error.keyword,
      schemaPath: error.schemaPath,
      ...where(error.instancePath, extra),
    });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Text → its value (when it is a valid schema object or blank) and every problem, in text order. */
export function checkSchemaText(text: string): {
  ok: boolean;
  value: JsonObject | undefined;
  problems: SchemaProblem[];
} {
  const parsed = parseSchemaText(text);
  if (!parsed.ok) return { ok: false, value: undefined, problems: [parsed.problem] };
  const problems = parsed.value ? metaValidate(parsed.value, text) : [];
  return { ok: true, value: parsed.value, problems };
}
