import { describe, expect, it } from 'vitest';
import type { ReceivedEvent } from '../events/parse-event.ts';
import type { Connection } from './connection.ts';
import {
  cancelResponse,
  tryCancelResponse,
  getResponse,
  isTerminalStatus,
  ResponseEndpointError,
  resumeStream,
  sendWithResume,
} from './response-endpoints.ts';

const encoder = new TextEncoder();
const SSE = { 'content-type': 'text/event-stream; charset=utf-8' };
const JSON_TYPE = { 'content-type': 'application/json' };
const connection: Connection = {
  baseUrl: 'http://local.test/v1',
  apiKey: 'sk-test',
  viaProxy: false,
};

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call, n: number) => Response) {
  const calls: Call[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, init: init ?? {} };
    calls.push(call);
    return Promise.resolve().then(() => respond(call, calls.length - 1));
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const ID = 'resp_bg';

function response(status: string, text = '') {
  return {
    id: ID,
    object: 'response',
    status,
    background: true,
    output: text
      ? [
          {
            type: 'message',
            id: 'msg_1',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text, annotations: [] }],
          },
        ]
      : [],
  };
}

/** The event stream of a background response: created, queued, in_progress, deltas, completed. */
function events(words: string[]): string[] {
  const all: Record<string, unknown>[] = [
    { type: 'response.created', response: response('queued') },
    { type: 'response.queued', response: response('queued') },
    { type: 'response.in_progress', response: response('in_progress') },
    ...words.map((delta) => ({
      type: 'response.output_text.delta',
      item_id: 'msg_1',
      output_index: 0,
      content_index: 0,
      delta,
    })),
    { type: 'response.completed', response: response('completed', words.join('')) },
  ];
  return all.map(
    (event, i) =>
      `event: ${String(event.type)}\ndata: ${JSON.stringify({ ...event, sequence_number: i })}\n\n`,
  );
}

/** A body that sends `frames`, then errors (a dropped connection) unless `end` is set. */
function sseBody(frames: string[], end: boolean): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const frame = frames[i++];
      if (frame !== undefined) controller.enqueue(encoder.encode(frame));
      else if (end) controller.close();
      else controller.error(new TypeError('terminated'));
    },
  });
}

