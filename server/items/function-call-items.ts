import type { ResponseFunctionToolCall } from 'openai/resources/responses/responses';
import { newCallId, newId } from '../ids.ts';
import { tokenizeJson } from '../tokenize.ts';
import { streamDeltas, type OutputItemPlan } from './item-context.ts';

export interface PlannedCall {
  name: string;
  /** The arguments as a JSON object text. */
  arguments: string;
}

type Status = NonNullable<ResponseFunctionToolCall['status']>;

function callItem(
  id: string,
  status: Status,
  args: string,
  callId: string,
  name: string,
): ResponseFunctionToolCall {
  // Key order as in openai-function-call.sse.
  return { id, type: 'function_call', status, arguments: args, call_id: callId, name };
}

/**
 * A function call, as in openai-function-call.sse: output_item.added (in_progress, empty
 * arguments) → function_call_arguments.delta… → function_call_arguments.done → output_item.done.
 */
export function functionCall(call: PlannedCall): OutputItemPlan {
  return function* (ctx) {
    const id = newId('fc');
    const callId = newCallId();
    const output_index = ctx.outputIndex;
    yield ctx.emit({
      type: 'response.output_item.added',
      output_index,
      item: callItem(id, 'in_progress', '', callId, call.name),
    });
    const { text, stop } = yield* streamDeltas(ctx, tokenizeJson(call.arguments), (delta) => ({
      type: 'response.function_call_arguments.delta',
      item_id: id,
      output_index,
      delta,
    }));
    if (stop === 'drop' || stop === 'fail') {
      return { item: callItem(id, 'incomplete', text, callId, call.name), stop };
    }
    // `name` is not in the recordings but the spec requires it on this event.
    yield ctx.emit({
      type: 'response.function_call_arguments.done',
      item_id: id,
      output_index,
      name: call.name,
      arguments: text,
    });
    const item = callItem(id, stop ? 'incomplete' : 'completed', text, callId, call.name);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item });
    return { item, stop };
  };
}

/** One function_call item per call (parallel calls: output_index 0, 1, … as recorded). */
export function functionCalls(calls: readonly PlannedCall[]): OutputItemPlan[] {
  return calls.map(functionCall);
}
