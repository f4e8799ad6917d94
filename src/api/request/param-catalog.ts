import specParams from './spec-params.generated.json' with { type: 'json' };

export type GroupId =
  | 'main'
  | 'sampling'
  | 'output'
  | 'reasoning'
  | 'tools'
  | 'state'
  | 'caching'
  | 'safety'
  | 'advanced';

export const GROUPS: readonly { id: GroupId; label: string }[] = [
  { id: 'main', label: 'Request' },
  { id: 'sampling', label: 'Sampling' },
  { id: 'output', label: 'Output' },
  { id: 'reasoning', label: 'Reasoning' },
  { id: 'tools', label: 'Tools' },
  { id: 'state', label: 'State' },
  { id: 'caching', label: 'Caching' },
  { id: 'safety', label: 'Safety' },
  { id: 'advanced', label: 'Advanced' },
];

export type ControlKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'multi-enum'
  | 'key-value'
  | 'json'
  | 'id-or-json'
  | 'context-management'
  | 'tools'
  | 'tool-choice'
  | 'schema'
  | 'input';

export interface ParamSpec {
  /** The API name, dotted when nested: the control's accessible name. */
  path: string;
  group: GroupId;
  kind: ControlKind;
  description: string;
  /** The API's default, shown as the placeholder; unset parameters are not sent. */
  default?: unknown;
  options?: readonly string[];
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  slider?: boolean;
  maxLength?: number;
  deprecated?: boolean;
  /** Shown only when another parameter has a value (e.g. the json_schema fields). */
  visibleWhen?: { path: string; equals: unknown };
  /** For `json`: which JSON value the control accepts. */
  jsonType?: 'array' | 'object';
  /** For `key-value`: the spec's limits. */
  pairs?: { max: number; keyMax: number; valueMax: number };
}

interface SpecEntry {
  description?: string;
  default?: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  deprecated?: boolean;
}

const spec = specParams as Record<string, SpecEntry>;

/** Facts from the official spec (description, default, enum, limits) under the form's own choices. */
function param(
  path: string,
  group: GroupId,
  kind: ControlKind,
  extra: Partial<ParamSpec> = {},
): ParamSpec {
  const s = spec[path] ?? {};
  return {
    path,
    group,
    kind,
    description: s.description ?? '',
    ...(s.default !== undefined ? { default: s.default } : {}),
    ...(s.enum ? { options: s.enum } : {}),
    ...(s.minimum !== undefined ? { min: s.minimum } : {}),
    ...(s.maximum !== undefined ? { max: s.maximum } : {}),
    ...(s.maxLength !== undefined ? { maxLength: s.maxLength } : {}),
    ...(s.deprecated ? { deprecated: true } : {}),
    ...extra,
  };
}

const jsonSchemaOnly = { visibleWhen: { path: 'text.format.type', equals: 'json_schema' } };

/** Every request parameter the form offers, in display order. */
export const PARAMS: readonly ParamSpec[] = [
  param('model', 'main', 'text'),
  param('input', 'main', 'input'),
  param('instructions', 'main', 'textarea'),
  param('stream', 'main', 'boolean'),

  param('temperature', 'sampling', 'number', { step: 0.05, slider: true }),
  param('top_p', 'sampling', 'number', { step: 0.01, slider: true }),
  param('top_logprobs', 'sampling', 'number', { integer: true, default: 0 }),

  param('max_output_tokens', 'output', 'number', { integer: true }),
  param('text.format.type', 'output', 'enum'),
  param('text.format.name', 'output', 'text', {
    description:
      'The name of the response format: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters.',
    maxLength: 64,
    ...jsonSchemaOnly,
  }),
  param('text.format.description', 'output', 'textarea', {
    description:
      'What the response format is for, used by the model to decide how to respond in the format.',
    ...jsonSchemaOnly,
  }),
  param('text.format.schema', 'output', 'schema', {
    description: 'The schema for the response format, described as a JSON Schema object.',
    jsonType: 'object',
    ...jsonSchemaOnly,
  }),
  param('text.format.strict', 'output', 'boolean', {
    description: 'Whether to enable strict schema adherence when generating the output.',
    default: false,
    ...jsonSchemaOnly,
  }),
  param('text.verbosity', 'output', 'enum'),
  param('include', 'output', 'multi-enum'),
  param('stream_options.include_obfuscation', 'output', 'boolean', { default: true }),

  param('reasoning.effort', 'reasoning', 'enum'),
  param('reasoning.summary', 'reasoning', 'enum'),
  param('reasoning.generate_summary', 'reasoning', 'enum'),
  param('reasoning.mode', 'reasoning', 'enum'),
  param('reasoning.context', 'reasoning', 'enum'),

  param('tools', 'tools', 'tools'),
  param('tool_choice', 'tools', 'tool-choice', { default: 'auto' }),
  param('parallel_tool_calls', 'tools', 'boolean'),
  param('max_tool_calls', 'tools', 'number', { integer: true, min: 0 }),

  param('previous_response_id', 'state', 'text'),
  param('conversation', 'state', 'id-or-json'),
  param('store', 'state', 'boolean'),
  param('background', 'state', 'boolean'),
  param('context_management', 'state', 'context-management'),
  param('truncation', 'state', 'enum'),

  param('prompt_cache_key', 'caching', 'text'),
  param('prompt_cache_retention', 'caching', 'enum'),
  param('prompt_cache_options.ttl', 'caching', 'enum'),
  param('prompt_cache_options.mode', 'caching', 'enum'),

  param('safety_identifier', 'safety', 'text'),
  param('user', 'safety', 'text'),
  param('moderation.model', 'safety', 'text'),
  param('moderation.policy', 'safety', 'json', { jsonType: 'object' }),

  param('metadata', 'advanced', 'key-value', { pairs: { max: 16, keyMax: 64, valueMax: 512 } }),
  param('service_tier', 'advanced', 'enum'),
  param('prompt.id', 'advanced', 'text'),
  param('prompt.version', 'advanced', 'text'),
  param('prompt.variables', 'advanced', 'key-value', {
    pairs: { max: 64, keyMax: 256, valueMax: 100_000 },
  }),
];

export function findParam(path: string): ParamSpec | undefined {
  return PARAMS.find((p) => p.path === path);
}

/** Top-level body keys the form has controls for (the rest are kept and sent as they are). */
export const KNOWN_TOP_LEVEL: ReadonlySet<string> = new Set(
  PARAMS.map((p) => p.path.split('.')[0] ?? p.path),
);