describe('getResponse / cancelResponse', () => {
  it('GETs the snapshot with the key', async () => {
    const { fetchImpl, calls } = fakeFetch(
      () => new Response(JSON.stringify(response('in_progress')), { headers: JSON_TYPE }),
    );
    const got = await getResponse(connection, ID, { fetchImpl });
    expect(got.status).toBe('in_progress');
    expect(calls[0]!.url).toBe('http://local.test/v1/responses/resp_bg');
    expect(calls[0]!.init.method).toBe('GET');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer sk-test');
  });

  it('POSTs cancel and throws the API error on a 404', async () => {
    const { fetchImpl, calls } = fakeFetch((_, n) =>
      n === 0
        ? new Response(JSON.stringify(response('cancelled')), { headers: JSON_TYPE })
        : new Response(
            JSON.stringify({ error: { message: 'No response found', type: 'x', param: null } }),
            { status: 404, headers: JSON_TYPE },
          ),
    );
    expect((await cancelResponse(connection, ID, { fetchImpl })).status).toBe('cancelled');
    expect(calls[0]!.url).toBe('http://local.test/v1/responses/resp_bg/cancel');
    expect(calls[0]!.init.method).toBe('POST');
    const failing = getResponse(connection, ID, { fetchImpl });
    await expect(failing).rejects.toBeInstanceOf(ResponseEndpointError);
    await expect(failing).rejects.toThrow('No response found');
  });

  it('tryCancelResponse returns the cancelled response, or the error instead of throwing', async () => {
    const { fetchImpl } = fakeFetch((_, n) =>
      n === 0
        ? new Response(JSON.stringify(response('cancelled')), { headers: JSON_TYPE })
        : new Response(
            JSON.stringify({
              error: { message: 'Cannot cancel a completed response', type: 'x', param: null },
            }),
            { status: 400, headers: JSON_TYPE },
          ),
    );
    const done = await tryCancelResponse(connection, ID, { fetchImpl });
    expect('response' in done && done.response.status).toBe('cancelled');
    const refused = await tryCancelResponse(connection, ID, { fetchImpl });
    expect('error' in refused && refused.error).toMatchObject({
      status: 400,
      message: expect.stringContaining('Cannot cancel a completed response') as unknown,
    });
    const offline = await tryCancelResponse(connection, ID, {
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect('error' in offline && offline.error.source).toBe('network');
  });

  it('knows the terminal statuses', () => {
    expect(['completed', 'failed', 'incomplete', 'cancelled'].every(isTerminalStatus)).toBe(true);
    expect(isTerminalStatus('queued')).toBe(false);
    expect(isTerminalStatus('in_progress')).toBe(false);
  });
});

describe('resumeStream', () => {
  it('GETs ?stream=true&starting_after=N and reads the SSE', async () => {
    const frames = events(['a', 'b']);
    const { fetchImpl, calls } = fakeFetch(
      () => new Response(sseBody(frames.slice(4), true), { headers: SSE }),
    );
    const got: ReceivedEvent[] = [];
    const outcome = await resumeStream(
      connection,
      ID,
      3,
      { onEvent: (e) => got.push(e) },
      {
        fetchImpl,
      },
    );
    expect(outcome.kind).toBe('stream-ended');
    expect(calls[0]!.url).toBe(
      'http://local.test/v1/responses/resp_bg?stream=true&starting_after=3',
    );
    expect(calls[0]!.init.method).toBe('GET');
    expect(got.map((e) => e.sequenceNumber)).toEqual([4, 5]);
  });
});

describe('sendWithResume', () => {
  const words = ['Once', ' upon', ' a', ' time'];
  const frames = events(words);
  const body = { model: 'm', input: 'story', background: true, stream: true };

  it('resumes once after a mid-stream drop, without duplicates, to the end', async () => {
    // The first stream drops after 5 events; the server replays from starting_after but
    // (to prove the client dedupes) also repeats one event it already had.
    const { fetchImpl, calls } = fakeFetch((_, n) =>
      n === 0
        ? new Response(sseBody(frames.slice(0, 5), false), { headers: SSE })
        : new Response(sseBody(frames.slice(4), true), { headers: SSE }),
    );
    const got: ReceivedEvent[] = [];
    const resumed: { responseId: string; startingAfter: number }[] = [];
    const outcome = await sendWithResume(connection, body, {
      fetchImpl,
      handlers: { onEvent: (e) => got.push(e) },
      onResume: (info) => resumed.push(info),
    });
    expect(outcome.kind).toBe('stream-ended');
    expect(resumed).toEqual([{ responseId: ID, startingAfter: 4 }]);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.url).toContain('/responses/resp_bg?stream=true&starting_after=4');
    expect(got.map((e) => e.sequenceNumber)).toEqual(frames.map((_, i) => i));
    expect(got.map((e) => e.index)).toEqual(frames.map((_, i) => i));
    const text = got
      .filter((e) => e.type === 'response.output_text.delta')
      .map((e) => (e.payload as { delta: string }).delta)
      .join('');
    expect(text).toBe(words.join(''));
    expect(got.at(-1)!.type).toBe('response.completed');
  });

  it('does not resume a foreground stream, nor after the terminal event', async () => {
    const foreground = fakeFetch(
      () => new Response(sseBody(frames.slice(0, 3), false), { headers: SSE }),
    );
    const first = await sendWithResume(
      connection,
      { ...body, background: false },
      { fetchImpl: foreground.fetchImpl, handlers: { onEvent: () => {} } },
    );
    expect(first.kind).toBe('network-error');
    expect(foreground.calls).toHaveLength(1);

    const late = fakeFetch(() => new Response(sseBody(frames, false), { headers: SSE }));
    const second = await sendWithResume(connection, body, {
      fetchImpl: late.fetchImpl,
      handlers: { onEvent: () => {} },
    });
    expect(second.kind).toBe('network-error');
    expect(late.calls).toHaveLength(1);
  });

  it('resumes only once', async () => {
    const { fetchImpl, calls } = fakeFetch(
      () => new Response(sseBody(frames.slice(0, 4), false), { headers: SSE }),
    );
    const outcome = await sendWithResume(connection, body, {
      fetchImpl,
      handlers: { onEvent: () => {} },
    });
    expect(outcome.kind).toBe('network-error');
    expect(calls).toHaveLength(2);
  });
});
