import { HttpError } from './errors.ts';
import type { InputItem } from './input.ts';

/**
 * The second turn of a tool loop: `function_call_output` items answering earlier calls, and
 * `mcp_approval_response` items answering approval requests. Calls and requests are looked up
 * in the chained conversation (`previous_response_id`) and in the input itself (client-side
 * history: the client echoes the `function_call` / `mcp_approval_request` items back).
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

/** The function outputs of this turn, each matched to its call; 400 when a call is unknown. */
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
  return inputItems
    .filter((item) => item.type === 'function_call_output')
    .map((item) => {
      const callId = text(item.call_id);
      const call = calls.get(callId);
      if (!call) {
        throw new HttpError(
          400,
          `No tool call found for function call output with call_id ${callId}.`,
          { param: 'input' },
        );
      }
      return {
        callId,
        name: text(call.name),
        arguments: text(call.arguments),
        output: outputText(item.output),
      };
    });
}

/** The approval decisions of this turn, each matched to its request; 400 when one is unknown. */
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
  return inputItems
    .filter((item) => item.type === 'mcp_approval_response')
    .map((item) => {
      const id = text(item.approval_request_id);
      const request = requests.get(id);
      if (!request) {
        throw new HttpError(
          400,
          `No approval request found for mcp_approval_response with approval_request_id ${id}.`,
          { param: 'input' },
        );
      }
      return {
        approvalRequestId: id,
        approve: item.approve === true,
        reason: typeof item.reason === 'string' ? item.reason : null,
        serverLabel: text(request.server_label),
        name: text(request.name),
        arguments: text(request.arguments),
      };
    });
}
