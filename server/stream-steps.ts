import type { Response, ResponseOutputItem } from 'openai/resources/responses/responses';
import {
  createMeter,
  type EventBody,
  type OutputItemPlan,
  type Step,
  type Stop,
} from './items/item-context.ts';
import type { LogprobSettings } from './items/logprobs.ts';
import { makeUsage } from './response-object.ts';

export type { Step, StreamEvent } from './items/item-context.ts';

export interface Plan {
  response: Response;
  /** The output items, in order: each a generator of its own events. */
  items: readonly OutputItemPlan[];
  maxOutputTokens: number | null;
  inputTokens: number;
  cachedTokens: number;
  obfuscate: boolean;
  /** Token logprobs on output text, when `include` asks for them. */
  logprobs: LogprobSettings | null;
  fault?: { kind: 'drop' | 'fail'; afterTokens: number };
  /** Background mode: created and queued (status `queued`) come before in_progress. */
  queued?: boolean;
}

function withResponse(response: Response, patch: Partial<Response>): Response {
  return { ...response, ...patch };
}

/**
 * The event sequence of the recordings: created → in_progress → each output item's events
 * (output_item.added … output_item.done, at output_index 0, 1, …) → completed (or incomplete
 * when max_output_tokens cut it, or error + failed). Returns the final response.
 */
export function* streamSteps(plan: Plan): Generator<Step, Response> {
  let seq = 0;
  // Key order as in the recordings: type, sequence_number, then the rest.
  const emit = ({ type, ...rest }: EventBody, paced = false): Step => ({
    kind: 'event',
    event: { type, sequence_number: seq++, ...rest },
    paced,
  });
  const base = plan.response;
  if (plan.queued) {
    const queued = withResponse(base, { status: 'queued' });
    yield emit({ type: 'response.created', response: queued });
    yield emit({ type: 'response.queued', response: queued });
  } else {
    yield emit({ type: 'response.created', response: base });
  }
  yield emit({ type: 'response.in_progress', response: base });

  const meter = createMeter(plan.maxOutputTokens, plan.fault);
  const output: ResponseOutputItem[] = [];
  let reasoningTokens = 0;
  let stop: Stop | null = null;
  for (const makeItem of plan.items) {
    const ctx = {
      outputIndex: output.length,
      emit,
      meter,
      obfuscate: plan.obfuscate,
      logprobs: plan.logprobs,
    };
    const result = yield* makeItem(ctx);
    output.push(result.item);
    reasoningTokens += result.reasoningTokens ?? 0;
    stop = result.stop;
    if (stop) break;
  }

  if (stop === 'drop') {
    yield { kind: 'drop' };
    return base;
  }
  const usage = makeUsage(plan.inputTokens, plan.cachedTokens, meter.used, reasoningTokens);
  if (stop === 'fail') return yield* failSteps(emit, base, output, usage);

  const truncated = stop === 'max_output_tokens';
  const final = withResponse(base, {
    status: truncated ? 'incomplete' : 'completed',
    completed_at: truncated ? null : Math.floor(Date.now() / 1000),
    incomplete_details: truncated ? { reason: 'max_output_tokens' } : null,
    output,
    usage,
  });
  yield emit({ type: truncated ? 'response.incomplete' : 'response.completed', response: final });
  return final;
}

/** `local-fail`: the nested `error` event of real traffic, then `response.failed`. */
function* failSteps(
  emit: (event: EventBody) => Step,
  base: Response,
  output: ResponseOutputItem[],
  usage: Response['usage'],
): Generator<Step, Response> {
  const message =
    'The local model failed on purpose (fault model local-fail) after streaming part of its answer.';
  yield emit({
    type: 'error',
    error: { type: 'server_error', code: 'server_error', message, param: null },
  });
  const final = withResponse(base, {
    status: 'failed',
    error: { code: 'server_error', message },
    output,
    usage,
  });
  yield emit({ type: 'response.failed', response: final });
  return final;
}
