import type OpenAI from 'openai';
import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalServer, type LocalServer } from './app.ts';
import { INSTANT } from './pace.ts';
import {
  AUTH,
  collapse,
  finalResponse,
  parseSseText,
  post,
  type SseEvent,
} from './test-support/http.ts';
import { loadRecording } from './test-support/recordings.ts';
import { startSdkServer } from './test-support/sdk-server.ts';

const BODY = { model: 'local-echo', input: 'Tell me a bedtime story.', background: true };

function request(app: LocalServer['app'], path: string, init: RequestInit = {}) {
  return app.request(path, { ...init, headers: { authorization: AUTH, ...init.headers } });
}

async function getResponse(app: LocalServer['app'], id: string): Promise<ApiResponse> {
  return (await (await request(app, `/v1/responses/${id}`)).json()) as ApiResponse;
}

async function postPaced(app: LocalServer['app'], body: unknown, pace: string) {
  return request(app, '/v1/responses', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-pace': pace },
    body: JSON.stringify(body),
  });
}

function text(response: ApiResponse): string {
  return response.output
    .flatMap((item) => (item.type === 'message' ? item.content : []))
    .map((part) => (part.type === 'output_text' ? part.text : ''))
    .join('');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('background mode (in-process)', () => {
  it('streams created → queued → in_progress → … as the recording', async () => {
    const { app } = createLocalServer({ pace: INSTANT });
    const res = await post(app, { ...BODY, stream: true });
    expect(res.status).toBe(200);
    const events = parseSseText(await res.text());
    const recorded = loadRecording('openai-background-queued.sse');
    expect(collapse(events.map((e) => e.type))).toEqual(collapse(recorded.map((e) => e.type)));
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const statuses = events
      .slice(0, 3)
      .map((e) => [(e.response as ApiResponse).status, (e.response as ApiResponse).background]);
    expect(statuses).toEqual([
      ['queued', true],
      ['queued', true],
      ['in_progress', true],
    ]);
    expect(finalResponse(events).status).toBe('completed');
  });

  it('rejects background with store=false', async () => {
    const { app } = createLocalServer({ pace: INSTANT });
    const res = await post(app, { ...BODY, store: false });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; param: string } };
    expect(body.error).toMatchObject({
      message: 'Background mode requires store=true',
      param: 'background',
    });
  });

  it('answers at once with queued, and polling sees queued → in_progress → completed', async () => {
    const { app } = createLocalServer();
    const res = await postPaced(app, { ...BODY, stream: false }, '400');
    const queued = (await res.json()) as ApiResponse;
    expect(queued.status).toBe('queued');
    expect(queued.background).toBe(true);
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      const status = (await getResponse(app, queued.id)).status ?? '';
      if (seen.at(-1) !== status) seen.push(status);
      if (status === 'completed') break;
      await sleep(10);
    }
    expect(seen).toEqual(['queued', 'in_progress', 'completed']);
    expect(text(await getResponse(app, queued.id)).length).toBeGreaterThan(0);
  });

  it('keeps running when the streaming client goes away', async () => {
    const { app } = createLocalServer();
    const res = await postPaced(app, { ...BODY, stream: true }, '500');
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const id = parseSseText(first)[0]!.response as ApiResponse;
    await reader.cancel();
    for (let i = 0; i < 300; i++) {
      if ((await getResponse(app, id.id)).status === 'completed') break;
      await sleep(10);
    }
    expect((await getResponse(app, id.id)).status).toBe('completed');
  });

  it('cancels an in-flight response; a finished one is returned unchanged', async () => {
    const { app } = createLocalServer();
    const queued = (await (await postPaced(app, BODY, '20')).json()) as ApiResponse;
    const res = await request(app, `/v1/responses/${queued.id}/cancel`, { method: 'POST' });
    expect(res.status).toBe(200);
    const cancelled = (await res.json()) as ApiResponse;
    expect(cancelled.status).toBe('cancelled');
    await sleep(300);
    expect((await getResponse(app, queued.id)).status).toBe('cancelled');
    const again = await request(app, `/v1/responses/${queued.id}/cancel`, { method: 'POST' });
    expect(((await again.json()) as ApiResponse).status).toBe('cancelled');

    const missing = await request(app, '/v1/responses/resp_nope/cancel', { method: 'POST' });
    expect(missing.status).toBe(404);
  });

  it('refuses to cancel a response that was not made in background', async () => {
    const { app } = createLocalServer({ pace: INSTANT });
    const res = await post(app, { model: 'local-echo', input: 'hi' });
    const { id } = (await res.json()) as ApiResponse;
    const cancel = await request(app, `/v1/responses/${id}/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(400);
  });

  it('resumes with starting_after: exactly the later events, same final text', async () => {
    const { app } = createLocalServer();
    const res = await postPaced(app, { ...BODY, stream: true }, '300');
    const reader = res.body!.getReader();
    let received = '';
    let firstPart: SseEvent[] = [];
    while (firstPart.length < 10) {
      received += new TextDecoder().decode((await reader.read()).value);
      firstPart = parseSseText(received);
    }
    await reader.cancel();
    const id = (firstPart[0]!.response as ApiResponse).id;
    const last = firstPart.at(-1)!.sequence_number;
    const resumed = await request(app, `/v1/responses/${id}?stream=true&starting_after=${last}`);
    expect(resumed.headers.get('content-type')).toContain('text/event-stream');
    const rest = parseSseText(await resumed.text());
    expect(rest[0]!.sequence_number).toBe(last + 1);
    const all = [...firstPart, ...rest];
    expect(all.map((e) => e.sequence_number)).toEqual(all.map((_, i) => i));
    const full = parseSseText(await (await request(app, `/v1/responses/${id}?stream=true`)).text());
    expect(full).toEqual(all);
    expect(text(finalResponse(all))).toBe(text(await getResponse(app, id)));
    expect(text(finalResponse(all)).length).toBeGreaterThan(0);
  });
});

describe('background mode with the official SDK', () => {
  let client: OpenAI;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ client, close } = await startSdkServer());
  });

  afterAll(() => close());

  it('responses.stream({ response_id, starting_after }) completes', async () => {
    const created = await client.responses.create({ ...BODY, stream: false });
    expect(created.status).toBe('queued');
    const stream = client.responses.stream({ response_id: created.id, starting_after: 2 });
    const numbers: number[] = [];
    for await (const event of stream) numbers.push(event.sequence_number);
    const final = await stream.finalResponse();
    expect(final.status).toBe('completed');
    expect(final.output_text.length).toBeGreaterThan(0);
    expect(numbers[0]).toBe(3);
    const polled = await client.responses.retrieve(created.id);
    expect(polled.output_text).toBe(final.output_text);
    const cancelled = await client.responses.cancel(created.id);
    expect(cancelled.status).toBe('completed');
  });
});
