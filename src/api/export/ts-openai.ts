import type { JsonObject } from '../request/body-path.ts';
import type { CodeRef } from './code-ref.ts';
import { envNeeded, isStreaming, prepareBody } from './export-body.ts';
import type { ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { SDK_PARAMS } from './sdk-params.ts';
import { jsString, jsSyntax } from './syntax.ts';

/** `process.env.NAME` or the literal key. */
function keyExpression(input: ExportInput): string {
  return input.key.kind === 'env' ? `process.env.${input.key.name}` : jsString(input.key.value);
}

export function tsClient(input: ExportInput): string {
  const options = [`  baseURL: ${jsString(input.baseUrl)},`, `  apiKey: ${keyExpression(input)},`];
  if (Object.keys(input.headers).length > 0) {
    options.push(`  defaultHeaders: ${printValue(input.headers, jsSyntax(), { indent: '  ' })},`);
  }
  return `const client = new OpenAI({\n${options.join('\n')}\n});`;
}

/**
 * The `responses.create({...})` argument. Parameters the SDK's types lack (a gateway's own) go in
 * a spread, which TypeScript does not check for unknown keys; the SDK sends them as they are.
 * (A `@ts-expect-error` does not work here: `create` is overloaded, so the error is on the call.)
 */
export function tsParams(
  body: JsonObject,
  indent: string,
  code?: (ref: CodeRef) => string,
): string {
  const syntax = jsSyntax(code);
  const entries = Object.entries(body);
  const known = Object.fromEntries(entries.filter(([key]) => SDK_PARAMS.has(key)));
  const extra = Object.fromEntries(entries.filter(([key]) => !SDK_PARAMS.has(key)));
  const text = printValue(known, syntax, { indent, multiline: true });
  if (Object.keys(extra).length === 0) return text;
  const inner = `${indent}  `;
  const spread = [
    `${inner}// Not in the SDK's types: sent as is.`,
    `${inner}...${printValue(extra, syntax, { indent: inner })},`,
  ].join('\n');
  if (text === '{}') return `{\n${spread}\n${indent}}`;
  return `${text.slice(0, -(indent.length + 2))}\n${spread}\n${indent}}`;
}

export function tsHeader(input: ExportInput, secrets: Parameters<typeof envNeeded>[1]): string {
  const needs = envNeeded(input, secrets);
  return [
    '// npm install openai; run with: npx tsx request.mts',
    ...(needs.length > 0 ? [`// Reads ${needs.join(', ')} from the environment.`] : []),
  ].join('\n');
}

/** TypeScript with the official `openai` package: prints text deltas as they stream. */
export function tsOpenAiExport(input: ExportInput): string {
  const { body, secrets } = prepareBody(input);
  const params = tsParams(body, '');
  const call = isStreaming(input.body)
    ? [
        `const stream = await client.responses.create(${params});`,
        '',
        'for await (const event of stream) {',
        "  if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);",
        "  if (event.type === 'response.output_item.done' && event.item.type !== 'message') {",
        '    console.log(JSON.stringify(event.item));',
        '  }',
        "  if (event.type === 'error') console.error(event);",
        '}',
        "process.stdout.write('\\n');",
      ]
    : [
        `const response = await client.responses.create(${params});`,
        '',
        'console.log(response.output_text || JSON.stringify(response.output, null, 2));',
      ];
  return [
    tsHeader(input, secrets),
    "import OpenAI from 'openai';",
    '',
    tsClient(input),
    '',
    ...call,
    '',
  ].join('\n');
}
