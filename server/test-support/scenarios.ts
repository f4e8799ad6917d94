/** One request per thing the local models simulate, for tests that check every scenario. */

export const WEATHER_TOOL = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    },
    required: ['city', 'unit'],
    additionalProperties: false,
  },
  strict: true,
};

export const CITY_SCHEMA = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    population: { type: 'integer', minimum: 0 },
    landmarks: { type: 'array', items: { type: 'string' } },
  },
  required: ['city', 'population', 'landmarks'],
  additionalProperties: false,
};

export const SCENARIOS = {
  'plain echo': { model: 'local-echo', input: 'hello' },
  'function call': { model: 'local-echo', tools: [WEATHER_TOOL], input: 'Weather in Oslo?' },
  'parallel function calls': {
    model: 'local-echo',
    tools: [WEATHER_TOOL],
    input: 'Weather in Paris and Tokyo?',
  },
  'json_schema output': {
    model: 'local-echo',
    input: 'Tell me about Lyon',
    text: {
      format: { type: 'json_schema', name: 'city_report', schema: CITY_SCHEMA, strict: true },
    },
  },
  'json_object output': {
    model: 'local-echo',
    input: 'JSON please',
    text: { format: { type: 'json_object' } },
  },
  'web search': {
    model: 'local-echo',
    tools: [{ type: 'web_search_preview' }],
    include: ['web_search_call.action.sources'],
    input: 'Search the web for Hono',
  },
  'file search': {
    model: 'local-echo',
    tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }],
    include: ['file_search_call.results'],
    input: 'What do my documents say?',
  },
  'code interpreter': {
    model: 'local-echo',
    tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
    include: ['code_interpreter_call.outputs'],
    input: 'Calculate something in python',
  },
  'image generation': {
    model: 'local-echo',
    tools: [{ type: 'image_generation', partial_images: 2 }],
    input: 'Draw a lighthouse',
  },
  'mcp call': {
    model: 'local-echo',
    tools: [
      {
        type: 'mcp',
        server_label: 'dice',
        server_url: 'https://x.test',
        require_approval: 'never',
      },
    ],
    input: 'Roll with dice',
  },
  'mcp approval request': {
    model: 'local-echo',
    tools: [{ type: 'mcp', server_label: 'dice', server_url: 'https://x.test' }],
    input: 'Roll with dice',
  },
  'reasoning summary': {
    model: 'local-long',
    reasoning: { effort: 'low', summary: 'detailed' },
    include: ['reasoning.encrypted_content'],
    input: 'write 60 tokens',
  },
  'reasoning then function call': {
    model: 'local-echo',
    reasoning: { summary: 'auto' },
    tools: [WEATHER_TOOL],
    input: 'weather in Rome',
  },
  refusal: { model: 'local-echo', input: 'REFUSE' },
  'hostile output': { model: 'local-hostile', input: 'my secret plan' },
} as const;
