import { prepareBody } from './export-body.ts';
import type { ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { jsonSyntax } from './syntax.ts';

/** The body alone; MCP secrets as `"${NAME}"` placeholders unless included. */
export function jsonExport(input: ExportInput): string {
  return `${printValue(prepareBody(input).body, jsonSyntax())}\n`;
}
