/** `tools` (an array of tool objects) and `tool_choice` (a mode or a tool to force). */
import { isJsonObject, type JsonObject } from './body-path.ts';
import {
  describeType,
  error,
  isSet,
  lookup,
  quote,
  warning,
  type LintFinding,
} from './lint-finding.ts';
import { lintMcpSecrets } from './lint-mcp.ts';
import type { RequestBody } from './request-draft.ts';

type FieldCheck = 'string' | 'integer' | 'object-or-null' | 'string-list' | 'array' | 'container';

const FIELD_WORDS: Record<FieldCheck, string> = {
  string: 'a string',
  integer: 'a whole number',
  'object-or-null': 'a JSON Schema object (or null)',
  'string-list': 'a list of strings',
  array: 'a list',
  container: 'a container id or { "type": "auto" }',
};

const FIELD_OK: Record<FieldCheck, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  'object-or-null': (v) => v === null || isJsonObject(v),
  'string-list': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  array: Array.isArray,
  container: (v) => typeof v === 'string' || (isJsonObject(v) && v.type === 'auto'),
};

/**
 * The tool types of the spec's `Tool` union and the fields each one requires. FunctionTool also
 * lists `strict` as required, yet it is nullable and the API defaults it: not demanded here.
 */
const TOOL_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldCheck>>>> = {
  function: { name: 'string', parameters: 'object-or-null' },
  file_search: { vector_store_ids: 'string-list' },
  computer: {},
  computer_use_preview: {
    environment: 'string',
    display_width: 'integer',
    display_height: 'integer',
  },
  web_search: {},
  web_search_2025_08_26: {},
  mcp: { server_label: 'string' },
  code_interpreter: { container: 'container' },
  programmatic_tool_calling: {},
  image_generation: {},
  local_shell: {},
  shell: {},
  custom: { name: 'string' },
  namespace: { name: 'string', description: 'string', tools: 'array' },
  tool_search: {},
  web_search_preview: {},
  web_search_preview_2025_03_11: {},
  apply_patch: {},
};

/** The object forms of `tool_choice` (ToolChoiceParam) and what each one requires. */
const CHOICE_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldCheck>>>> = {
  function: { name: 'string' },
  custom: { name: 'string' },
  mcp: { server_label: 'string' },
  allowed_tools: { tools: 'array' },
  file_search: {},
  web_search_preview: {},
  web_search_preview_2025_03_11: {},
  computer: {},
  computer_use: {},
  computer_use_preview: {},
  image_generation: {},
  code_interpreter: {},
  programmatic_tool_calling: {},
  apply_patch: {},
  shell: {},
};

const CHOICE_MODES: readonly string[] = ['none', 'auto', 'required'];

function lintFields(
  param: string,
  at: string,
  object: JsonObject,
  fields: Readonly<Record<string, FieldCheck>>,
): LintFinding[] {
  return Object.entries(fields).flatMap(([field, check]) => {
    const value = object[field];
    if (FIELD_OK[check](value)) return [];
    const what = value === undefined ? 'is missing' : `is ${describeType(value)}`;
    return [error(param, `${at}.${field} ${what}: set it to ${FIELD_WORDS[check]}.`)];
  });
}

function lintTool(tool: unknown, i: number): LintFinding[] {
  const at = `tools[${i}]`;
  if (!isJsonObject(tool) || typeof tool.type !== 'string') {
    return [
      error(
        'tools',
        `${at} must be a tool object with a type, like { "type": "web_search_preview" }, not ${isJsonObject(tool) ? 'an object without a string type' : describeType(tool)}.`,
      ),
    ];
  }
  const fields = lookup(TOOL_FIELDS, tool.type);
  if (fields === undefined) {
    return [
      warning(
        'tools',
        `${at} has type ${quote(tool.type)}, which the spec does not know: OpenAI will reject it unless your gateway accepts it.`,
      ),
    ];
  }
  const findings = lintFields('tools', at, tool, fields);
  if (tool.type === 'function' && isSet(tool.strict) && typeof tool.strict !== 'boolean') {
    findings.push(error('tools', `${at}.strict must be true, false or null.`));
  }
  if (tool.type === 'mcp') findings.push(...lintMcpSecrets(tool, at));
  return findings;
}

function lintToolsArray(body: RequestBody): LintFinding[] {
  const { tools } = body;
  if (tools === undefined) return [];
  if (!Array.isArray(tools)) {
    return [
      error(
        'tools',
        `tools must be a JSON array of tool objects [ { "type": … } ], not ${describeType(tools)}.`,
      ),
    ];
  }
  return tools.flatMap(lintTool);
}

function lintToolChoice(body: RequestBody): LintFinding[] {
  const choice = body.tool_choice;
  if (choice === undefined) return [];
  if (typeof choice === 'string') {
    if (CHOICE_MODES.includes(choice)) return [];
    return [
      error(
        'tool_choice',
        `tool_choice ${quote(choice)} is not a mode: choose none, auto or required, or force a tool with { "type": "function", "name": … }.`,
      ),
    ];
  }
  if (!isJsonObject(choice) || typeof choice.type !== 'string') {
    return [
      error(
        'tool_choice',
        `tool_choice must be none, auto, required or an object with a type, not ${isJsonObject(choice) ? 'an object without a string type' : describeType(choice)}.`,
      ),
    ];
  }
  const fields = lookup(CHOICE_FIELDS, choice.type);
  if (fields === undefined) {
    return [
      warning(
        'tool_choice',
        `tool_choice type ${quote(choice.type)} is not one the spec lists: OpenAI will reject it unless your gateway accepts it.`,
      ),
    ];
  }
  const findings = lintFields('tool_choice', 'tool_choice', choice, fields);
  if (choice.type === 'allowed_tools') {
    if (choice.mode !== 'auto' && choice.mode !== 'required') {
      findings.push(
        error('tool_choice', 'tool_choice.mode must be auto or required for allowed_tools.'),
      );
    }
    if (Array.isArray(choice.tools) && !choice.tools.every(isJsonObject)) {
      findings.push(
        error('tool_choice', 'tool_choice.tools must list tool objects { "type": … }.'),
      );
    }
  }
  return findings;
}

export function lintTools(body: RequestBody): LintFinding[] {
  return [...lintToolsArray(body), ...lintToolChoice(body)];
}
