/**
 * The lint against the official spec: any form state the lint lets through (no errors) must be a
 * body the spec's CreateResponse schema accepts. A failure here is a lint gap: add the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonObject, setPath, unsetPath, type JsonObject } from './body-path.ts';
import { hasErrors, lintRequest } from './lint-request.ts';
import { PARAMS, type ParamSpec } from './param-catalog.ts';
import { buildRequest, type RequestBody } from './request-draft.ts';
import { createResponseValidator } from './spec-testkit.ts';

const { validate, errorsText } = createResponseValidator();

const NUM_RUNS = 300;

/** Mostly short ASCII, sometimes any code point (the spec counts lengths in code points). */
const shortString = (maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.string({ maxLength }), weight: 4 },
    { arbitrary: fc.string({ unit: 'binary', maxLength }), weight: 1 },
  );

const longString = (minLength: number) =>
  fc.oneof(
    fc.string({ minLength, maxLength: minLength + 8 }),
    fc.string({ unit: 'binary', minLength, maxLength: minLength + 8 }),
  );

const MODELS = ['gpt-4o', 'gpt-4.1-mini', 'o3', 'o4-mini', 'gpt-5', 'gpt-5.1-codex', 'local-echo'];

/**
 * Valid tools. FunctionTool always carries `strict`: the spec lists it as required (it is
 * nullable, an SDK-ism) although the API defaults it, so the lint does not demand it.
 */
const toolArb: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({
    type: fc.constant('function'),
    name: fc.stringMatching(/^[a-z_]{1,12}$/),
    parameters: fc.constantFrom<JsonObject | null>(
      { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      { type: 'object', properties: {} },
      null,
    ),
    strict: fc.constantFrom(true, false, null),
  }),
  fc.record({ type: fc.constantFrom('web_search_preview', 'web_search_preview_2025_03_11') }),
  fc.record({
    type: fc.constant('file_search'),
    vector_store_ids: fc.array(fc.stringMatching(/^vs_[a-z0-9]{1,6}$/), { maxLength: 2 }),
  }),
  fc.record({
    type: fc.constant('code_interpreter'),
    container: fc.oneof(fc.constant({ type: 'auto' }), fc.constant('cntr_123')),
  }),
);

const badToolArb = fc.constantFrom<unknown>(
  { type: 'function', parameters: {}, strict: true },
  { type: 'function', name: 'f', strict: true },
  { type: 'file_search' },
  { type: 'code_interpreter', container: { type: 'custom' } },
  { name: 'no_type' },
  'web_search_preview',
);

const toolChoiceObjectArb = fc.constantFrom<JsonObject>(
  { type: 'function', name: 'get_weather' },
  { type: 'file_search' },
  { type: 'allowed_tools', mode: 'auto', tools: [{ type: 'function', name: 'get_weather' }] },
);

const badToolChoiceArb = fc.constantFrom<unknown>(
  'function',
  { type: 'function' },
  { type: 'allowed_tools', mode: 'sometimes', tools: [] },
  {},
);

const stringMapArb = fc.dictionary(shortString(10), shortString(20), { maxKeys: 4 });

function badStringMap(limits: { max: number; keyMax: number; valueMax: number }) {
  return fc.oneof(
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 4 }), {
      minKeys: limits.max + 1,
      maxKeys: limits.max + 3,
    }),
    longString(limits.keyMax + 1).map((key) => ({ [key]: 'v' })),
    fc.constant({ k: 'v'.repeat(limits.valueMax + 1) }),
    fc.constant({ k: 42 }),
  );
}

const contextEntryArb = fc.record(
  {
    type: fc.constant('compaction'),
    compact_threshold: fc.oneof(fc.integer({ min: 1000, max: 200_000 }), fc.constant(null)),
  },
  { requiredKeys: ['type'] },
);

