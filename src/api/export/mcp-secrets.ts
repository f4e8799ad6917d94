import { isJsonObject, type JsonObject } from '../request/body-path.ts';
import { CodeRef } from './code-ref.ts';

export interface SecretVar {
  /** The environment variable the export reads. */
  name: string;
  /** Where it goes in the body, for the message listing them. */
  path: string;
  /** The value the form holds (tests set the variable to it; never printed unless included). */
  value: string;
}

export interface SecretBody {
  /** The body with each secret replaced by a `CodeRef.env`. */
  body: JsonObject;
  secrets: SecretVar[];
}

function envPart(text: string): string {
  const part = text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return part || 'X';
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i += 1) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

/**
 * MCP tools carry credentials in the body (`headers`, `authorization`): like the API key, they
 * become environment variables (`MCP_<SERVER_LABEL>_<HEADER>`) unless the user includes them.
 */
export function extractMcpSecrets(body: JsonObject): SecretBody {
  const tools = body.tools;
  if (!Array.isArray(tools)) return { body, secrets: [] };
  const secrets: SecretVar[] = [];
  const taken = new Set<string>();
  const nextTools = tools.map((tool: unknown, i) => {
    if (!isJsonObject(tool) || tool.type !== 'mcp') return tool;
    const label = envPart(typeof tool.server_label === 'string' ? tool.server_label : `tool_${i}`);
    const next: JsonObject = { ...tool };
    if (isJsonObject(tool.headers)) {
      const headers: JsonObject = {};
      for (const [header, value] of Object.entries(tool.headers)) {
        if (typeof value !== 'string') {
          Object.defineProperty(headers, header, { value, enumerable: true, writable: true });
          continue;
        }
        const name = uniqueName(`MCP_${label}_${envPart(header)}`, taken);
        secrets.push({ name, path: `tools[${i}].headers.${header}`, value });
        Object.defineProperty(headers, header, {
          value: CodeRef.env(name),
          enumerable: true,
          writable: true,
        });
      }
      next.headers = headers;
    }
    if (typeof tool.authorization === 'string') {
      const name = uniqueName(`MCP_${label}_TOKEN`, taken);
      secrets.push({ name, path: `tools[${i}].authorization`, value: tool.authorization });
      next.authorization = CodeRef.env(name);
    }
    return next;
  });
  return secrets.length === 0
    ? { body, secrets }
    : { body: { ...body, tools: nextTools }, secrets };
}
