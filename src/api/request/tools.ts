import { isJsonObject, type JsonObject } from './body-path.ts';

/** The tools the editor offers as toggles, with what a new one starts as. */
export const TOOL_TEMPLATES: Readonly<Record<string, () => JsonObject>> = {
  function: () => ({
    type: 'function',
    name: 'get_weather',
    description: 'Get the current weather in a city.',
    strict: true,
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', description: 'City name, e.g. Paris' } },
      required: ['city'],
      additionalProperties: false,
    },
  }),
  web_search_preview: () => ({ type: 'web_search_preview' }),
  file_search: () => ({ type: 'file_search', vector_store_ids: [] }),
  code_interpreter: () => ({ type: 'code_interpreter', container: { type: 'auto' } }),
  image_generation: () => ({ type: 'image_generation' }),
  mcp: () => ({
    type: 'mcp',
    server_label: 'deepwiki',
    server_url: 'https://mcp.deepwiki.com/mcp',
    require_approval: 'always',
  }),
};

export const BUILT_IN_TOOL_TYPES = Object.keys(TOOL_TEMPLATES).filter((t) => t !== 'function');

export function toolsOf(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

export function functionNames(tools: readonly JsonObject[]): string[] {
  return tools
    .filter((t) => t.type === 'function' && typeof t.name === 'string' && t.name !== '')
    .map((t) => t.name as string);
}

/** `tool_choice` as one select: the spec's options, a specific function, or a built-in tool. */
export interface ToolChoiceOption {
  key: string;
  label: string;
  value: unknown;
}

/** Built-in tool types `tool_choice` may name (ToolChoiceTypes), and MCP by server label. */
const CHOOSABLE_BUILT_INS = [
  'web_search_preview',
  'file_search',
  'code_interpreter',
  'image_generation',
];

export function toolChoiceOptions(tools: readonly JsonObject[]): ToolChoiceOption[] {
  const options: ToolChoiceOption[] = ['auto', 'none', 'required'].map((v) => ({
    key: v,
    label: v,
    value: v,
  }));
  for (const name of functionNames(tools)) {
    options.push({
      key: `function:${name}`,
      label: `function: ${name}`,
      value: { type: 'function', name },
    });
  }
  for (const tool of tools) {
    const type = typeof tool.type === 'string' ? tool.type : '';
    if (CHOOSABLE_BUILT_INS.includes(type) && !options.some((o) => o.key === type)) {
      options.push({ key: type, label: type, value: { type } });
    }
    if (type === 'mcp' && typeof tool.server_label === 'string') {
      const key = `mcp:${tool.server_label}`;
      options.push({
        key,
        label: `mcp: ${tool.server_label}`,
        value: { type: 'mcp', server_label: tool.server_label },
      });
    }
  }
  return options;
}

/** The option a `tool_choice` value stands for ('' when unset; the JSON itself when unknown). */
export function toolChoiceKey(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isJsonObject(value)) {
    if (value.type === 'function' && typeof value.name === 'string')
      return `function:${value.name}`;
    if (value.type === 'mcp' && typeof value.server_label === 'string')
      return `mcp:${value.server_label}`;
    if (typeof value.type === 'string' && Object.keys(value).length === 1) return value.type;
  }
  return JSON.stringify(value);
}