/** A value from the control's domain (what the form lets the user enter). */
function validValue(p: ParamSpec): fc.Arbitrary<unknown> {
  switch (p.path) {
    case 'model':
      return fc.constantFrom(...MODELS);
    case 'tools':
      return fc.array(toolArb, { maxLength: 3 });
    case 'tool_choice':
      return fc.oneof(fc.constantFrom(...(p.options ?? [])), toolChoiceObjectArb);
    case 'conversation':
      return fc.constantFrom<unknown>('conv_123', { id: 'conv_abc' });
    case 'moderation.policy':
      return fc.constantFrom<JsonObject>(
        {},
        { input: { mode: 'score' } },
        { input: null, output: { mode: 'block' } },
      );
  }
  switch (p.kind) {
    case 'number': {
      const min = p.min ?? 0;
      const max = p.max ?? min + 100_000;
      return p.integer
        ? fc.integer({ min, max })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(p.options ?? ['x']));
    case 'multi-enum':
      return fc.subarray([...(p.options ?? [])]);
    case 'key-value':
      return stringMapArb;
    case 'context-management':
      return fc.array(contextEntryArb, { minLength: 1, maxLength: 2 });
    case 'json':
      return p.jsonType === 'array' ? fc.constant([]) : fc.constant({});
    default:
      return shortString(p.maxLength !== undefined ? Math.min(p.maxLength, 16) : 16);
  }
}

/** Just outside the domain: out of range, too long, too many, missing pieces. */
function edgeValue(p: ParamSpec): fc.Arbitrary<unknown> | undefined {
  switch (p.path) {
    case 'model':
      return fc.constantFrom('', '   ');
    case 'tools':
      return fc.tuple(toolArb, badToolArb).map(([good, bad]) => [good, bad]);
    case 'tool_choice':
      return badToolChoiceArb;
    case 'conversation':
      return fc.constantFrom<unknown>('', {}, { id: 7 });
    case 'moderation.policy':
      return fc.constantFrom<unknown>({ input: {} }, { output: { mode: 1 } });
  }
  switch (p.kind) {
    case 'number': {
      const below = p.min !== undefined ? fc.integer({ min: p.min - 50, max: p.min - 1 }) : null;
      const above = p.max !== undefined ? fc.integer({ min: p.max + 1, max: p.max + 50 }) : null;
      const fraction = p.integer ? fc.constant((p.min ?? 0) + 0.5) : null;
      const arbs = [below, above, fraction].filter((a) => a !== null);
      return arbs.length > 0 ? fc.oneof(...arbs) : undefined;
    }
    case 'key-value':
      return badStringMap(p.pairs ?? { max: 16, keyMax: 64, valueMax: 512 });
    case 'context-management':
      return fc.constantFrom<unknown>(
        [],
        [{ type: 'compaction', compact_threshold: 999 }],
        [{ type: 'compaction', compact_threshold: 1500.5 }],
        [{ compact_threshold: 2000 }],
      );
    case 'text':
    case 'textarea':
      return p.maxLength !== undefined ? longString(p.maxLength + 1) : undefined;
    default:
      return undefined;
  }
}

/** A JSON value of the wrong type for the control. */
function wrongType(p: ParamSpec): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case 'number':
      return fc.constantFrom<unknown>('0.5', true, [], {});
    case 'boolean':
      return fc.constantFrom<unknown>('true', 1, {});
    case 'multi-enum':
      return fc.constantFrom<unknown>('reasoning.encrypted_content', [1], {});
    case 'key-value':
      return fc.constantFrom<unknown>('k=v', ['a'], 3);
    case 'json':
      return p.jsonType === 'array'
        ? fc.constantFrom<unknown>({}, 'x')
        : fc.constantFrom<unknown>([], 'x', 3);
    case 'id-or-json':
      return fc.constantFrom<unknown>(5, [], true);
    case 'context-management':
      return fc.constantFrom<unknown>({ type: 'compaction' }, 'compaction');
    default:
      return fc.constantFrom<unknown>(5, true, ['x'], {});
  }
}

const UNSET = Symbol('unset');

/** A form control left alone (most often) or set to a value from its domain. */
function slotFor(p: ParamSpec): fc.Arbitrary<unknown> {
  if (p.path === 'model') return validValue(p);
  return fc.oneof(
    { arbitrary: fc.constant(UNSET), weight: 7 },
    { arbitrary: validValue(p), weight: 3 },
  );
}

/**
 * A coherent form state fills what the others depend on, as a user does: the prompt's id when a
 * version or variables are set, the moderation model with a policy, stream with its options; and
 * it avoids the known conflicts. Faults (below) break all of these on purpose.
 */
