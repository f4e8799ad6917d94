import type { ResponseOutputItem } from 'openai/resources/responses/responses';
import { newId } from '../ids.ts';
import { tokenizeJson } from '../tokenize.ts';
import { streamDeltas, type OutputItemPlan } from './item-context.ts';

type McpListTools = Extract<ResponseOutputItem, { type: 'mcp_list_tools' }>;
type McpApprovalRequest = Extract<ResponseOutputItem, { type: 'mcp_approval_request' }>;
type McpCall = Extract<ResponseOutputItem, { type: 'mcp_call' }>;
export type McpToolInfo = McpListTools['tools'][number];

/**
 * An mcp_list_tools item, as in openai-mcp-call.sse: output_item.added (no tools) →
 * mcp_list_tools.in_progress → mcp_list_tools.completed → output_item.done with the tools.
 */
export function mcpListTools(serverLabel: string, tools: readonly McpToolInfo[]): OutputItemPlan {
  return function* (ctx) {
    const id = newId('mcpl');
    const output_index = ctx.outputIndex;
    const item = (list: McpToolInfo[]): McpListTools => ({
      id,
      type: 'mcp_list_tools',
      server_label: serverLabel,
      tools: list,
    });
    yield ctx.emit({ type: 'response.output_item.added', output_index, item: item([]) });
    yield ctx.emit({ type: 'response.mcp_list_tools.in_progress', item_id: id, output_index });
    yield ctx.emit({ type: 'response.mcp_list_tools.completed', item_id: id, output_index });
    const done = item([...tools]);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item: done });
    return { item: done, stop: null };
  };
}

export interface McpCallSpec {
  serverLabel: string;
  name: string;
  arguments: string;
  output: string;
  /** The `mcpr_` id this call was approved with, or null when no approval was needed. */
  approvalRequestId: string | null;
}

/**
 * An mcp_approval_request item: added and done with the same content (the spec has no events of
 * its own for it). The response then completes and waits for an mcp_approval_response.
 */
export function mcpApprovalRequest(spec: Omit<McpCallSpec, 'output' | 'approvalRequestId'>) {
  const plan: OutputItemPlan = function* (ctx) {
    // Key order as in the docs' example.
    const item: McpApprovalRequest = {
      id: newId('mcpr'),
      type: 'mcp_approval_request',
      arguments: spec.arguments,
      name: spec.name,
      server_label: spec.serverLabel,
    };
    const output_index = ctx.outputIndex;
    yield ctx.emit({ type: 'response.output_item.added', output_index, item });
    yield ctx.emit({ type: 'response.output_item.done', output_index, item });
    return { item, stop: null };
  };
  return plan;
}

/**
 * An mcp_call, as in openai-mcp-call.sse: output_item.added → mcp_call.in_progress →
 * mcp_call_arguments.delta… → mcp_call_arguments.done → mcp_call.completed → output_item.done.
 */
export function mcpCall(spec: McpCallSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('mcp');
    const output_index = ctx.outputIndex;
    const where = { item_id: id, output_index };
    // Key order as recorded (that recording has no `status`).
    const item = (args: string, output: string | null): McpCall => ({
      id,
      type: 'mcp_call',
      approval_request_id: spec.approvalRequestId,
      arguments: args,
      error: null,
      name: spec.name,
      output,
      server_label: spec.serverLabel,
    });
    yield ctx.emit({ type: 'response.output_item.added', output_index, item: item('', null) });
    yield ctx.emit({ type: 'response.mcp_call.in_progress', ...where });
    const { text, stop } = yield* streamDeltas(ctx, tokenizeJson(spec.arguments), (delta) => ({
      type: 'response.mcp_call_arguments.delta',
      ...where,
      delta,
    }));
    if (stop === 'drop' || stop === 'fail') return { item: item(text, null), stop };
    yield ctx.emit({ type: 'response.mcp_call_arguments.done', ...where, arguments: text });
    if (stop) {
      const cut = item(text, null);
      yield ctx.emit({ type: 'response.output_item.done', output_index, item: cut });
      return { item: cut, stop };
    }
    yield ctx.emit({ type: 'response.mcp_call.completed', ...where });
    const done = item(text, spec.output);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item: done });
    return { item: done, stop: null };
  };
}
