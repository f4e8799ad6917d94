import type { ResponseCreateParamsBase } from 'openai/resources/responses/responses';

// A Record over keyof: tsc fails here when the installed SDK adds or drops a parameter.
const KNOWN: Record<keyof ResponseCreateParamsBase, true> = {
  background: true,
  context_management: true,
  conversation: true,
  include: true,
  input: true,
  instructions: true,
  max_output_tokens: true,
  metadata: true,
  model: true,
  moderation: true,
  parallel_tool_calls: true,
  previous_response_id: true,
  prompt: true,
  prompt_cache_key: true,
  prompt_cache_options: true,
  prompt_cache_retention: true,
  reasoning: true,
  safety_identifier: true,
  service_tier: true,
  store: true,
  stream: true,
  stream_options: true,
  temperature: true,
  text: true,
  tool_choice: true,
  tools: true,
  top_logprobs: true,
  top_p: true,
  truncation: true,
  user: true,
};

/**
 * Top-level parameters the `openai` SDKs (TypeScript and Python, generated from the same spec)
 * take by name; others (a gateway's own) go in as `@ts-expect-error` lines or `extra_body`.
 */
export const SDK_PARAMS: ReadonlySet<string> = new Set(Object.keys(KNOWN));