function makeCoherent(body: RequestBody): RequestBody {
  let out = body;
  if (isJsonObject(out.prompt) && out.prompt.id === undefined) {
    out = setPath(out, 'prompt.id', 'pmpt_123');
  }
  if (isJsonObject(out.moderation) && out.moderation.model === undefined) {
    out = setPath(out, 'moderation.model', 'omni-moderation-latest');
  }
  if (out.stream_options !== undefined) out = setPath(out, 'stream', true);
  if (out.conversation !== undefined) out = unsetPath(out, 'previous_response_id');
  if (out.background === true && out.store === false) out = setPath(out, 'store', true);
  return out;
}

const objectSchemaArb = fc
  .dictionary(
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.constantFrom({ type: 'string' }, { type: 'number' }, { type: 'boolean' }),
    { maxKeys: 3 },
  )
  .map((properties) => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  }));

type FormatFields = Partial<Record<'type' | 'name' | 'schema' | 'strict' | 'description', unknown>>;

const jsonSchemaFormatArb = fc.record(
  {
    type: fc.constant('json_schema'),
    name: fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/),
    schema: objectSchemaArb,
    strict: fc.constantFrom(true, false, null),
    description: shortString(30),
  },
  { requiredKeys: ['type', 'name', 'schema'] },
);

/** text.format.*, coherent: a json_schema format always gets a valid name and schema. */
const textFormatArb: fc.Arbitrary<FormatFields | typeof UNSET> = fc.oneof(
  { arbitrary: fc.constant(UNSET), weight: 4 },
  { arbitrary: fc.constantFrom({ type: 'text' }, { type: 'json_object' }), weight: 2 },
  { arbitrary: jsonSchemaFormatArb, weight: 3 },
);

const brokenFormatArb: fc.Arbitrary<FormatFields> = fc.oneof(
  jsonSchemaFormatArb.map((f) => ({ ...f, name: 'has space' })),
  jsonSchemaFormatArb.map((f) => ({ ...f, name: 'x'.repeat(65) })),
  jsonSchemaFormatArb.map(({ name: _, ...f }) => f),
  jsonSchemaFormatArb.map(({ schema: _, ...f }) => f),
  jsonSchemaFormatArb.map((f) => ({ ...f, schema: [] })),
  jsonSchemaFormatArb.map((f) => ({ ...f, strict: 'yes' })),
  jsonSchemaFormatArb.map((f) => ({ ...f, description: 5 })),
  fc.constant({ name: 'orphan' }),
  fc.constant({ type: 7 }),
);

const messageArb = fc.record(
  {
    type: fc.constant('message'),
    role: fc.constantFrom('user', 'assistant', 'system', 'developer'),
    content: shortString(20),
  },
  { requiredKeys: ['role', 'content'] },
);

/**
 * Messages keep string content: the spec's InputItem is a oneOf in which a message with a content
 * list matches both EasyInputMessage and Item (InputMessage), so the spec rejects that common form.
 */
const inputArb = fc.oneof(
  { arbitrary: fc.constant(UNSET), weight: 1 },
  { arbitrary: shortString(30), weight: 3 },
  { arbitrary: fc.array(messageArb, { minLength: 1, maxLength: 3 }), weight: 2 },
  { arbitrary: fc.constant([]), weight: 1 },
);

const PARAM_SLOTS = PARAMS.filter((p) => p.path !== 'input' && !p.path.startsWith('text.format.'));

function setFormat(body: RequestBody, format: FormatFields): RequestBody {
  let out = unsetPath(body, 'text.format');
  for (const [key, value] of Object.entries(format)) {
    out = setPath(out, `text.format.${key}`, value);
  }
  return out;
}

type Fault = (body: RequestBody) => RequestBody;

const set =
  (...pairs: [string, unknown][]): Fault =>
  (body) =>
    pairs.reduce((out, [path, value]) => setPath(out, path, value), body);

const unset =
  (path: string, then: Fault = (b) => b): Fault =>
  (body) =>
    then(unsetPath(body, path));

interface NamedFault {
  label: string;
  fault: Fault;
}

