import { describe, expect, it } from 'vitest';
import { listedNames, mainName, names } from './text-values.ts';
import { asksForFunction, asksForHosted, decideTools, type HostedTool } from './tool-match.ts';

const weather = {
  name: 'get_weather_at_location',
  description:
    'Gets the weather at a specified location, optionally specifying units for temperature',
  parameters: {},
};

describe('asksForFunction', () => {
  it.each([
    ['What should I wear for the weather in San Francisco, CA?', true],
    ['temperatures in Oslo', true],
    ['please call get_weather_at_location now', true],
    ['Hello there, how are you?', false],
    ['Gets specified optionally', false],
  ])('%j → %s', (text, asked) => {
    expect(asksForFunction(weather, text)).toBe(asked);
  });

  it('splits camelCase and snake_case names into words', () => {
    expect(
      asksForFunction({ name: 'lookupInvoice', description: '', parameters: {} }, 'my invoice'),
    ).toBe(true);
    expect(
      asksForFunction({ name: 'send_email', description: '', parameters: {} }, 'an email'),
    ).toBe(true);
  });
});

describe('asksForHosted', () => {
  const tool = (type: HostedTool['kind'], config: Record<string, unknown> = {}): HostedTool => ({
    kind: type,
    config: { type, ...config },
  });
  it.each([
    ['web_search', 'search for news', true],
    ['web_search', 'look up the docs', true],
    ['web_search', 'on the internet', true],
    ['web_search', 'researching', false],
    ['file_search', 'in my documents', true],
    ['file_search', 'the PDF', true],
    ['code_interpreter', 'calculate 2+2', true],
    ['code_interpreter', 'in python', true],
    ['image_generation', 'draw a cat', true],
    ['image_generation', 'a picture of a cat', true],
    ['image_generation', 'imagine', false],
  ] as const)('%s: %j → %s', (kind, text, asked) => {
    expect(asksForHosted(tool(kind), text)).toBe(asked);
  });

  it('MCP: the server_label or the word "mcp"', () => {
    const mcp = tool('mcp', { server_label: 'DeepWiki' });
    expect(asksForHosted(mcp, 'ask deepwiki about hono')).toBe(true);
    expect(asksForHosted(mcp, 'use the MCP server')).toBe(true);
    expect(asksForHosted(mcp, 'ask the wiki')).toBe(false);
  });
});

describe('decideTools', () => {
  const fn = { type: 'function', name: 'get_weather', description: 'Weather for a city' };
  const web = { type: 'web_search' };
  const files = { type: 'file_search', vector_store_ids: [] };

  it('prefers asked-for functions, then the first asked-for hosted tool in tools order', () => {
    expect(decideTools({ tools: [web, fn] }, 'search the weather')).toMatchObject({
      use: 'functions',
    });
    expect(decideTools({ tools: [files, web] }, 'search my files')).toMatchObject({
      use: 'hosted',
      tool: { kind: 'file_search' },
    });
    expect(decideTools({ tools: [web, files] }, 'search my files')).toMatchObject({
      use: 'hosted',
      tool: { kind: 'web_search' },
    });
    expect(decideTools({ tools: [web, fn] }, 'hello')).toEqual({ use: 'none' });
  });

  it('follows tool_choice', () => {
    const tools = [fn, web];
    expect(decideTools({ tools, tool_choice: 'none' }, 'weather')).toEqual({ use: 'none' });
    expect(
      decideTools({ tools: [web], tool_choice: { type: 'web_search_preview' } }, 'hi'),
    ).toMatchObject({ use: 'hosted', tool: { kind: 'web_search' } });
    expect(decideTools({ tools: [web], tool_choice: 'required' }, 'hi')).toMatchObject({
      use: 'hosted',
    });
    expect(decideTools({ tools, tool_choice: 'required' }, 'hi')).toMatchObject({
      use: 'functions',
      functions: [{ name: 'get_weather' }],
    });
    expect(
      decideTools({ tools, tool_choice: { type: 'function', name: 'missing' } }, 'weather'),
    ).toEqual({ use: 'none' });
  });
});

describe('names from the text', () => {
  it.each([
    ['What should I wear in San Francisco, CA?', ['San Francisco, CA'], [], 'San Francisco, CA'],
    [
      'Weather in Paris, London and New York',
      ['Paris', 'London', 'New York'],
      ['Paris', 'London', 'New York'],
      'Paris',
    ],
    ['Compare Paris, France with Tokyo', ['Paris', 'France', 'Tokyo'], [], 'Paris'],
    [
      'Ask the Detroit Tigers about the weather in Detroit',
      ['Detroit Tigers', 'Detroit'],
      [],
      'Detroit',
    ],
    ['I like Berlin or Rome. Really.', ['Berlin', 'Rome'], ['Berlin', 'Rome'], 'Berlin'],
    ['hello', [], [], null],
  ])('%j', (text, all, listed, main) => {
    expect(names(text).map((n) => n.text)).toEqual(all);
    expect(listedNames(text)).toEqual(listed);
    expect(mainName(text)).toBe(main);
  });
});
