import { describe, expect, it } from 'vitest';
import {
  create,
  finalResponse,
  localServer,
  stream,
  type Json,
  type SseEvent,
} from '../test-support/http.ts';
import { specProblems } from '../test-support/spec-schemas.ts';
import { strictReplay } from '../test-support/strict-stream.ts';
import { tokenLogprob, type EventLogprob, type PartLogprob } from './logprobs.ts';

const INCLUDE = ['message.output_text.logprobs'];
const REQUEST = { model: 'local-echo', input: 'Say café ✓ and “hello” twice.' };

const utf8 = (token: string) => Array.from(new TextEncoder().encode(token));

function only(events: readonly SseEvent[], type: string): SseEvent[] {
  return events.filter((e) => e.type === type);
}

function textPart(events: readonly SseEvent[]): Json {
  const done = only(events, 'response.content_part.done')[0];
  return done?.part as Json;
}

function expectPlausible(logprob: EventLogprob | PartLogprob, top: number): void {
  expect(logprob.logprob).toBeLessThanOrEqual(0);
  expect(Number.isFinite(logprob.logprob)).toBe(true);
  expect(logprob.top_logprobs).toHaveLength(top);
  if (top === 0) return;
  expect(logprob.top_logprobs[0]).toMatchObject({ token: logprob.token, logprob: logprob.logprob });
  const values = logprob.top_logprobs.map((alt) => alt.logprob);
  for (const value of values) {
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeLessThanOrEqual(logprob.logprob);
  }
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(new Set(logprob.top_logprobs.map((alt) => alt.token)).size).toBe(top);
  expect(values.reduce((sum, value) => sum + Math.exp(value), 0)).toBeLessThanOrEqual(1 + 1e-9);
}

describe('include message.output_text.logprobs', () => {
  it('without the include every logprobs list stays []', async () => {
    const { app } = localServer();
    const events = await stream(app, { ...REQUEST, top_logprobs: 5 });
    const deltas = only(events, 'response.output_text.delta');
    expect(deltas.length).toBeGreaterThan(5);
    for (const delta of deltas) expect(delta.logprobs).toEqual([]);
    expect(only(events, 'response.output_text.done')[0]?.logprobs).toEqual([]);
    expect(textPart(events).logprobs).toEqual([]);
    const final = finalResponse(events);
    expect(JSON.stringify(final.output)).toContain('"logprobs":[]');
  });

  it('each delta carries its token; done, part and output carry the whole list', async () => {
    const { app } = localServer();
    const events = await stream(app, { ...REQUEST, include: INCLUDE, top_logprobs: 3 });
    const deltas = only(events, 'response.output_text.delta');
    const streamed: EventLogprob[] = [];
    for (const delta of deltas) {
      expect(specProblems('ResponseTextDeltaEvent', delta)).toBe('');
      const logprobs = delta.logprobs as EventLogprob[];
      expect(logprobs).toHaveLength(1);
      expect(logprobs[0]?.token).toBe(delta.delta);
      expectPlausible(logprobs[0] as EventLogprob, 3);
      streamed.push(...logprobs);
    }

    const done = only(events, 'response.output_text.done')[0] as SseEvent;
    expect(specProblems('ResponseTextDoneEvent', done)).toBe('');
    expect(done.logprobs).toEqual(streamed);
    expect(streamed.map((l) => l.token).join('')).toBe(done.text);

    const part = textPart(events);
    const partDone = only(events, 'response.content_part.done')[0];
    expect(specProblems('ResponseContentPartDoneEvent', partDone)).toBe('');
    const partLogprobs = part.logprobs as PartLogprob[];
    // The part's LogProb is the event's ResponseLogProb plus the UTF-8 bytes, on each alternative.
    expect(
      partLogprobs.map(({ bytes: _b, top_logprobs, ...rest }) => ({
        ...rest,
        top_logprobs: top_logprobs.map(({ bytes: _tb, ...alt }) => alt),
      })),
    ).toEqual(streamed);
    for (const logprob of partLogprobs) {
      expect(logprob.bytes).toEqual(utf8(logprob.token));
      for (const alt of logprob.top_logprobs) expect(alt.bytes).toEqual(utf8(alt.token));
    }
    expect(partLogprobs.some((l) => l.bytes.length > l.token.length)).toBe(true);

    const final = finalResponse(events);
    const [item] = final.output;
    expect(specProblems('OutputMessage', item)).toBe('');
    expect(item?.type === 'message' && item.content[0]).toEqual(part);
    expect(final.top_logprobs).toBe(3);
    expect(strictReplay(events)).toEqual(final.output);
  });

  it('top_logprobs defaults to 0 alternatives; the same request gets the same numbers', async () => {
    const { app } = localServer();
    const events = await stream(app, { ...REQUEST, include: INCLUDE });
    const logprobs = textPart(events).logprobs as PartLogprob[];
    expect(logprobs.length).toBeGreaterThan(5);
    for (const logprob of logprobs) expectPlausible(logprob, 0);

    const again = await create(app, { ...REQUEST, include: INCLUDE });
    const [item] = again.output;
    expect(item?.type === 'message' && item.content[0]).toEqual(textPart(events));

    const withTop = textPart(await stream(app, { ...REQUEST, include: INCLUDE, top_logprobs: 20 }));
    for (const logprob of withTop.logprobs as PartLogprob[]) expectPlausible(logprob, 20);
  });

  it('a response cut by max_output_tokens keeps the logprobs of what was streamed', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      ...REQUEST,
      include: INCLUDE,
      top_logprobs: 2,
      max_output_tokens: 16,
    });
    const final = finalResponse(events);
    expect(final.status).toBe('incomplete');
    const [item] = final.output;
    const part = item?.type === 'message' ? item.content[0] : undefined;
    const logprobs = part?.type === 'output_text' ? part.logprobs : [];
    expect(logprobs).toHaveLength(only(events, 'response.output_text.delta').length);
    expect(logprobs?.map((l) => l.token).join('')).toBe(part?.type === 'output_text' && part.text);
  });

  it('structured output (JSON pieces) gets logprobs too', async () => {
    const { app } = localServer();
    const response = await create(app, {
      ...REQUEST,
      include: INCLUDE,
      text: { format: { type: 'json_object' } },
    });
    const [item] = response.output;
    const part = item?.type === 'message' ? item.content[0] : undefined;
    expect(part?.type).toBe('output_text');
    if (part?.type !== 'output_text') return;
    expect(part.logprobs?.map((l) => l.token).join('')).toBe(part.text);
  });
});

describe('tokenLogprob', () => {
  it('gives distinct, ordered alternatives for any token, up to 20', () => {
    for (const token of [' the', 'a', '\n', ' café', '✓', '{"', '  ']) {
      const logprob = tokenLogprob(token, 3, 42, 20);
      expect(logprob.token).toBe(token);
      expectPlausible(logprob, 20);
      expect(logprob).toEqual(tokenLogprob(token, 3, 42, 20));
      // The chosen token's logprob does not depend on how many alternatives are asked for.
      expect(tokenLogprob(token, 3, 42, 0).logprob).toBe(logprob.logprob);
    }
  });
});