/** Conflicts and missing prerequisites. */
const FIXED_FAULTS: readonly NamedFault[] = [
  { label: 'no model', fault: unset('model') },
  {
    label: 'prompt.version without prompt.id',
    fault: unset('prompt.id', set(['prompt.version', '2'])),
  },
  {
    label: 'moderation.policy without moderation.model',
    fault: unset('moderation.model', set(['moderation.policy', {}])),
  },
  {
    label: 'stream_options without stream',
    fault: unset('stream', set(['stream_options.include_obfuscation', false])),
  },
  {
    label: 'empty stream_options, stream off',
    fault: set(['stream', false], ['stream_options', {}]),
  },
  {
    label: 'conversation and previous_response_id',
    fault: set(['conversation', 'conv_1'], ['previous_response_id', 'resp_1']),
  },
  { label: 'background without store', fault: set(['background', true], ['store', false]) },
  { label: 'input null', fault: set(['input', null]) },
  { label: 'input a number', fault: set(['input', 42]) },
  { label: 'text.format without type', fault: set(['text.format', {}]) },
];

/** The objects the controls live in, broken. */
const PARENT_PATHS = [
  'text',
  'text.format',
  'reasoning',
  'prompt',
  'stream_options',
  'moderation',
  'prompt_cache_options',
];
const PARENT_NOISE: readonly unknown[] = [null, 'x', [], 3];

const faultValueArb = (p: ParamSpec) =>
  fc.oneof(...[edgeValue(p), fc.constant(null), wrongType(p)].filter((a) => a !== undefined));

/** One thing a user can get wrong: a value outside the domain, null, a wrong type, a conflict. */
const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  fc.constantFrom(...PARAM_SLOTS).chain((p) => faultValueArb(p).map((v) => set([p.path, v]))),
  brokenFormatArb.map(
    (format): Fault =>
      (body) =>
        setFormat(body, format),
  ),
  fc
    .tuple(fc.constantFrom(...PARENT_PATHS), fc.constantFrom(...PARENT_NOISE))
    .map(([path, value]) => set([path, value])),
  fc.constantFrom(...FIXED_FAULTS).map((f) => f.fault),
);

/** A coherent form state, then (in four bodies of seven) one or two faults. */
const formStateArb: fc.Arbitrary<RequestBody> = fc
  .record({
    slots: fc.tuple(...PARAM_SLOTS.map(slotFor)),
    format: textFormatArb,
    input: inputArb,
    extra: fc.option(fc.constant({ x_gateway_hint: 'kept as is' }), { nil: undefined }),
    faults: fc.oneof(
      { arbitrary: fc.constant<Fault[]>([]), weight: 3 },
      { arbitrary: fc.array(faultArb, { minLength: 1, maxLength: 1 }), weight: 3 },
      { arbitrary: fc.array(faultArb, { minLength: 2, maxLength: 2 }), weight: 1 },
    ),
  })
  .map(({ slots, format, input, extra, faults }) => {
    let body: RequestBody = { ...extra };
    PARAM_SLOTS.forEach((p, i) => {
      const value = slots[i];
      if (value !== UNSET) body = setPath(body, p.path, value);
    });
    if (format !== UNSET) body = setFormat(body, format);
    if (input !== UNSET) body = setPath(body, 'input', input);
    return faults.reduce((out, fault) => fault(out), makeCoherent(body));
  });

