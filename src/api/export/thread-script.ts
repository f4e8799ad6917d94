import { isJsonObject, type JsonObject } from '../request/body-path.ts';
import { CodeRef } from './code-ref.ts';
import { isStreaming, prepareBody } from './export-body.ts';
import type { ExportInput } from './export-input.ts';
import type { SecretVar } from './mcp-secrets.ts';
import { jsString } from './syntax.ts';
import { tsClient, tsHeader, tsParams } from './ts-openai.ts';

export interface ThreadTurn {
  request: JsonObject;
  /** The id the recorded run got (for the comment only: the replay chains to new ids). */
  responseId: string | null;
}

const CALL_ID_TYPES = new Set(['function_call', 'function_call_output']);

/**
 * A chained turn refers to the previous response by ids a new run will not reproduce: its
 * `previous_response_id`, the `call_id`s of tool outputs and the approval request ids. Each
 * becomes an expression over what the new run returned, matched by order of first appearance.
 */
function chainTurn(body: JsonObject): JsonObject {
  const next: JsonObject = { ...body, previous_response_id: CodeRef.code('previousId') };
  if (!Array.isArray(body.input)) return next;
  const calls: string[] = [];
  const approvals: string[] = [];
  const slot = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
    return list.indexOf(id);
  };
  next.input = body.input.map((item: unknown) => {
    if (!isJsonObject(item)) return item;
    if (CALL_ID_TYPES.has(String(item.type)) && typeof item.call_id === 'string') {
      const i = slot(calls, item.call_id);
      return { ...item, call_id: CodeRef.code(`callIds[${i}] ?? ${jsString(item.call_id)}`) };
    }
    if (item.type === 'mcp_approval_response' && typeof item.approval_request_id === 'string') {
      const i = slot(approvals, item.approval_request_id);
      const code = `approvalIds[${i}] ?? ${jsString(item.approval_request_id)}`;
      return { ...item, approval_request_id: CodeRef.code(code) };
    }
    return item;
  });
  return next;
}

const PRELUDE = [
  '// Each turn continues from the response this run just got, not the recorded one.',
  'let previousId: string | undefined;',
  'let callIds: string[] = [];',
  'let approvalIds: string[] = [];',
  '',
  'function remember(response: OpenAI.Responses.Response | undefined): void {',
  "  if (!response) throw new Error('The turn ended without a response');",
  '  previousId = response.id;',
  '  callIds = response.output.flatMap((item) =>',
  "    item.type === 'function_call' ? [item.call_id] : [],",
  '  );',
  '  approvalIds = response.output.flatMap((item) =>',
  "    item.type === 'mcp_approval_request' ? [item.id] : [],",
  '  );',
  '}',
];

function turnCode(body: JsonObject, streaming: boolean): string[] {
  const params = tsParams(body, '  ', (ref) => ref.text);
  if (!streaming) {
    return [
      `  const response = await client.responses.create(${params});`,
      '  console.log(response.output_text || JSON.stringify(response.output, null, 2));',
      '  remember(response);',
    ];
  }
  return [
    `  const stream = await client.responses.create(${params});`,
    '  let response: OpenAI.Responses.Response | undefined;',
    '  for await (const event of stream) {',
    "    if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);",
    "    if (event.type === 'response.output_item.done' && event.item.type !== 'message') {",
    '      console.log(JSON.stringify(event.item));',
    '    }',
    "    if (event.type === 'response.completed' || event.type === 'response.incomplete') {",
    '      response = event.response;',
    '    }',
    "    if (event.type === 'response.failed' || event.type === 'error') console.error(event);",
    '  }',
    "  process.stdout.write('\\n');",
    '  remember(response);',
  ];
}

/**
 * One TypeScript (openai) script that replays a thread path: each turn in order, each chained
 * turn's `previous_response_id` (and tool call ids) taken from the response the replay got.
 */
export function threadScriptExport(
  turns: readonly ThreadTurn[],
  input: Omit<ExportInput, 'body'>,
): string {
  const secrets: SecretVar[] = [];
  const blocks = turns.map((turn, i) => {
    const { body, secrets: own } = prepareBody({ ...input, body: turn.request });
    secrets.push(...own.filter((s) => !secrets.some((t) => t.name === s.name)));
    const chained = i > 0 && typeof turn.request.previous_response_id === 'string';
    const recorded = turn.responseId ? ` (recorded as ${turn.responseId})` : '';
    return [
      `// Turn ${i + 1} of ${turns.length}${recorded}`,
      `console.log('--- turn ${i + 1}');`,
      '{',
      ...turnCode(chained ? chainTurn(body) : body, isStreaming(turn.request)),
      '}',
    ].join('\n');
  });
  return [
    tsHeader({ ...input, body: {} }, secrets),
    "import OpenAI from 'openai';",
    '',
    tsClient({ ...input, body: {} }),
    '',
    ...PRELUDE,
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
