import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setPath, type JsonObject } from './body-path.ts';
import { DEPRECATED_REPLACEMENTS } from './lint-deprecated.ts';
import { hasErrors, lintRequest, type LintFinding } from './lint-request.ts';
import { PARAMS, findParam } from './param-catalog.ts';
import { isKnownReasoningModel } from './reasoning-models.ts';
import type { RequestBody } from './request-draft.ts';
import { withoutRequestSecrets } from '../security/redact.ts';

const BASE: RequestBody = { model: 'gpt-4o', input: 'Hi' };

/** The base body with the given parameters set at their (dotted) paths. */
function body(params: Record<string, unknown>, base: RequestBody = BASE): RequestBody {
  return Object.entries(params).reduce<RequestBody>((b, [path, v]) => setPath(b, path, v), base);
}

/** "error temperature", "warning input": what the lint says, compactly. */
function said(b: RequestBody): string[] {
  return lintRequest(b).map((f) => `${f.severity} ${f.param}`);
}

function findingsOn(b: RequestBody, param: string): LintFinding[] {
  return lintRequest(b).filter((f) => f.param === param);
}

const messagesOn = (b: RequestBody, param: string) => findingsOn(b, param).map((f) => f.message);

describe('model', () => {
  it('accepts a body with a model and input: no findings at all', () => {
    expect(lintRequest(BASE)).toEqual([]);
  });

  it.each(['', '   ', '\n\t'])(
    'makes a blank model (%j) an error that says what to do',
    (model) => {
      const findings = lintRequest({ model, input: 'Hi' });
      expect(findings).toEqual([
        {
          param: 'model',
          severity: 'error',
          message: 'model is required: pick one from the list or type its id.',
        },
      ]);
      expect(hasErrors(findings)).toBe(true);
    },
  );

  it('makes a missing or non-string model an error', () => {
    expect(said({ input: 'Hi' })).toEqual(['error model']);
    expect(said({ model: 42, input: 'Hi' })).toEqual(['error model']);
    expect(said({ model: null, input: 'Hi' })).toEqual(['error model']);
  });

  it('blocks Send exactly when the model is blank (any model, any text input)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (model, input) => {
        const findings = lintRequest({ model, input });
        expect(hasErrors(findings)).toBe(model.trim() === '');
        for (const f of findings) expect(f.severity === 'error').toBe(f.param === 'model');
      }),
    );
  });
});

describe('input', () => {
  it.each([['  '], [''], [[]], [null], [undefined]])(
    'warns (without blocking) when input is %j',
    (input) => {
      const b = input === undefined ? { model: 'm' } : { model: 'm', input };
      expect(findingsOn(b, 'input').some((f) => f.severity === 'warning')).toBe(true);
    },
  );

  it('says what to do about an empty input', () => {
    expect(messagesOn({ model: 'm', input: '' }, 'input')).toEqual([
      'input is empty: the model gets nothing to answer. Type a message, or continue from a previous_response_id, conversation or prompt.',
    ]);
    expect(hasErrors(lintRequest({ model: 'm', input: '' }))).toBe(false);
  });

  it('does not warn for text, items, or a previous_response_id, conversation or prompt', () => {
    expect(lintRequest({ model: 'm', input: [{ role: 'user', content: 'Hi' }] })).toEqual([]);
    expect(lintRequest({ model: 'm', previous_response_id: 'resp_1' })).toEqual([]);
    expect(lintRequest({ model: 'm', conversation: 'conv_1' })).toEqual([]);
    expect(lintRequest({ model: 'm', prompt: { id: 'pmpt_1' } })).toEqual([]);
  });

  it('counts a null previous_response_id, conversation or prompt as not set', () => {
    expect(said({ model: 'm', previous_response_id: null, conversation: null })).toEqual([
      'warning input',
    ]);
  });

  it('makes an input that is neither text nor a list an error', () => {
    expect(said({ model: 'm', input: 42 })).toContain('error input');
    expect(said({ model: 'm', input: { role: 'user' } })).toContain('error input');
    expect(said({ model: 'm', input: null })).toContain('error input');
  });

  it('does not lint the contents of input items (lintInput does)', () => {
    expect(lintRequest({ model: 'm', input: [{ nonsense: true }, 42] })).toEqual([]);
  });
});

