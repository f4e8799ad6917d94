import { isStreaming, prepareBody } from './export-body.ts';
import { responsesUrl, type ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { jsonSyntax } from './syntax.ts';

/** The raw HTTP request; `${NAME}` marks what to fill in (the key, MCP secrets). */
export function httpExport(input: ExportInput): string {
  const { body } = prepareBody(input);
  const url = new URL(responsesUrl(input));
  const key = input.key.kind === 'env' ? `\${${input.key.name}}` : input.key.value;
  const headers = [
    `Host: ${url.host}`,
    `Authorization: Bearer ${key}`,
    'Content-Type: application/json',
    ...(isStreaming(input.body) ? ['Accept: text/event-stream'] : []),
    ...Object.entries(input.headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return [
    `POST ${url.pathname}${url.search} HTTP/1.1`,
    ...headers,
    '',
    printValue(body, jsonSyntax()),
    '',
  ].join('\n');
}
