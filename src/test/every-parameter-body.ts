import { TOOL_TEMPLATES } from '@/api/request/tools.ts';

/**
 * The body the UI sends with every parameter set through the form (e2e/request-builder.spec.ts
 * sets them one by one and expects exactly this); the local server must accept it as valid
 * (server/spec-problem.test.ts).
 */
export function everyParameterBody(previousId?: string): Record<string, unknown> {
  return {
    model: 'local-echo',
    stream: true,
    input: 'every parameter',
    instructions: 'Be brief.',
    temperature: 0.7,
    top_p: 0.9,
    top_logprobs: 3,
    max_output_tokens: 500,
    text: {
      format: {
        type: 'json_schema',
        name: 'weather_report',
        description: 'A weather report',
        schema: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        },
        strict: true,
      },
      verbosity: 'low',
    },
    include: ['message.output_text.logprobs', 'reasoning.encrypted_content'],
    stream_options: { include_obfuscation: false },
    reasoning: {
      effort: 'high',
      summary: 'auto',
      generate_summary: 'concise',
      mode: 'standard',
      context: 'all_turns',
    },
    // The function tool as the editor's toggle adds it.
    tools: [TOOL_TEMPLATES.function?.() ?? {}],
    tool_choice: 'required',
    parallel_tool_calls: false,
    max_tool_calls: 4,
    ...(previousId === undefined ? {} : { previous_response_id: previousId }),
    store: true,
    background: false,
    context_management: [{ type: 'compaction', compact_threshold: 2000 }],
    truncation: 'auto',
    prompt_cache_key: 'cache-key-1',
    prompt_cache_retention: '24h',
    prompt_cache_options: { ttl: '30m', mode: 'explicit' },
    safety_identifier: 'user-hash-1',
    user: 'legacy-user',
    moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'block' } } },
    metadata: { team: 'playground "qa" $HOME' },
    service_tier: 'flex',
    prompt: { id: 'pmpt_123', version: '2', variables: { city: 'Paris' } },
  };
}