describe('ranges and lengths from the spec', () => {
  it.each([
    ['temperature', [0, 0.7, 2], [-0.1, 2.01, 100]],
    ['top_p', [0, 0.5, 1], [-0.01, 1.5]],
    ['top_logprobs', [0, 5, 20], [-1, 21, 2.5]],
    ['max_output_tokens', [16, 4096], [15, 0, -1, 16.5]],
    ['max_tool_calls', [0, 10], [-1, 1.5]],
  ] as const)('%s: accepts %j, rejects %j with the range', (path, good, bad) => {
    for (const v of good) {
      expect(findingsOn(body({ [path]: v }), path).filter((f) => f.severity === 'error')).toEqual(
        [],
      );
    }
    for (const v of bad) {
      const errors = findingsOn(body({ [path]: v }), path).filter((f) => f.severity === 'error');
      expect(errors, `${path} = ${v}`).toHaveLength(1);
      expect(errors[0]?.message).toContain(String(v));
    }
  });

  it('says the range to use', () => {
    expect(messagesOn(body({ temperature: 3 }), 'temperature')).toEqual([
      'Set temperature between 0 and 2 (it is 3).',
    ]);
    expect(messagesOn(body({ max_output_tokens: 8 }), 'max_output_tokens')).toEqual([
      'Set max_output_tokens to 16 or more (it is 8).',
    ]);
    const logprobs = { include: ['message.output_text.logprobs'] };
    expect(messagesOn(body({ top_logprobs: 2.5, ...logprobs }), 'top_logprobs')).toEqual([
      'Set top_logprobs to a whole number between 0 and 20 (it is 2.5).',
    ]);
  });

  it('takes the limits from PARAMS (the spec), not from the test', () => {
    expect(findParam('temperature')).toMatchObject({ min: 0, max: 2 });
    expect(findParam('top_p')).toMatchObject({ min: 0, max: 1 });
    expect(findParam('top_logprobs')).toMatchObject({ min: 0, max: 20, integer: true });
    expect(findParam('max_output_tokens')).toMatchObject({ min: 16, integer: true });
    expect(findParam('safety_identifier')).toMatchObject({ maxLength: 64 });
  });

  it('limits safety_identifier to 64 characters, counted as the spec does (code points)', () => {
    expect(findingsOn(body({ safety_identifier: 'u'.repeat(64) }), 'safety_identifier')).toEqual(
      [],
    );
    expect(findingsOn(body({ safety_identifier: '😀'.repeat(64) }), 'safety_identifier')).toEqual(
      [],
    );
    expect(messagesOn(body({ safety_identifier: 'u'.repeat(65) }), 'safety_identifier')).toEqual([
      'safety_identifier is 65 characters long: shorten it to 64 or fewer.',
    ]);
  });
});

describe('context_management', () => {
  it('accepts compaction entries, with or without a threshold of at least 1000', () => {
    for (const entries of [
      [{ type: 'compaction' }],
      [{ type: 'compaction', compact_threshold: 1000 }],
      [{ type: 'compaction', compact_threshold: null }],
    ]) {
      expect(lintRequest(body({ context_management: entries }))).toEqual([]);
    }
    expect(lintRequest(body({ context_management: null }))).toEqual([]);
  });

  it('needs at least one entry', () => {
    expect(messagesOn(body({ context_management: [] }), 'context_management')).toEqual([
      'context_management needs at least one entry: add a compaction entry, or remove it.',
    ]);
  });

  it.each([
    [{ type: 'compaction', compact_threshold: 999 }],
    [{ type: 'compaction', compact_threshold: 1500.5 }],
    [{ type: 'compaction', compact_threshold: '2000' }],
    [{ compact_threshold: 2000 }],
    ['compaction'],
  ])('rejects the entry %j', (entry) => {
    expect(said(body({ context_management: [entry] }))).toEqual(['error context_management']);
  });

  it('rejects a context_management that is not a list', () => {
    expect(said(body({ context_management: { type: 'compaction' } }))).toEqual([
      'error context_management',
    ]);
  });

  it('warns about an entry type the spec does not know', () => {
    expect(said(body({ context_management: [{ type: 'summarize' }] }))).toEqual([
      'warning context_management',
    ]);
  });
});

