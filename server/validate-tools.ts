import { invalidType, missingParameter } from './errors.ts';
import type { RequestBody } from './response-object.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields the local models rely on: a function's `name`, an MCP server's `server_label`. */
export function validateToolFields(body: RequestBody): void {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  tools.forEach((tool: unknown, i) => {
    if (!isRecord(tool)) return;
    if (tool.type === 'function' && (tool.name === undefined || tool.name === null)) {
      throw missingParameter(`tools[${i}].name`);
    }
    if (tool.type === 'function' && typeof tool.name !== 'string') {
      throw invalidType(`tools[${i}].name`, 'a string', tool.name);
    }
    if (tool.type === 'mcp' && typeof tool.server_label !== 'string') {
      throw missingParameter(`tools[${i}].server_label`);
    }
  });
}

/** `text.format` json_schema needs its `name` and `schema`. */
export function validateTextFormat(body: RequestBody): void {
  const format = isRecord(body.text) ? body.text.format : undefined;
  if (!isRecord(format) || format.type !== 'json_schema') return;
  if (typeof format.name !== 'string') throw missingParameter('text.format.name');
  if (!isRecord(format.schema)) throw missingParameter('text.format.schema');
}
