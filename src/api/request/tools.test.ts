import { describe, expect, it } from 'vitest';
import { TOOL_TEMPLATES, functionNames, toolChoiceKey, toolChoiceOptions } from './tools.ts';

describe('tools helpers', () => {
  const tools = [
    TOOL_TEMPLATES.function?.() ?? {},
    { type: 'function', name: 'get_time', parameters: { type: 'object', properties: {} } },
    { type: 'web_search_preview' },
    { type: 'mcp', server_label: 'wiki', server_url: 'https://x/mcp' },
  ];

  it('lists function names', () => {
    expect(functionNames(tools)).toEqual(['get_weather', 'get_time']);
  });

  it('offers auto/none/required, each function, each built-in tool present and MCP by label', () => {
    const options = toolChoiceOptions(tools);
    expect(options.map((o) => o.key)).toEqual([
      'auto',
      'none',
      'required',
      'function:get_weather',
      'function:get_time',
      'web_search_preview',
      'mcp:wiki',
    ]);
    expect(options.find((o) => o.key === 'function:get_time')?.value).toEqual({
      type: 'function',
      name: 'get_time',
    });
  });

  it('maps a tool_choice value back to its option, round trip', () => {
    for (const option of toolChoiceOptions(tools))
      expect(toolChoiceKey(option.value)).toBe(option.key);
    expect(toolChoiceKey(undefined)).toBe('');
    expect(toolChoiceKey({ type: 'allowed_tools', mode: 'auto', tools: [] })).toContain(
      'allowed_tools',
    );
  });
});