/** A value of the wrong JSON type for each kind of control. */
function wrongValue(kind: string, jsonType?: string): unknown {
  const wrong: Partial<Record<string, unknown>> = {
    number: '0.5',
    boolean: 'false',
    text: 5,
    textarea: true,
    enum: 3,
    'multi-enum': 'message.output_text.logprobs',
    'key-value': ['a'],
    'id-or-json': 7,
    'context-management': 'compaction',
    json: jsonType === 'array' ? { type: 'function' } : [],
    tools: { type: 'function' },
    'tool-choice': 3,
    schema: [],
  };
  return wrong[kind];
}

/** Every parent a control lives in is there (and complete), so a wrong leaf is what is wrong. */
const FULL: RequestBody = {
  model: 'o3',
  input: 'Hi',
  stream: true,
  text: { format: { type: 'json_schema', name: 'n', schema: {} } },
  prompt: { id: 'pmpt_1' },
  moderation: { model: 'omni-moderation-latest' },
};

describe('JSON types', () => {
  const typed = PARAMS.filter((p) => !['model', 'input'].includes(p.path));

  it('has a wrong value for every kind of control', () => {
    for (const p of typed) expect(wrongValue(p.kind, p.jsonType), p.path).toBeDefined();
  });

  it.each(typed.map((p) => [p.path, p.kind, p.jsonType]))(
    'makes a wrong type for %s (%s) an error on that param',
    (path, kind, jsonType) => {
      const b = body({ [path]: wrongValue(kind, jsonType) }, FULL);
      expect(findingsOn(b, path).map((f) => f.severity)).toContain('error');
    },
  );

  it('names the type expected and the type found', () => {
    expect(messagesOn(body({ temperature: '0.5' }), 'temperature')).toEqual([
      'temperature must be a number between 0 and 2, not a string.',
    ]);
    expect(messagesOn(body({ store: 'false' }), 'store')).toEqual([
      'store must be true or false, not a string.',
    ]);
  });

  it('rejects non-finite numbers (an emptied number field)', () => {
    expect(said(body({ temperature: Number.NaN }))).toEqual(['error temperature']);
  });

  it('accepts null where the spec does, and rejects it where it does not', () => {
    expect(lintRequest(body({ temperature: null, store: null, reasoning: null }))).toEqual([]);
    expect(said(body({ top_logprobs: null }))).toEqual(['error top_logprobs']);
    expect(said(body({ user: null }))).toEqual(['error user']);
    expect(said(body({ 'reasoning.mode': null }, { model: 'o3', input: 'Hi' }))).toEqual([
      'error reasoning.mode',
    ]);
  });

  it('makes an object that holds controls but is not an object an error', () => {
    expect(said(body({ reasoning: 'high' }))).toEqual(['error reasoning']);
    expect(said(body({ text: null }))).toEqual(['error text']);
    expect(said(body({ prompt_cache_options: [] }))).toEqual(['error prompt_cache_options']);
  });

  it('makes a non-string include entry an error', () => {
    expect(said(body({ include: [1] }))).toEqual(['error include']);
  });
});

describe('enum values the spec does not list', () => {
  const enums = PARAMS.filter((p) => p.kind === 'enum' && p.path !== 'tool_choice');

  it.each(enums.map((p) => [p.path]))('%s: an unknown value is a warning, not an error', (path) => {
    const b = body({ [path]: 'from_a_gateway' }, { model: 'o3', input: 'Hi' });
    const findings = findingsOn(b, path);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.message.includes('"from_a_gateway" is not a value'))).toBe(true);
  });

  it.each(enums.map((p) => [p.path, p.options ?? []]))(
    '%s: every listed value is accepted',
    (path, options) => {
      for (const option of options) {
        const b = body({ [path]: option }, { model: 'o3', input: 'Hi' });
        expect(findingsOn(b, path).filter((f) => !f.message.includes('deprecated'))).toEqual([]);
      }
    },
  );

  it('checks each include entry against the spec’s list', () => {
    expect(lintRequest(body({ include: ['reasoning.encrypted_content'] }))).toEqual([]);
    expect(said(body({ include: ['reasoning.encrypted_content', 'x.y'] }))).toEqual([
      'warning include',
    ]);
  });
});

