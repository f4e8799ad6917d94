import type { JsonObject } from '../request/body-path.ts';
import { envNeeded, isStreaming, prepareBody } from './export-body.ts';
import type { ExportInput } from './export-input.ts';
import { printValue } from './print-value.ts';
import { SDK_PARAMS } from './sdk-params.ts';
import { pyString, pySyntax } from './syntax.ts';

/** Keyword arguments: SDK parameters by name, the rest (a gateway's own) in `extra_body`. */
function kwargs(body: JsonObject): string[] {
  const known = Object.entries(body).filter(([k, v]) => SDK_PARAMS.has(k) && v !== undefined);
  const extra = Object.fromEntries(Object.entries(body).filter(([k]) => !SDK_PARAMS.has(k)));
  const args = known.map(([k, v]) => `    ${k}=${printValue(v, pySyntax, { indent: '    ' })},`);
  if (Object.keys(extra).length > 0) {
    args.push(`    extra_body=${printValue(extra, pySyntax, { indent: '    ' })},`);
  }
  return args;
}

/** Python with the official `openai` package (`pip install openai`). */
export function pythonExport(input: ExportInput): string {
  const { body, secrets } = prepareBody(input);
  const needs = envNeeded(input, secrets);
  const key =
    input.key.kind === 'env'
      ? `os.environ[${pyString(input.key.name)}]`
      : pyString(input.key.value);
  const client = [
    'client = OpenAI(',
    `    base_url=${pyString(input.baseUrl)},`,
    `    api_key=${key},`,
    ...(Object.keys(input.headers).length > 0
      ? [`    default_headers=${printValue(input.headers, pySyntax, { indent: '    ' })},`]
      : []),
    ')',
  ];
  const streaming = isStreaming(input.body);
  const call = [
    `${streaming ? 'stream' : 'response'} = client.responses.create(`,
    ...kwargs(body),
    ')',
  ];
  const show = streaming
    ? [
        'for event in stream:',
        '    if event.type == "response.output_text.delta":',
        '        print(event.delta, end="", flush=True)',
        '    elif event.type == "response.output_item.done" and event.item.type != "message":',
        '        print(event.item.model_dump_json())',
        'print()',
      ]
    : ['print(response.output_text)'];
  return [
    '# pip install openai',
    ...(needs.length > 0 ? [`# Reads ${needs.join(', ')} from the environment.`] : []),
    ...(needs.length > 0 ? ['import os', ''] : []),
    'from openai import OpenAI',
    '',
    ...client,
    '',
    ...call,
    ...show,
    '',
  ].join('\n');
}
