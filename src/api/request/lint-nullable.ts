/**
 * Parameters whose spec schema has no `null` alternative. Everything else in `CreateResponse` is
 * `anyOf: [X, { type: 'null' }]`, so `null` there means "not set". Notable: `top_logprobs` is
 * nullable in ModelResponseProperties but CreateModelResponseProperties redeclares it as a plain
 * integer, and allOf needs both, so the spec rejects `null`. request-spec.test.ts checks this list.
 */
const NOT_NULLABLE: ReadonlySet<string> = new Set([
  'model',
  'input',
  'top_logprobs',
  'user',
  'tools',
  'tool_choice',
  'text',
  'text.format',
  'text.format.type',
  'text.format.name',
  'text.format.schema',
  'text.format.description',
  'reasoning.mode',
  'stream_options.include_obfuscation',
  'prompt.id',
  'prompt_cache_options',
  'prompt_cache_options.ttl',
  'prompt_cache_options.mode',
  'moderation.model',
]);

export function acceptsNull(path: string): boolean {
  return !NOT_NULLABLE.has(path);
}