describe('conversation and previous_response_id', () => {
  it('makes both together an error on both params', () => {
    expect(said(body({ conversation: 'conv_1', previous_response_id: 'resp_1' }))).toEqual([
      'error conversation',
      'error previous_response_id',
    ]);
  });

  it('accepts either alone', () => {
    expect(lintRequest(body({ conversation: 'conv_1' }))).toEqual([]);
    expect(lintRequest(body({ conversation: { id: 'conv_1' } }))).toEqual([]);
    expect(lintRequest(body({ previous_response_id: 'resp_1' }))).toEqual([]);
    expect(lintRequest(body({ conversation: null, previous_response_id: 'resp_1' }))).toEqual([]);
  });

  it.each([[''], [{}], [{ id: 5 }], [[]], [true]])(
    'makes a conversation %j an error',
    (conversation) => {
      expect(said(body({ conversation }))).toEqual(['error conversation']);
    },
  );
});

describe('top_logprobs and include', () => {
  it('warns when top_logprobs is set without message.output_text.logprobs in include', () => {
    expect(said(body({ top_logprobs: 5 }))).toEqual(['warning top_logprobs']);
    expect(said(body({ top_logprobs: 5, include: ['reasoning.encrypted_content'] }))).toEqual([
      'warning top_logprobs',
    ]);
  });

  it('does not warn when include asks for the logprobs', () => {
    expect(
      lintRequest(body({ top_logprobs: 5, include: ['message.output_text.logprobs'] })),
    ).toEqual([]);
  });
});

describe('stream_options', () => {
  it('is an error without stream: true, shown at the option the user set', () => {
    for (const stream of [undefined, false]) {
      const b = body({ stream, 'stream_options.include_obfuscation': false });
      expect(said(b)).toEqual(['error stream_options.include_obfuscation']);
    }
    expect(said(body({ stream_options: {} }))).toEqual(['error stream_options']);
  });

  it('is fine with stream: true, and a null stream_options is not set', () => {
    expect(
      lintRequest(body({ stream: true, 'stream_options.include_obfuscation': false })),
    ).toEqual([]);
    expect(lintRequest(body({ stream_options: null }))).toEqual([]);
  });
});

describe('background and store', () => {
  it('makes background: true with store: false an error on both', () => {
    expect(said(body({ background: true, store: false }))).toEqual([
      'error background',
      'error store',
    ]);
  });

  it('accepts background with store on or unset, and store off without background', () => {
    expect(lintRequest(body({ background: true, store: true }))).toEqual([]);
    expect(lintRequest(body({ background: true }))).toEqual([]);
    expect(lintRequest(body({ background: false, store: false }))).toEqual([]);
  });
});

describe('temperature and top_p', () => {
  it('warns on both when both are changed from the default', () => {
    expect(said(body({ temperature: 0.2, top_p: 0.9 }))).toEqual([
      'warning temperature',
      'warning top_p',
    ]);
    expect(messagesOn(body({ temperature: 0.2, top_p: 0.9 }), 'temperature')[0]).toContain(
      'change one, not both',
    );
  });

  it('does not warn when one is at its default or unset', () => {
    expect(lintRequest(body({ temperature: 0.2, top_p: 1 }))).toEqual([]);
    expect(lintRequest(body({ temperature: 1, top_p: 0.3 }))).toEqual([]);
    expect(lintRequest(body({ temperature: 0.2 }))).toEqual([]);
    expect(lintRequest(body({ temperature: 0.2, top_p: null }))).toEqual([]);
  });
});

