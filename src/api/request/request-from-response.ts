import type { Response } from 'openai/resources/responses/responses';

/** Response fields that echo a request parameter of the same name. */
const ECHOED = [
  'model',
  'instructions',
  'tool_choice',
  'text',
  'reasoning',
  'temperature',
  'top_p',
  'top_logprobs',
  'max_output_tokens',
  'max_tool_calls',
  'parallel_tool_calls',
  'previous_response_id',
  'truncation',
  'background',
  'store',
  'prompt',
  'prompt_cache_key',
  'prompt_cache_retention',
  'safety_identifier',
  'user',
  'conversation',
] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An input item as listed by the server, made sendable again: user-side messages lose the id. */
function sendableItem(item: unknown): unknown {
  if (!isObj(item)) return item;
  if (item.type === 'message' && item.role !== 'assistant') {
    const { id: _id, status: _status, ...rest } = item;
    return rest;
  }
  return item;
}

/**
 * The request a stored response was made from, as far as the response echoes it: its
 * parameters plus the input items the server listed. Unset (null, empty) echoes are left out,
 * so the body holds only what a request would have set.
 */
export function requestFromResponse(response: Response, inputItems: unknown[]): Obj {
  const source = response as unknown as Obj;
  const body: Obj = {};
  for (const key of ECHOED) {
    const value = source[key];
    if (value === null || value === undefined) continue;
    if (isObj(value) && Object.values(value).every((v) => v === null || v === undefined)) continue;
    body[key] = value;
  }
  if (Array.isArray(source.tools) && source.tools.length > 0) body.tools = source.tools;
  if (isObj(source.metadata) && Object.keys(source.metadata).length > 0)
    body.metadata = source.metadata;
  body.input = inputItems.map(sendableItem);
  return body;
}