/** Concrete values of an arbitrary, deterministic (fixed seed) and without repeats. */
function samples(arb: fc.Arbitrary<unknown>, numRuns = 24): unknown[] {
  const seen = new Set<string>();
  return fc.sample(arb, { numRuns, seed: 20_260_101 }).filter((value) => {
    const key = JSON.stringify(value) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const show = (value: unknown) => (JSON.stringify(value) ?? 'undefined').slice(0, 80);

/** Every single fault: fault values of every control, broken formats, broken parents, conflicts. */
const SINGLE_FAULTS: readonly NamedFault[] = [
  ...FIXED_FAULTS,
  ...PARAM_SLOTS.flatMap((p) =>
    samples(faultValueArb(p), 40).map((v) => ({
      label: `${p.path} = ${show(v)}`,
      fault: set([p.path, v]),
    })),
  ),
  ...samples(brokenFormatArb, 40).map((format) => ({
    label: `text.format = ${show(format)}`,
    fault: (body: RequestBody) => setFormat(body, format as FormatFields),
  })),
  ...PARENT_PATHS.flatMap((path) =>
    PARENT_NOISE.map((v) => ({ label: `${path} = ${show(v)}`, fault: set([path, v]) })),
  ),
];

const MINIMAL_BODY: RequestBody = { model: 'gpt-4o', input: 'Hi' };

/** Every parent object present (and its required members), so nested faults land inside it. */
const RICH_BODY: RequestBody = {
  model: 'o3',
  input: [{ role: 'user', content: 'Hi' }],
  stream: true,
  stream_options: { include_obfuscation: false },
  reasoning: { effort: 'low', summary: 'auto' },
  text: {
    format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
    verbosity: 'low',
  },
  prompt: { id: 'pmpt_1', version: '1', variables: { city: 'Paris' } },
  prompt_cache_options: { ttl: '30m' },
  moderation: { model: 'omni-moderation-latest', policy: { input: { mode: 'score' } } },
  tools: [{ type: 'function', name: 'f', parameters: { type: 'object' }, strict: true }],
  tool_choice: 'auto',
  metadata: { k: 'v' },
};

/** Lint errors at `path` or below it. */
function errorsAt(body: RequestBody, path: string): string[] {
  return lintRequest(body)
    .filter((f) => f.severity === 'error' && (f.param === path || f.param.startsWith(`${path}.`)))
    .map((f) => f.message);
}

function specRejection(body: RequestBody): string | undefined {
  return validate(buildRequest(body)) ? undefined : errorsText();
}

describe('the lint against the spec (CreateResponse)', () => {
  it('lets through only bodies the spec accepts, and the generator is not vacuous', () => {
    let clean = 0;
    let blocked = 0;
    fc.assert(
      fc.property(formStateArb, (body) => {
        if (hasErrors(lintRequest(body))) {
          blocked += 1;
          return;
        }
        clean += 1;
        const sent = buildRequest(body);
        const valid = validate(sent);
        expect(
          valid,
          `lint passed a body the spec rejects:\n${JSON.stringify(sent, null, 2)}\n${errorsText()}`,
        ).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(clean, `only ${clean} of ${NUM_RUNS} bodies were lint-clean`).toBeGreaterThanOrEqual(
      NUM_RUNS * 0.3,
    );
    expect(blocked, `only ${blocked} of ${NUM_RUNS} bodies had errors`).toBeGreaterThanOrEqual(
      NUM_RUNS * 0.1,
    );
  });

  it('starts from bodies that are lint-clean and valid', () => {
    for (const body of [MINIMAL_BODY, RICH_BODY]) {
      expect(lintRequest(body).filter((f) => f.severity === 'error')).toEqual([]);
      expect(specRejection(body)).toBeUndefined();
    }
  });

  it('blocks every single fault the spec rejects (each one alone, on two bodies)', () => {
    expect(SINGLE_FAULTS.length).toBeGreaterThan(300);
    const gaps: string[] = [];
    let rejected = 0;
    for (const base of [MINIMAL_BODY, RICH_BODY]) {
      for (const { label, fault } of SINGLE_FAULTS) {
        const body = fault(base);
        const rejection = specRejection(body);
        if (rejection === undefined) continue;
        rejected += 1;
        if (!hasErrors(lintRequest(body))) gaps.push(`${label}: ${rejection.split('\n')[0] ?? ''}`);
      }
    }
    expect(gaps).toEqual([]);
    expect(rejected).toBeGreaterThan(SINGLE_FAULTS.length / 2);
  });

  it('accepts every value from a control’s domain (with its prerequisites), as the spec does', () => {
    const problems: string[] = [];
    for (const p of PARAM_SLOTS) {
      for (const value of samples(validValue(p))) {
        const body = makeCoherent(setPath(MINIMAL_BODY, p.path, value));
        const errors = lintRequest(body).filter((f) => f.severity === 'error');
        const rejection = specRejection(body);
        if (errors.length > 0 || rejection !== undefined) {
          problems.push(`${p.path} = ${show(value)}: ${errors[0]?.message ?? rejection ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('agrees with the spec on null, for every control and every object they live in', () => {
    const paths = [...PARAMS.map((p) => p.path), ...PARENT_PATHS];
    const disagreements = paths.flatMap((path) => {
      const body = setPath(RICH_BODY, path, null);
      const lintSays = errorsAt(body, path).length > 0;
      const specSays = specRejection(body) !== undefined;
      return lintSays === specSays
        ? []
        : [`${path}: null is ${specSays ? 'rejected' : 'accepted'} by the spec, not by the lint`];
    });
    expect(disagreements).toEqual([]);
  });
});