describe('reasoning options and the model', () => {
  it('warns at each reasoning option set on a model not known to reason', () => {
    const b = body({ 'reasoning.effort': 'high', 'reasoning.summary': 'auto' });
    expect(said(b)).toEqual(['warning reasoning.effort', 'warning reasoning.summary']);
    expect(messagesOn(b, 'reasoning.effort')[0]).toContain('"gpt-4o"');
    expect(said(body({ model: 'local-echo', 'reasoning.effort': 'low' }))).toEqual([
      'warning reasoning.effort',
    ]);
  });

  it('does not warn on a reasoning model, or when the reasoning options are null', () => {
    expect(lintRequest(body({ model: 'o3', 'reasoning.effort': 'high' }))).toEqual([]);
    expect(lintRequest(body({ model: 'gpt-5.1', 'reasoning.summary': 'auto' }))).toEqual([]);
    expect(lintRequest(body({ 'reasoning.effort': null }))).toEqual([]);
    expect(lintRequest(body({ reasoning: null }))).toEqual([]);
  });

  it.each([
    'o1',
    'o1-pro',
    'o3-mini',
    'o4-mini-2025-04-16',
    'o3-deep-research',
    'gpt-5',
    'gpt-5.1-codex-max',
    'GPT-5-mini',
    'codex-mini-latest',
    'gpt-oss-120b',
    'openai/gpt-oss-20b',
    'o4-mini-deep-research',
    'computer-use-preview',
    'deepseek-r1',
    'deepseek-reasoner',
    'qwen3-thinking',
    'ft:o4-mini:acme::abc123',
  ])('knows %s reasons', (model) => {
    expect(isKnownReasoningModel(model)).toBe(true);
  });

  it.each([
    'gpt-4o',
    'gpt-4.1-mini',
    'gpt-3.5-turbo',
    'chatgpt-4o-latest',
    'local-echo',
    'local-reasoner',
    'local-think',
    'omni-moderation-latest',
    'foo1',
    'pro3',
  ])('knows %s does not', (model) => {
    expect(isKnownReasoningModel(model)).toBe(false);
  });
});

describe('metadata', () => {
  const pairs = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

  it('accepts up to 16 string pairs within the lengths', () => {
    expect(lintRequest(body({ metadata: pairs(16) }))).toEqual([]);
    expect(lintRequest(body({ metadata: { ['k'.repeat(64)]: 'v'.repeat(512) } }))).toEqual([]);
    expect(lintRequest(body({ metadata: null }))).toEqual([]);
  });

  it('rejects a 17th pair', () => {
    expect(messagesOn(body({ metadata: pairs(17) }), 'metadata')).toEqual([
      'metadata has 17 pairs; at most 16 are allowed: remove 1.',
    ]);
  });

  it('names the key that is too long, or whose value is too long or not a string', () => {
    const longKey = 'k'.repeat(65);
    const [keyMessage] = messagesOn(body({ metadata: { [longKey]: 'v' } }), 'metadata');
    expect(keyMessage).toContain('65 characters');
    expect(keyMessage).toContain('kkkk');
    expect(messagesOn(body({ metadata: { note: 'v'.repeat(513) } }), 'metadata')).toEqual([
      'metadata value of "note" is 513 characters long: shorten it to 512 or fewer.',
    ]);
    expect(messagesOn(body({ metadata: { count: 3 } }), 'metadata')).toEqual([
      'metadata value of "count" must be a string, not a number: put it in quotes.',
    ]);
  });

  it('rejects a metadata that is not a map', () => {
    expect(said(body({ metadata: 'a=b' }))).toEqual(['error metadata']);
    expect(said(body({ metadata: [] }))).toEqual(['error metadata']);
  });
});

describe('prompt', () => {
  it('accepts string variables and input content parts', () => {
    const variables = {
      city: 'Paris',
      note: { type: 'input_text', text: 'hello' },
      photo: { type: 'input_image', detail: 'auto', image_url: 'https://x/y.png' },
      doc: { type: 'input_file', file_id: 'file_1' },
    };
    expect(lintRequest(body({ prompt: { id: 'pmpt_1', variables } }))).toEqual([]);
  });

  it('names the variable whose value is not a string or a valid part', () => {
    expect(
      messagesOn(body({ prompt: { id: 'p', variables: { n: 3 } } }), 'prompt.variables'),
    ).toEqual([
      'prompt.variables "n" must be a string (or an input_text, input_image or input_file part), not a number.',
    ]);
    expect(said(body({ prompt: { id: 'p', variables: { t: { type: 'input_text' } } } }))).toEqual([
      'error prompt.variables',
    ]);
  });

  it('applies the key-value limits of PARAMS to prompt.variables', () => {
    const { pairs } = findParam('prompt.variables') ?? {};
    expect(pairs).toBeDefined();
    const max = pairs?.max ?? 0;
    const many = Object.fromEntries(Array.from({ length: max + 1 }, (_, i) => [`v${i}`, 'x']));
    expect(said(body({ prompt: { id: 'p', variables: many } }))).toEqual([
      'error prompt.variables',
    ]);
  });

  it('requires prompt.id when a version or variables are set', () => {
    expect(said(body({ 'prompt.version': '2' }))).toEqual(['error prompt.id']);
    expect(said(body({ 'prompt.variables': { a: 'b' } }))).toEqual(['error prompt.id']);
    expect(lintRequest(body({ 'prompt.id': 'pmpt_1', 'prompt.version': '2' }))).toEqual([]);
  });
});

