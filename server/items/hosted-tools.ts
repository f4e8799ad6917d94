import type {
  ResponseCodeInterpreterToolCall,
  ResponseFileSearchToolCall,
  ResponseFunctionWebSearch,
  ResponseOutputItem,
} from 'openai/resources/responses/responses';
import { newId } from '../ids.ts';
import { tokenize } from '../tokenize.ts';
import { streamDeltas, type ItemContext, type OutputItemPlan, type Step } from './item-context.ts';

/** `response.<kind>.<stage>` events of a hosted tool call: `{item_id, output_index}` only. */
function* stages(ctx: ItemContext, id: string, kind: string, names: readonly string[]) {
  for (const name of names) {
    yield ctx.emit({
      type: `response.${kind}.${name}`,
      item_id: id,
      output_index: ctx.outputIndex,
    });
  }
}

/** added (in_progress) → the status events → done: the shape every hosted search call shares. */
function* simpleCall<T extends ResponseOutputItem>(
  ctx: ItemContext,
  kind: string,
  added: T,
  done: T,
): Generator<Step, { item: T; stop: null }> {
  const output_index = ctx.outputIndex;
  yield ctx.emit({ type: 'response.output_item.added', output_index, item: added });
  yield* stages(ctx, added.id ?? '', kind, ['in_progress', 'searching', 'completed']);
  yield ctx.emit({ type: 'response.output_item.done', output_index, item: done });
  return { item: done, stop: null };
}

export interface WebSearchSpec {
  query: string;
  /** Listed in `action.sources` when `include` has `web_search_call.action.sources`. */
  sources: readonly string[] | null;
}

/** A web_search_call, as in openai-web-search.sse: in_progress → searching → completed. */
export function webSearchCall(spec: WebSearchSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('ws');
    const action = {
      type: 'search' as const,
      queries: [spec.query],
      query: spec.query,
      ...(spec.sources
        ? { sources: spec.sources.map((url) => ({ type: 'url' as const, url })) }
        : {}),
    };
    const added = {
      id,
      type: 'web_search_call',
      status: 'in_progress',
      action: { type: 'search' },
    };
    const done = { id, type: 'web_search_call', status: 'completed', action };
    return yield* simpleCall(
      ctx,
      'web_search_call',
      added as unknown as ResponseFunctionWebSearch,
      done as ResponseFunctionWebSearch,
    );
  };
}

export interface FileSearchSpec {
  queries: readonly string[];
  /** Set when `include` has `file_search_call.results`; null otherwise (as recorded). */
  results: ResponseFileSearchToolCall['results'];
}

/** A file_search_call, as in openai-file-search.sse: in_progress → searching → completed. */
export function fileSearchCall(spec: FileSearchSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('fs');
    const item = (status: 'in_progress' | 'completed'): ResponseFileSearchToolCall => ({
      id,
      type: 'file_search_call',
      status,
      queries: status === 'completed' ? [...spec.queries] : [],
      results: status === 'completed' ? spec.results : null,
    });
    return yield* simpleCall(ctx, 'file_search_call', item('in_progress'), item('completed'));
  };
}

export interface CodeInterpreterSpec {
  code: string;
  containerId: string;
  /** Set when `include` has `code_interpreter_call.outputs`; null otherwise (as recorded). */
  outputs: ResponseCodeInterpreterToolCall['outputs'];
}

/**
 * A code_interpreter_call, as in openai-code-interpreter.sse: output_item.added → in_progress →
 * code_interpreter_call_code.delta… → .done → interpreting → completed → output_item.done.
 */
export function codeInterpreterCall(spec: CodeInterpreterSpec): OutputItemPlan {
  return function* (ctx) {
    const id = newId('ci');
    const output_index = ctx.outputIndex;
    const item = (
      status: ResponseCodeInterpreterToolCall['status'],
      code: string,
      outputs: ResponseCodeInterpreterToolCall['outputs'],
    ): ResponseCodeInterpreterToolCall => ({
      id,
      type: 'code_interpreter_call',
      status,
      code,
      container_id: spec.containerId,
      outputs,
    });
    yield ctx.emit({
      type: 'response.output_item.added',
      output_index,
      item: item('in_progress', '', null),
    });
    yield* stages(ctx, id, 'code_interpreter_call', ['in_progress']);
    const { text, stop } = yield* streamDeltas(ctx, tokenize(spec.code), (delta) => ({
      type: 'response.code_interpreter_call_code.delta',
      item_id: id,
      output_index,
      delta,
    }));
    if (stop === 'drop' || stop === 'fail') return { item: item('incomplete', text, null), stop };
    yield ctx.emit({
      type: 'response.code_interpreter_call_code.done',
      item_id: id,
      output_index,
      code: text,
    });
    if (stop) {
      const cut = item('incomplete', text, null);
      yield ctx.emit({ type: 'response.output_item.done', output_index, item: cut });
      return { item: cut, stop };
    }
    yield* stages(ctx, id, 'code_interpreter_call', ['interpreting', 'completed']);
    const done = item('completed', text, spec.outputs);
    yield ctx.emit({ type: 'response.output_item.done', output_index, item: done });
    return { item: done, stop: null };
  };
}
