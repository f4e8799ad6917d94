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

/**
 * The function outputs of the pending step, each matched to its call. Every output in the input
 * must match a call (400 otherwise, as the API does), earlier ones too.
 */
export function functionResults(
  inputItems: readonly InputItem[],
  history: readonly InputItem[],
): FunctionResult[] {
  const calls = new Map<string, InputItem>();
  for (const item of [...history, ...inputItems]) {
    if (item.type === 'function_call' && typeof item.call_id === 'string') {
      calls.set(item.call_id, item);
    }
  }
  const start = pendingStart(inputItems);
  const results: FunctionResult[] = [];
  inputItems.forEach((item, index) => {
    if (item.type !== 'function_call_output') return;
    const callId = text(item.call_id);
    const call = calls.get(callId);
    if (!call) {
      throw new HttpError(
        400,
        `No tool call found for function call output with call_id ${callId}.`,
        {
          param: 'input',
        },
      );
    }
    if (index < start) return;
    results.push({
      callId,
      name: text(call.name),
      arguments: text(call.arguments),
      output: outputText(item.output),
    });
  });
  return results;
}

/**
 * The approval decisions of the pending step, each matched to its request. Every response in
 * the input must match a request (400 otherwise), earlier ones too.
 */
export function approvalDecisions(
  inputItems: readonly InputItem[],
  history: readonly InputItem[],
): ApprovalDecision[] {
  const requests = new Map<string, InputItem>();
  for (const item of [...history, ...inputItems]) {
    if (item.type === 'mcp_approval_request' && typeof item.id === 'string') {
      requests.set(item.id, item);
    }
  }
  const start = pendingStart(inputItems);
  const decisions: ApprovalDecision[] = [];
  inputItems.forEach((item, index) => {
    if (item.type !== 'mcp_approval_response') return;
    const id = text(item.approval_request_id);
    const request = requests.get(id);
    if (!request) {
      throw new HttpError(
        400,
        `No approval request found for mcp_approval_response with approval_request_id ${id}.`,
        { param: 'input' },
      );
    }
    if (index < start) return;
    decisions.push({
      approvalRequestId: id,
      approve: item.approve === true,
      reason: typeof item.reason === 'string' ? item.reason : null,
      serverLabel: text(request.server_label),
      name: text(request.name),
      arguments: text(request.arguments),
    });
  });
  return decisions;
}
