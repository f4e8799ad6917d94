import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { ajv2020, problems } from './test-support/ajv.ts';
import {
  create,
  finalResponse,
  localServer,
  normalise,
  post,
  stream,
  type Json,
} from './test-support/http.ts';
import { keyDifferences, loadRecording, shapesBeside } from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const RECORDING = 'openai-structured-output-json-schema.sse';

const SCHEMA = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    temperatureCelsius: { type: 'number', minimum: -60, maximum: 60 },
    condition: { type: 'string', enum: ['Sunny', 'Partly Cloudy', 'Rain'] },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
    when: { type: 'string', format: 'date' },
  },
  required: ['city', 'temperatureCelsius', 'condition', 'tags', 'when'],
  additionalProperties: false,
};

const REQUEST = {
  model: 'local-echo',
  input: 'What is the forecast for Lyon?',
  text: { format: { type: 'json_schema', name: 'weather_forecast', schema: SCHEMA, strict: true } },
};

function text(response: ApiResponse): string {
  const [item] = response.output;
  if (item?.type !== 'message' || item.content[0]?.type !== 'output_text')
    throw new Error('no text');
  return item.content[0].text;
}

describe('structured output', () => {
  it('streams JSON valid against text.format.schema as output_text deltas, as recorded', async () => {
    const { app } = localServer();
    const events = await stream(app, REQUEST);
    const { ours, recorded } = shapesBeside(events, { message: RECORDING });
    expect(ours).toEqual(recorded);
    expect(keyDifferences(events, RECORDING)).toEqual([]);

    const final = finalResponse(events);
    const value: unknown = JSON.parse(text(final));
    expect(problems(ajv2020(), SCHEMA, value)).toBe('');
    expect(value).toEqual({
      city: 'Lyon',
      temperatureCelsius: 1,
      condition: 'Sunny',
      tags: ['tags'],
      when: '2026-01-01',
    });
    // Token-sized JSON pieces, like the recording's `{"` / `temperature` / `":` …
    const deltas = events.filter((e) => e.type === 'response.output_text.delta');
    const recordedFirst = loadRecording(RECORDING).find(
      (e) => e.type === 'response.output_text.delta',
    );
    expect(deltas[0]?.delta).toBe(recordedFirst?.delta);
    expect(deltas.every((d) => String(d.delta).length <= 8)).toBe(true);
    expect(final.text).toEqual({ format: REQUEST.text.format, verbosity: 'medium' });
    expect(strictReplay(events)).toEqual(final.output);

    const plain = await create(app, REQUEST);
    expect(normalise(plain)).toEqual(normalise(final));
  });

  it('never lets instructions break the JSON', async () => {
    const { app } = localServer();
    const plain = await create(app, REQUEST);
    const shouted = await create(app, {
      ...REQUEST,
      instructions: 'Answer in uppercase. Be brief.',
    });
    expect(text(shouted)).toBe(text(plain));
  });

  it('json_object answers {echo, parameters}', async () => {
    const { app } = localServer();
    const request = {
      model: 'local-echo',
      input: 'Give me JSON about "quotes"',
      temperature: 0.2,
      text: { format: { type: 'json_object' } },
    };
    const value = JSON.parse(text(await create(app, request))) as Json;
    expect(value).toEqual({
      echo: 'Give me JSON about "quotes"',
      parameters: { model: 'local-echo', temperature: 0.2, text: request.text },
    });
  });

  it('400s a json_schema format without name or schema', async () => {
    const { app } = localServer();
    for (const [format, param] of [
      [{ type: 'json_schema', schema: SCHEMA }, 'text.format.name'],
      [{ type: 'json_schema', name: 'x' }, 'text.format.schema'],
    ] as const) {
      const res = await post(app, { model: 'local-echo', input: 'x', text: { format } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: Json }).error).toMatchObject({
        param,
        code: 'missing_required_parameter',
      });
    }
  });
});