describe('moderation', () => {
  it('requires moderation.model when moderation is set', () => {
    expect(said(body({ 'moderation.policy': {} }))).toEqual(['error moderation.model']);
    expect(lintRequest(body({ 'moderation.model': 'omni-moderation-latest' }))).toEqual([]);
  });

  it('checks the policy’s input and output modes', () => {
    const m = (policy: JsonObject) => body({ moderation: { model: 'omni', policy } });
    expect(lintRequest(m({ input: { mode: 'score' }, output: null }))).toEqual([]);
    expect(said(m({ input: {} }))).toEqual(['error moderation.policy']);
    expect(said(m({ output: { mode: 'shout' } }))).toEqual(['warning moderation.policy']);
  });
});

describe('text.format', () => {
  const schema = { type: 'object', properties: {} };
  const jsonSchema = (fields: JsonObject) =>
    body({ text: { format: { type: 'json_schema', name: 'answer', schema, ...fields } } });

  it('accepts a complete json_schema format, and text / json_object alone', () => {
    expect(lintRequest(jsonSchema({ strict: true, description: 'An answer.' }))).toEqual([]);
    expect(lintRequest(jsonSchema({ strict: null }))).toEqual([]);
    expect(lintRequest(body({ 'text.format.type': 'text' }))).toEqual([]);
    expect(lintRequest(body({ 'text.format.type': 'json_object' }))).toEqual([]);
  });

  it('requires a name for json_schema, on text.format.name', () => {
    expect(said(jsonSchema({ name: undefined }))).toEqual(['error text.format.name']);
  });

  it.each(['has space', 'ünïcode', '', 'a'.repeat(65), 'dots.not.allowed'])(
    'rejects the name %j',
    (name) => {
      expect(said(jsonSchema({ name }))).toEqual(['error text.format.name']);
    },
  );

  it.each(['a', 'A-z_09', 'x'.repeat(64)])('accepts the name %j', (name) => {
    expect(lintRequest(jsonSchema({ name }))).toEqual([]);
  });

  it('requires a schema object for json_schema, on text.format.schema', () => {
    expect(said(jsonSchema({ schema: undefined }))).toEqual(['error text.format.schema']);
    expect(said(jsonSchema({ schema: [] }))).toEqual(['error text.format.schema']);
    expect(said(jsonSchema({ schema: '{}' }))).toEqual(['error text.format.schema']);
  });

  it('requires strict to be a boolean (or null)', () => {
    expect(said(jsonSchema({ strict: 'yes' }))).toEqual(['error text.format.strict']);
  });

  it('requires a type when text.format is set', () => {
    expect(said(body({ 'text.format.name': 'orphan' }))).toEqual(['error text.format.type']);
    expect(said(body({ 'text.format.type': 7 }))).toEqual(['error text.format.type']);
  });

  it('leaves the json_schema fields alone for other types (they are hidden and ignored)', () => {
    expect(lintRequest(body({ text: { format: { type: 'text', name: 'x y' } } }))).toEqual([]);
  });
});

describe('deprecated parameters', () => {
  it.each([
    ['user', 'u1', 'safety_identifier'],
    ['prompt_cache_retention', '24h', 'prompt_cache_options.ttl'],
    ['reasoning.generate_summary', 'auto', 'reasoning.summary'],
    ['truncation', 'auto', 'context_management'],
  ])('warns when %s is set, naming what to use', (path, value, replacement) => {
    const findings = findingsOn(body({ [path]: value }, { model: 'o3', input: 'Hi' }), path);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('deprecated');
    expect(findings[0]?.message).toContain(replacement);
  });

  it('has a replacement for every deprecated control, as its spec description names it', () => {
    const deprecated = PARAMS.filter((p) => p.deprecated).map((p) => p.path);
    expect(deprecated.sort()).toEqual(Object.keys(DEPRECATED_REPLACEMENTS).sort());
    for (const path of deprecated) {
      const description = findParam(path)?.description ?? '';
      for (const use of DEPRECATED_REPLACEMENTS[path]?.use ?? []) {
        // Nested replacements may be named relative to their parent: `summary` for reasoning.*.
        const named = [use, use.split('.').at(-1) ?? use].some((n) =>
          description.includes(`\`${n}\``),
        );
        expect(named, `${path}: the spec does not name ${use}`).toBe(true);
      }
    }
  });

  it('does not warn when a deprecated parameter is unset or null', () => {
    expect(lintRequest(body({ truncation: null, prompt_cache_retention: null }))).toEqual([]);
  });
});

