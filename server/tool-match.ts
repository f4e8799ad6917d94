import type { RequestBody } from './response-object.ts';

/**
 * Which tool the local model uses, by fixed rules (documented in the README):
 * `tool_choice` first, then what the user's last message mentions.
 */

export type ToolConfig = Record<string, unknown> & { type: string };

export interface FunctionTool {
  name: string;
  description: string;
  parameters: unknown;
}

export type HostedKind =
  'web_search' | 'file_search' | 'code_interpreter' | 'image_generation' | 'mcp';

export interface HostedTool {
  kind: HostedKind;
  config: ToolConfig;
}

export type ToolChoice =
  | { mode: 'none' | 'auto' | 'required' }
  | { mode: 'function'; name: string }
  | { mode: 'hosted'; kind: HostedKind; serverLabel: string | null };

const HOSTED_TYPES: Record<string, HostedKind> = {
  web_search: 'web_search',
  web_search_2025_08_26: 'web_search',
  web_search_preview: 'web_search',
  web_search_preview_2025_03_11: 'web_search',
  file_search: 'file_search',
  code_interpreter: 'code_interpreter',
  image_generation: 'image_generation',
  mcp: 'mcp',
};

/** Words that say nothing about what a function does: never enough to "ask for" it. */
const STOP_WORDS = new Set(
  (
    'about also been both call calls could does done each either else from function gets given ' +
    'have into just like make many more most much must only optional optionally other over ' +
    'please returns return should some specified specify specifying such than that their them ' +
    'then there these they this those tool tools used user uses using value values very want ' +
    'what when where which while will with would your current currently information info data ' +
    'provided provide'
  ).split(' '),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Lower-case words of a text; snake_case and camelCase names are split into words. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function keyWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
}

function allTools(body: RequestBody): ToolConfig[] {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  return tools.filter((t): t is ToolConfig => isRecord(t) && typeof t.type === 'string');
}

/** The tools the model may use: all of them, or those an `allowed_tools` choice lists. */
function availableTools(body: RequestBody): ToolConfig[] {
  const tools = allTools(body);
  const choice = body.tool_choice;
  if (!isRecord(choice) || choice.type !== 'allowed_tools' || !Array.isArray(choice.tools)) {
    return tools;
  }
  const allowed = choice.tools.filter(isRecord);
  return tools.filter((tool) =>
    allowed.some(
      (a) =>
        a.type === tool.type &&
        (a.name === undefined || a.name === tool.name) &&
        (a.server_label === undefined || a.server_label === tool.server_label),
    ),
  );
}

export function functionTools(body: RequestBody): FunctionTool[] {
  return availableTools(body)
    .filter((t) => t.type === 'function' && typeof t.name === 'string')
    .map((t) => ({
      name: t.name as string,
      description: typeof t.description === 'string' ? t.description : '',
      parameters: t.parameters ?? { type: 'object', properties: {} },
    }));
}

export function hostedTools(body: RequestBody): HostedTool[] {
  return availableTools(body).flatMap((config) => {
    const kind = HOSTED_TYPES[config.type];
    return kind ? [{ kind, config }] : [];
  });
}

export function readToolChoice(body: RequestBody): ToolChoice {
  const choice = body.tool_choice;
  if (choice === 'none' || choice === 'required') return { mode: choice };
  if (!isRecord(choice)) return { mode: 'auto' };
  if (choice.type === 'allowed_tools')
    return { mode: choice.mode === 'required' ? 'required' : 'auto' };
  if (choice.type === 'function' && typeof choice.name === 'string') {
    return { mode: 'function', name: choice.name };
  }
  const kind = typeof choice.type === 'string' ? HOSTED_TYPES[choice.type] : undefined;
  if (kind) {
    const label = typeof choice.server_label === 'string' ? choice.server_label : null;
    return { mode: 'hosted', kind, serverLabel: label };
  }
  return { mode: 'auto' };
}

/** A function is asked for when the text has its name, or a key word of its name or description. */
export function asksForFunction(tool: FunctionTool, text: string): boolean {
  if (text.toLowerCase().includes(tool.name.toLowerCase())) return true;
  const said = new Set(wordsOf(text).map(stem));
  return keyWords(`${tool.name} ${tool.description}`).some((w) => said.has(stem(w)));
}

const HOSTED_WORDS: Record<Exclude<HostedKind, 'mcp'>, RegExp> = {
  web_search: /\b(search\w*|look(s|ing)?[\s-]+up|lookup|web|internet|online)\b/i,
  file_search: /\b(files?|documents?|docs|pdfs?)\b/i,
  code_interpreter: /\b(code|calculat\w*|comput\w*|python|script)\b/i,
  image_generation: /\b(images?|draw\w*|pictures?|photos?|illustrat\w*|paint\w*|sketch\w*)\b/i,
};

/** Whether the text mentions a hosted tool: its keywords, or an MCP server's label (or "mcp"). */
export function asksForHosted(tool: HostedTool, text: string): boolean {
  if (tool.kind !== 'mcp') return HOSTED_WORDS[tool.kind].test(text);
  const label = typeof tool.config.server_label === 'string' ? tool.config.server_label : '';
  return (
    /\bmcp\b/i.test(text) || (label !== '' && text.toLowerCase().includes(label.toLowerCase()))
  );
}

export type ToolDecision =
  | { use: 'functions'; functions: FunctionTool[] }
  | { use: 'hosted'; tool: HostedTool }
  | { use: 'none' };

/**
 * The decision: a `tool_choice` naming a tool wins; `none` uses nothing; otherwise the functions
 * the text asks for, else the first hosted tool (in `tools` order) it asks for; `required` falls
 * back to the first function, else the first hosted tool.
 */
export function decideTools(body: RequestBody, text: string): ToolDecision {
  const choice = readToolChoice(body);
  const functions = functionTools(body);
  const hosted = hostedTools(body);
  if (choice.mode === 'none') return { use: 'none' };
  if (choice.mode === 'function') {
    const named = functions.filter((f) => f.name === choice.name);
    return named.length ? { use: 'functions', functions: named } : { use: 'none' };
  }
  if (choice.mode === 'hosted') {
    const tool = hosted.find(
      (t) =>
        t.kind === choice.kind &&
        (choice.serverLabel === null || t.config.server_label === choice.serverLabel),
    );
    return tool ? { use: 'hosted', tool } : { use: 'none' };
  }
  const asked = functions.filter((f) => asksForFunction(f, text));
  if (asked.length) return { use: 'functions', functions: asked };
  const tool = hosted.find((t) => asksForHosted(t, text));
  if (tool) return { use: 'hosted', tool };
  if (choice.mode === 'required') {
    const first = functions[0];
    if (first) return { use: 'functions', functions: [first] };
    const firstHosted = hosted[0];
    if (firstHosted) return { use: 'hosted', tool: firstHosted };
  }
  return { use: 'none' };
}
