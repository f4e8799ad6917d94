import type { Response, ResponseUsage } from 'openai/resources/responses/responses';

export type RequestBody = Record<string, unknown>;

/**
 * Request fields the response object echoes: those the spec's `Response` has (plus `store`, which
 * the recordings show). Inputs (`input`, `include`, `stream`…), request-only settings
 * (`context_management`) and unknown gateway extras are accepted but never copied: validate.ts
 * checks only the known fields, and a Response has no place for the rest.
 */
const ECHOED = new Set([
  'background',
  'instructions',
  'max_output_tokens',
  'max_tool_calls',
  'metadata',
  'model',
  'moderation',
  'parallel_tool_calls',
  'previous_response_id',
  'prompt',
  'prompt_cache_key',
  'prompt_cache_options',
  'prompt_cache_retention',
  'safety_identifier',
  'service_tier',
  'store',
  'temperature',
  'tool_choice',
  'top_logprobs',
  'top_p',
  'truncation',
  'user',
]);

/**
 * The response object as the real API shapes it (see the recordings): every setting with its
 * resolved default, then whatever else the request set, echoed so a user can compare.
 */
export function createResponseObject(body: RequestBody, id: string, createdAt: number): Response {
  const reasoning = (body.reasoning ?? {}) as Record<string, unknown>;
  const text = (body.text ?? {}) as Record<string, unknown>;
  // Field order and resolved defaults as in the recordings.
  const response: Record<string, unknown> = {
    id,
    object: 'response',
    created_at: createdAt,
    status: 'in_progress',
    background: false,
    completed_at: null,
    error: null,
    incomplete_details: null,
    instructions: null,
    max_output_tokens: null,
    max_tool_calls: null,
    model: body.model,
    output: [],
    parallel_tool_calls: true,
    previous_response_id: null,
    prompt_cache_key: null,
    prompt_cache_retention: null,
    reasoning: { effort: null, summary: null },
    safety_identifier: null,
    service_tier: 'default',
    store: true,
    temperature: 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: 'auto',
    tools: [],
    top_logprobs: 0,
    top_p: 1,
    truncation: 'disabled',
    usage: null,
    user: null,
    metadata: {},
  };
  for (const [key, value] of Object.entries(body)) {
    if (ECHOED.has(key) && value !== null && value !== undefined) response[key] = value;
  }
  if (Array.isArray(body.tools)) response.tools = body.tools.map(echoTool);
  response.reasoning = { effort: null, summary: null, ...reasoning };
  response.text = { format: { type: 'text' }, verbosity: 'medium', ...text };
  if (body.service_tier === 'auto') response.service_tier = 'default';
  if (body.conversation !== undefined && body.conversation !== null) {
    response.conversation = conversationRef(body.conversation);
  }
  return response as unknown as Response;
}

/**
 * MCP credentials are write-only, as in the real API (openai-mcp-call.sse echoes
 * `headers: null`): a response object is shown, stored and exported, so it never carries them.
 */
function echoTool(tool: unknown): unknown {
  if (typeof tool !== 'object' || tool === null || (tool as { type?: unknown }).type !== 'mcp') {
    return tool;
  }
  const { authorization: _authorization, ...rest } = tool as Record<string, unknown>;
  return { ...rest, headers: null };
}

/** `conversation` may be an id string or `{id}`; the response always shows the object form. */
function conversationRef(conversation: unknown): unknown {
  return typeof conversation === 'string' ? { id: conversation } : conversation;
}

export function makeUsage(
  inputTokens: number,
  cachedTokens: number,
  outputTokens: number,
  reasoningTokens = 0,
): ResponseUsage {
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: cachedTokens, cache_write_tokens: 0 },
    output_tokens: outputTokens,
    output_tokens_details: { reasoning_tokens: reasoningTokens },
    total_tokens: inputTokens + outputTokens,
  };
}
