/**
 * For the export tests only (imported by *.test.ts): the request matrix, the local server over
 * real HTTP, and a child-process runner. It reaches into `server/` on purpose: the exports are
 * proven by running them against the real local server.
 */
import { spawn } from 'node:child_process';
import { startLocalHttp } from '../../../server/test-support/local-http.ts';
import type { JsonObject } from '../request/body-path.ts';

/** A 1×1 PNG and a tiny PDF as data URLs: what an upload puts in the body. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PDF = `data:application/pdf;base64,${Buffer.from('%PDF-1.1\n%%EOF\n').toString('base64')}`;

/**
 * Text no shell, JavaScript or Python literal may mangle: quotes of both kinds, `$` expansions,
 * command substitutions that would leave a marker file if the shell ever ran them, backslashes,
 * newlines, tabs, `!`, `%s`, emoji, CJK, right-to-left text, a line separator, a BOM, a bidi
 * override and an astral character.
 */
export const NASTY =
  `It's "quoted" $HOME \${PATH} $(touch pwned-1) \`touch pwned-2\` \\n \\ '\\'' !! %s\n` +
  'line two\ttab ☃ 日本語 עברית 🙂 \u2028 \ufeff \u202e 𝄞 end';

const WEATHER_TOOL = {
  type: 'function',
  name: 'get_weather',
  description: 'Get the current weather for a city',
  strict: true,
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
};

export interface MatrixCase {
  name: string;
  body: JsonObject;
  /** MCP secrets the exports read from the environment, with the values the form holds. */
  env?: Record<string, string>;
}

export const MATRIX: readonly MatrixCase[] = [
  { name: 'text', body: { model: 'local-echo', input: 'Tell me a short story.' } },
  {
    name: 'streaming',
    body: {
      model: 'local-echo',
      instructions: 'You are a helpful assistant.',
      input: 'Hello!',
      stream: true,
    },
  },
  {
    name: 'tools',
    body: {
      model: 'local-echo',
      input: 'What is the weather in Paris?',
      tools: [WEATHER_TOOL, { type: 'web_search_preview', search_context_size: 'low' }],
      tool_choice: 'auto',
      parallel_tool_calls: false,
      stream: true,
    },
  },
  {
    name: 'json_schema',
    body: {
      model: 'local-echo',
      input: 'A weather report for Oslo',
      temperature: 0.2,
      max_output_tokens: 400,
      text: {
        format: {
          type: 'json_schema',
          name: 'weather_report',
          strict: true,
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, celsius: { type: 'number' } },
            required: ['city', 'celsius'],
            additionalProperties: false,
          },
        },
        verbosity: 'low',
      },
    },
  },
  {
    name: 'multimodal',
    body: {
      model: 'local-echo',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is in this image and this file?' },
            { type: 'input_image', image_url: PNG, detail: 'low' },
            { type: 'input_image', image_url: 'https://example.com/cat.png', detail: 'auto' },
            { type: 'input_file', filename: 'tiny.pdf', file_data: PDF },
          ],
        },
      ],
      stream: true,
    },
  },
  {
    name: 'metadata with quotes, $, backticks, newlines and unicode',
    body: {
      model: 'local-echo',
      instructions: NASTY,
      input: [{ role: 'user', content: [{ type: 'input_text', text: NASTY }] }],
      metadata: { note: NASTY.slice(0, 500), "it's": '$x `y` "z"', 'ключ 🙂': 'значение' },
      stream: true,
    },
  },
  {
    name: 'mcp with a secret header, reasoning',
    body: {
      model: 'local-echo',
      input: 'Use mcp to search the docs',
      tools: [
        {
          type: 'mcp',
          server_label: 'docs',
          server_url: 'https://mcp.example.com/mcp',
          headers: { Authorization: 'Bearer test-mcp-token' },
          require_approval: 'never',
        },
      ],
      reasoning: { effort: 'low', summary: 'auto' },
      include: ['reasoning.encrypted_content'],
      store: true,
    },
    env: { MCP_DOCS_AUTHORIZATION: 'Bearer test-mcp-token' },
  },
  {
    name: "a gateway's own parameter",
    body: {
      model: 'local-echo',
      input: 'hi',
      service_tier: 'auto',
      prompt_cache_key: 'cache-1',
      gateway_trace: { id: 'abc', sample: 0.5 },
      stream: true,
    },
  },
];

export interface LocalHttpServer {
  baseUrl: string;
  /** The bodies `POST /v1/responses` received, read from `GET /debug/requests`. */
  received: () => Promise<{ authorization: string; body: unknown }[]>;
  close: () => Promise<void>;
}

export async function startLocalHttpServer(): Promise<LocalHttpServer> {
  const { origin, close } = await startLocalHttp();
  return {
    baseUrl: `${origin}/v1`,
    received: async () => {
      const log = (await (await fetch(`${origin}/debug/requests`)).json()) as {
        data: { method: string; path: string; authorization: string; body: unknown }[];
      };
      return log.data.filter((e) => e.method === 'POST' && e.path.endsWith('/responses'));
    },
    close,
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (never throws on a non-zero exit; the test reads `code`). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