describe('tools', () => {
  const valid = [
    { type: 'function', name: 'get_weather', parameters: { type: 'object' }, strict: true },
    { type: 'function', name: 'now', parameters: null },
    { type: 'web_search_preview' },
    { type: 'file_search', vector_store_ids: ['vs_1'] },
    { type: 'code_interpreter', container: { type: 'auto' } },
    { type: 'code_interpreter', container: 'cntr_1' },
    { type: 'mcp', server_label: 'docs' },
  ];

  it('accepts an array of valid tool objects, and an empty one', () => {
    expect(lintRequest(body({ tools: valid }))).toEqual([]);
    expect(lintRequest(body({ tools: [] }))).toEqual([]);
  });

  it.each([[{}], ['web_search_preview'], [null], [{ type: 5 }]])(
    'rejects the tool %j: it needs an object with a string type',
    (tool) => {
      expect(said(body({ tools: [tool] }))).toEqual(['error tools']);
    },
  );

  it.each([
    [{ type: 'function', parameters: {} }, 'tools[0].name is missing'],
    [{ type: 'function', name: 'f' }, 'tools[0].parameters is missing'],
    [{ type: 'file_search' }, 'tools[0].vector_store_ids is missing'],
    [{ type: 'code_interpreter' }, 'tools[0].container is missing'],
    [{ type: 'code_interpreter', container: { type: 'x' } }, 'tools[0].container is an object'],
    [{ type: 'function', name: 'f', parameters: {}, strict: 'no' }, 'tools[0].strict'],
  ])('rejects %j, saying what is missing', (tool, message) => {
    const messages = messagesOn(body({ tools: [tool] }), 'tools');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it('rejects tools that are not an array', () => {
    expect(said(body({ tools: { type: 'web_search_preview' } }))).toEqual(['error tools']);
    expect(said(body({ tools: null }))).toEqual(['error tools']);
  });

  it('warns about a tool type the spec does not know', () => {
    expect(said(body({ tools: [{ type: 'gateway_search' }] }))).toEqual(['warning tools']);
  });
});

describe('mcp credentials', () => {
  const MCP = { type: 'mcp', server_label: 'docs', server_url: 'https://example.test/mcp' };
  const EMPTY_AUTH =
    'tools[0].headers.Authorization is empty: secrets are not saved with the draft, enter it again (or remove the header).';

  it('flags a header emptied by the saved draft, at the header, as an error that blocks Send', () => {
    const saved = withoutRequestSecrets(
      body({
        tools: [{ ...MCP, headers: { Authorization: 'Bearer SECRET-123', 'X-Team': 'core' } }],
      }),
    );
    const findings = lintRequest(saved);
    expect(findings).toEqual([
      { param: 'tools[0].headers.Authorization', severity: 'error', message: EMPTY_AUTH },
      {
        param: 'tools[0].headers.X-Team',
        severity: 'error',
        message: expect.stringContaining('tools[0].headers.X-Team is empty') as string,
      },
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('flags an authorization emptied by the saved draft', () => {
    const saved = withoutRequestSecrets(body({ tools: [{ ...MCP, authorization: 'tok' }] }));
    expect(said(saved)).toEqual(['error tools[0].authorization']);
  });

  it('flags a blank header value and a blank authorization, in any mcp tool', () => {
    const tools = [
      { type: 'web_search_preview' },
      { ...MCP, headers: { Authorization: 'Bearer t', 'X-Key': '  ' }, authorization: '' },
    ];
    expect(said(body({ tools }))).toEqual([
      'error tools[1].headers.X-Key',
      'error tools[1].authorization',
    ]);
    expect(messagesOn(body({ tools }), 'tools[1].authorization')).toEqual([
      'tools[1].authorization is empty: secrets are not saved with the draft, enter it again (or remove authorization).',
    ]);
  });

  it('says nothing of filled or absent credentials, nor of other tools’ fields', () => {
    expect(
      lintRequest(body({ tools: [{ ...MCP, headers: { Authorization: 'Bearer t' } }] })),
    ).toEqual([]);
    expect(lintRequest(body({ tools: [{ ...MCP, headers: {}, authorization: 'tok' }] }))).toEqual(
      [],
    );
    expect(
      lintRequest(
        body({ tools: [{ type: 'function', name: 'f', parameters: null, headers: { A: '' } }] }),
      ),
    ).toEqual([]);
  });

  it('names an odd header in brackets, so the path stays readable', () => {
    expect(said(body({ tools: [{ ...MCP, headers: { 'x.y z': '' } }] }))).toEqual([
      'error tools[0].headers["x.y z"]',
    ]);
  });
});

describe('tool_choice', () => {
  it.each(['none', 'auto', 'required'])('accepts the mode %s', (mode) => {
    expect(lintRequest(body({ tool_choice: mode }))).toEqual([]);
  });

  it.each([
    [{ type: 'function', name: 'get_weather' }],
    [{ type: 'file_search' }],
    [{ type: 'mcp', server_label: 'docs' }],
    [{ type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'f' }] }],
  ])('accepts the object %j', (choice) => {
    expect(lintRequest(body({ tool_choice: choice }))).toEqual([]);
  });

  it.each([
    ['sometimes'],
    [null],
    [3],
    [{}],
    [{ type: 'function' }],
    [{ type: 'mcp' }],
    [{ type: 'allowed_tools', mode: 'sometimes', tools: [] }],
  ])('rejects %j', (choice) => {
    expect(said(body({ tool_choice: choice }))).toEqual(['error tool_choice']);
  });

  it('warns about an object type the spec does not list', () => {
    expect(said(body({ tool_choice: { type: 'gateway_tool' } }))).toEqual(['warning tool_choice']);
  });
});

describe('findings', () => {
  const broken: RequestBody = {
    model: ' ',
    input: 3,
    temperature: 9,
    top_p: 'x',
    reasoning: { effort: 'max', foo: 1 },
    text: { format: { type: 'json_schema' } },
    stream_options: {},
    metadata: { a: 1 },
    tools: [{}],
    tool_choice: 'x',
    conversation: 'c',
    previous_response_id: 'r',
    background: true,
    store: false,
    user: 'u',
    prompt: { variables: { a: 1 } },
    moderation: { policy: { input: {} } },
    context_management: [],
  };

  it('name a control’s path (or the object that holds controls), so the form can place them', () => {
    const placeable = new Set([
      ...PARAMS.map((p) => p.path),
      'reasoning',
      'text',
      'text.format',
      'stream_options',
      'prompt',
      'prompt_cache_options',
      'moderation',
    ]);
    const findings = [
      ...lintRequest(broken),
      ...lintRequest({ model: 'gpt-4o', reasoning: { effort: 'low', vendor_knob: 1 } }),
    ];
    expect(findings.length).toBeGreaterThan(15);
    expect(findings.filter((f) => !placeable.has(f.param))).toEqual([]);
  });

  it('treat prototype names in the body as plain names (no crash, no silent pass)', () => {
    expect(said(body({ tools: [{ type: 'constructor' }] }))).toEqual(['warning tools']);
    expect(said(body({ tool_choice: { type: 'toString' } }))).toEqual(['warning tool_choice']);
    expect(said(body({ prompt: { id: 'p', variables: { a: { type: 'toString' } } } }))).toEqual([
      'error prompt.variables',
    ]);
    const raw = JSON.parse(
      '{"__proto__": {"model": "gpt-4o"}, "input": "Hi", "metadata": {"__proto__": 1}}',
    ) as RequestBody;
    expect(said(raw)).toEqual(['error model', 'error metadata']);
    expect(messagesOn(raw, 'metadata')[0]).toContain('"__proto__"');
  });

  it('each say something', () => {
    for (const f of lintRequest(broken)) expect(f.message.length).toBeGreaterThan(20);
  });

  it('hasErrors is true exactly when one finding is an error', () => {
    const w: LintFinding = { param: 'input', severity: 'warning', message: 'w' };
    const e: LintFinding = { param: 'model', severity: 'error', message: 'e' };
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([w])).toBe(false);
    expect(hasErrors([w, e])).toBe(true);
  });
});
