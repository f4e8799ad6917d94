import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reference } from '@/test/reference.ts';
import { requestedJsonFormat, type JsonOutputFormat } from './json-output-format.ts';
import { checkStructuredOutput } from './structured-output.ts';

const weather = {
  type: 'object',
  properties: {
    temperatureCelsius: { type: 'number' },
    condition: { type: 'string', enum: ['Sunny', 'Rainy', 'Cloudy'] },
    hourly: { type: 'array', items: { type: 'number' } },
  },
  required: ['temperatureCelsius', 'condition'],
  additionalProperties: false,
};

const schemaFormat = (schema: unknown): JsonOutputFormat => ({
  type: 'json_schema',
  name: 'weather',
  schema,
});

describe('requestedJsonFormat', () => {
  it('reads text.format from the body sent', () => {
    expect(
      requestedJsonFormat({
        text: { format: { type: 'json_schema', name: 'w', schema: weather } },
      }),
    ).toEqual({ type: 'json_schema', name: 'w', schema: weather });
    expect(requestedJsonFormat({ text: { format: { type: 'json_object' } } })).toEqual({
      type: 'json_object',
    });
  });

  it('is null for text output, no format, or no request', () => {
    expect(requestedJsonFormat({ text: { format: { type: 'text' } } })).toBeNull();
    expect(requestedJsonFormat({ text: { verbosity: 'low' } })).toBeNull();
    expect(requestedJsonFormat({ text: 'json' })).toBeNull();
    expect(requestedJsonFormat({})).toBeNull();
    expect(requestedJsonFormat(null)).toBeNull();
  });
});

describe('checkStructuredOutput', () => {
  it('passes output that matches the schema', () => {
    const result = checkStructuredOutput(
      schemaFormat(weather),
      '{"temperatureCelsius":22,"condition":"Sunny","hourly":[1,2]}',
    );
    expect(result).toMatchObject({ status: 'valid' });
  });

  it('lists every violation with its path', () => {
    const result = checkStructuredOutput(
      schemaFormat(weather),
      '{"temperatureCelsius":"warm","condition":"Foggy","hourly":[1,"x"],"extra":true}',
    );
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: '/temperatureCelsius', message: 'must be number' },
        { path: '/condition', message: 'must be equal to one of the allowed values' },
        { path: '/hourly/1', message: 'must be number' },
        { path: '', message: 'must NOT have additional properties (extra)' },
      ]),
    );
    expect(result.errors).toHaveLength(4);
  });

  it('names missing required properties', () => {
    const result = checkStructuredOutput(schemaFormat(weather), '{"condition":"Sunny"}');
    expect(result).toMatchObject({
      status: 'invalid',
      errors: [{ path: '', message: "must have required property 'temperatureCelsius'" }],
    });
  });

  it('reports text that does not parse', () => {
    const result = checkStructuredOutput(schemaFormat(weather), '{"temperatureCelsius":');
    expect(result.status).toBe('unparsable');
    if (result.status === 'unparsable') expect(result.message).toMatch(/JSON/);
  });

  it('json_object only checks that the text parses to an object', () => {
    const format: JsonOutputFormat = { type: 'json_object' };
    expect(checkStructuredOutput(format, '{"anything":[1,2]}').status).toBe('valid');
    expect(checkStructuredOutput(format, '[1,2]')).toMatchObject({
      status: 'invalid',
      errors: [{ path: '', message: 'must be an object' }],
    });
    expect(checkStructuredOutput(format, '"text"').status).toBe('invalid');
    expect(checkStructuredOutput(format, 'not json').status).toBe('unparsable');
  });

  it('supports draft-07 and 2020-12 schemas, $defs and $ref', () => {
    const draft7 = { $schema: 'http://json-schema.org/draft-07/schema#', ...weather };
    expect(checkStructuredOutput(schemaFormat(draft7), '{"condition":"Sunny"}').status).toBe(
      'invalid',
    );
    const withDefs = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { steps: { type: 'array', items: { $ref: '#/$defs/step' } } },
      required: ['steps'],
      $defs: { step: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] } },
    };
    expect(checkStructuredOutput(schemaFormat(withDefs), '{"steps":[{"n":1}]}').status).toBe(
      'valid',
    );
    expect(checkStructuredOutput(schemaFormat(withDefs), '{"steps":[{"n":1.5}]}')).toMatchObject({
      status: 'invalid',
      errors: [{ path: '/steps/0/n', message: 'must be integer' }],
    });
  });

  it('ignores keywords and formats Ajv would be strict about', () => {
    const schema = {
      type: 'object',
      properties: { when: { type: 'string', format: 'date-time', 'x-custom': 1 } },
      strict: true,
    };
    expect(checkStructuredOutput(schemaFormat(schema), '{"when":"yesterday"}').status).toBe(
      'valid',
    );
  });

  it('reports a schema that cannot be compiled instead of throwing', () => {
    const broken = { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } };
    expect(checkStructuredOutput(schemaFormat(broken), '{"a":1}').status).toBe('schema-error');
    expect(checkStructuredOutput(schemaFormat('not a schema'), '{}').status).toBe('schema-error');
    expect(checkStructuredOutput(schemaFormat(undefined), '{}').status).toBe('schema-error');
  });

  it('validates the recorded structured-output stream against its own schema', () => {
    const sse = readFileSync(reference('sse/openai-structured-output-json-schema.sse'), 'utf8');
    const completed = sse
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => JSON.parse(line.slice(5)) as Record<string, unknown>)
      .find((payload) => payload.type === 'response.completed');
    const response = completed?.response as {
      text: Record<string, unknown>;
      output: { type: string; content?: { text: string }[] }[];
    };
    const text = response.output.find((item) => item.type === 'message')?.content?.[0]?.text;
    const format = requestedJsonFormat({ text: response.text });
    expect(format?.type).toBe('json_schema');
    if (format === null || text === undefined) throw new Error('the recording changed');
    expect(checkStructuredOutput(format, text)).toEqual({
      status: 'valid',
      value: { temperatureCelsius: 22, condition: 'Partly Cloudy' },
    });
    expect(checkStructuredOutput(format, '{"temperatureCelsius":22}').status).toBe('invalid');
  });
});
