import { envNeeded, isStreaming, prepareBody } from './export-body.ts';
import { responsesUrl, type ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { jsString, jsSyntax } from './syntax.ts';

function headerLines(input: ExportInput): string[] {
  const auth =
    input.key.kind === 'env'
      ? `\`Bearer \${process.env.${input.key.name}}\``
      : jsString(`Bearer ${input.key.value}`);
  const extra = Object.entries(input.headers).map(
    ([name, value]) => `    ${jsSyntax().key(name)}: ${jsString(value)},`,
  );
  return [`    Authorization: ${auth},`, "    'Content-Type': 'application/json',", ...extra];
}

/** Reads the SSE stream with a `ReadableStream` reader: blocks end at a blank line. */
const READ_STREAM = [
  "if (!res.body) throw new Error('The response has no body');",
  'const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();',
  "let buffer = '';",
  'for (;;) {',
  '  const { value, done } = await reader.read();',
  '  if (done) break;',
  '  // Line ends become \\n; a final \\r waits for the next chunk (it may start with \\n).',
  "  buffer = (buffer + value).replace(/\\r\\n|\\r(?!$)/g, '\\n');",
  "  let end = buffer.indexOf('\\n\\n');",
  '  while (end !== -1) {',
  '    const data = buffer',
  '      .slice(0, end)',
  "      .split('\\n')",
  "      .filter((line) => line.startsWith('data:'))",
  "      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))",
  "      .join('\\n');",
  '    buffer = buffer.slice(end + 2);',
  "    end = buffer.indexOf('\\n\\n');",
  "    if (data === '' || data === '[DONE]') continue;",
  '    const event = JSON.parse(data);',
  "    if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);",
  "    if (event.type === 'response.output_item.done' && event.item.type !== 'message') {",
  '      console.log(JSON.stringify(event.item));',
  '    }',
  "    if (event.type === 'error' || event.type === 'response.failed') console.error(data);",
  '  }',
  '}',
  "process.stdout.write('\\n');",
];

/**
 * No dependencies: `fetch`, a `ReadableStream` reader and a small SSE parser. Written in the
 * subset shared by JavaScript and TypeScript (nothing needs a type annotation), so the same text
 * runs with plain `node` as an `.mjs` file and type-checks as strict TypeScript.
 */
export function tsFetchExport(input: ExportInput): string {
  const { body, secrets } = prepareBody(input);
  const needs = envNeeded(input, secrets);
  return [
    '// No dependencies (Node 18+). Run with: node request.mjs (or type-check it as request.mts)',
    ...(needs.length > 0 ? [`// Reads ${needs.join(', ')} from the environment.`] : []),
    `const body = ${printValue(body, jsSyntax())};`,
    '',
    `const res = await fetch(${jsString(responsesUrl(input))}, {`,
    "  method: 'POST',",
    '  headers: {',
    ...headerLines(input),
    '  },',
    '  body: JSON.stringify(body),',
    '});',
    'if (!res.ok) {',
    '  console.error(`HTTP ${res.status}: ${await res.text()}`);',
    '  process.exit(1);',
    '}',
    ...(isStreaming(input.body)
      ? READ_STREAM
      : ['console.log(JSON.stringify(await res.json(), null, 2));']),
    '',
  ].join('\n');
}
