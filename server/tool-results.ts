import { HttpError } from './errors.ts';
import type { InputItem } from './input.ts';

/**
 * The second turn of a tool loop: `function_call_output` items answering earlier calls, and
 * `mcp_approval_response` items answering approval requests. Calls and requests are looked up
 * in the chained conversation (`previous_response_id`) and in the input itself (client-side
 * history: the client echoes the `function_call` / `mcp_approval_request` items back).
 *
 * Only the pending step is answered: the outputs and decisions after the last user message.
 * In client-side history the input holds every earlier turn too; their outputs and decisions
 * were answered then and are context now, so a new user message is answered instead.
 */

export interface FunctionResult {
  callId: string;
  name: string;
  arguments: string;
  output: string;
}

export interface ApprovalDecision {
  approvalRequestId: string;
  approve: boolean;
  reason: string | null;
  serverLabel: string;
  name: string;
  arguments: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A function output as text: a string, or the text (and a note per image/file) of its parts. */
export function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (!Array.isArray(output)) return JSON.stringify(output ?? null);
  return output
    .map((part: unknown) => {
      if (typeof part !== 'object' || part === null) return '';
      const p = part as Record<string, unknown>;
      if (p.type === 'input_text') return text(p.text);
      return `[${text(p.type) || 'part'}]`;
    })
    .join('\n');
}

/**
 * Where the pending step starts in this request: after its last user message, or at 0 when it
 * has none (the user's message is then in the chained history, before it). The chained history
 * itself is never pending: a stored response already answered it.
 */
function pendingStart(inputItems: readonly InputItem[]): number {
  return inputItems.findLastIndex((item) => item.type === 'message' && item.role === 'user') + 1;
}

/** How an answer item in the input names the item it answers. */
interface Pairing {
  /** The item answered (`function_call`), and its key (`call_id`). */
  asked: string;
  askedKey: (item: InputItem) => unknown;
  /** The answering item (`function_call_output`), and the key it gives (`call_id`). */
  answer: string;
  answerKey: (item: InputItem) => string;
  /** The API's 400 message for an answer to nothing. */
  unmatched: (key: string) => string;
}

/**
 * The answers of the pending step, each with the item it answers. Every answer in the input
 * must match an item asked in the conversation or the input (400 otherwise, as the API does),
 * earlier answers too.
 */
function pendingAnswers(
  inputItems: readonly InputItem[],
  history: readonly InputItem[],
  pairing: Pairing,
): { answer: InputItem; asked: InputItem; key: string }[] {
  const asked = new Map<unknown, InputItem>();
  for (const item of [...history, ...inputItems]) {
    if (item.type === pairing.asked) asked.set(pairing.askedKey(item), item);
  }
  const start = pendingStart(inputItems);
  const pairs: { answer: InputItem; asked: InputItem; key: string }[] = [];
  inputItems.forEach((answer, index) => {
    if (answer.type !== pairing.answer) return;
    const key = pairing.answerKey(answer);
    const match = asked.get(key);
    if (!match) throw new HttpError(400, pairing.unmatched(key), { param: 'input' });
    if (index >= start) pairs.push({ answer, asked: match, key });
  });
  return pairs;
}

/** The function outputs of the pending step, each matched to its call. */
export function functionResults(
  inputItems: readonly InputItem[],
  history: readonly InputItem[],
): FunctionResult[] {
  return pendingAnswers(inputItems, history, {
    asked: 'function_call',
    askedKey: (item) => item.call_id,
    answer: 'function_call_output',
    answerKey: (item) => text(item.call_id),
    unmatched: (id) => `No tool call found for function call output with call_id ${id}.`,
  }).map(({ answer, asked, key }) => ({
    callId: key,
    name: text(asked.name),
    arguments: text(asked.arguments),
    output: outputText(answer.output),
  }));
}

/** The approval decisions of the pending step, each matched to its request. */
export function approvalDecisions(
  inputItems: readonly InputItem[],
  history: readonly InputItem[],
): ApprovalDecision[] {
  return pendingAnswers(inputItems, history, {
    asked: 'mcp_approval_request',
    askedKey: (item) => item.id,
    answer: 'mcp_approval_response',
    answerKey: (item) => text(item.approval_request_id),
    unmatched: (id) =>
      `No approval request found for mcp_approval_response with approval_request_id ${id}.`,
  }).map(({ answer, asked, key }) => ({
    approvalRequestId: key,
    approve: answer.approve === true,
    reason: typeof answer.reason === 'string' ? answer.reason : null,
    serverLabel: text(asked.server_label),
    name: text(asked.name),
    arguments: text(asked.arguments),
  }));
}
