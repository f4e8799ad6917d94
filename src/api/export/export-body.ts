import type { JsonObject } from '../request/body-path.ts';
import type { ExportInput } from './export-input.ts';
import { extractMcpSecrets, type SecretVar } from './mcp-secrets.ts';

export interface PreparedBody {
  /** The body to print: secrets replaced by `CodeRef.env` unless included. */
  body: JsonObject;
  /** The environment variables the export reads besides the key. */
  secrets: SecretVar[];
}

export function prepareBody(input: Pick<ExportInput, 'body' | 'includeSecrets'>): PreparedBody {
  if (input.includeSecrets) return { body: input.body, secrets: [] };
  return extractMcpSecrets(input.body);
}

export function isStreaming(body: JsonObject): boolean {
  return body.stream === true;
}

/** The environment variables a script needs, for its header comment. */
export function envNeeded(input: ExportInput, secrets: readonly SecretVar[]): string[] {
  return [...(input.key.kind === 'env' ? [input.key.name] : []), ...secrets.map((s) => s.name)];
}
