import type { CodeRef } from './code-ref.ts';
import { envNeeded, isStreaming, prepareBody } from './export-body.ts';
import { responsesUrl, type ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { shellQuote } from './shell-quote.ts';
import { jsonSyntax } from './syntax.ts';

/** JSON text → one bash word; `\0<n>\0` markers become `"$NAME"` splices (quoted, so no globbing). */
function bodyWord(json: string, refs: readonly CodeRef[]): string {
  return json
    .split(/\0(\d+)\0/)
    .map((part, i) => {
      if (i % 2 === 1) return `"$${refs[Number(part)]?.text ?? ''}"`;
      return part === '' ? '' : `'${part.replace(/'/g, `'\\''`)}'`;
    })
    .join('');
}

/** A bash command: single-quoted body (any content is safe), `-N` for streams, key from env. */
export function curlExport(input: ExportInput): string {
  const { body, secrets } = prepareBody(input);
  const refs: CodeRef[] = [];
  const json = printValue(
    body,
    jsonSyntax((ref) => {
      refs.push(ref);
      // Marker in a JSON string: the variable is spliced between the quotes.
      return `"\0${refs.length - 1}\0"`;
    }),
  );
  const auth =
    input.key.kind === 'env'
      ? `"Authorization: Bearer $${input.key.name}"`
      : shellQuote(`Authorization: Bearer ${input.key.value}`);
  const lines = [
    `curl${isStreaming(input.body) ? ' -N' : ''} ${shellQuote(responsesUrl(input))}`,
    `-H ${auth}`,
    `-H ${shellQuote('Content-Type: application/json')}`,
    ...Object.entries(input.headers).map(
      ([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`,
    ),
    `-d ${bodyWord(json, refs)}`,
  ];
  const needs = envNeeded(input, secrets);
  const note =
    secrets.length > 0
      ? `# Reads ${needs.join(', ')} from the environment (MCP values are inserted as they are).\n`
      : '';
  return `${note}${lines.join(' \\\n  ')}\n`;
}
