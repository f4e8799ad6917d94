import { describe, expect, it } from 'vitest';
import type { ReceivedEvent } from '../events/parse-event.ts';
import { MASK } from '../security/redact.ts';
import type { Connection } from './connection.ts';
import { listModels, ModelsError } from './list-models.ts';
import { getResponse, ResponseEndpointError } from './response-endpoints.ts';
import { sendResponse } from './send-response.ts';

/** Whatever a server sends back, the key (and MCP secrets) never reach the app. */

const KEY = 'test-key-echoed-back-0123456789';
const MCP_TOKEN = 'mcp-secret-token-abcdef';
const connection: Connection = { baseUrl: 'https://gw.example/v1', apiKey: KEY, viaProxy: false };
const SSE = { 'content-type': 'text/event-stream' };
const encoder = new TextEncoder();

function answering(response: () => Response): typeof fetch {
  return () => Promise.resolve(response());
}

/** A body handed out in the given pieces, one per read. */
function pieces(parts: readonly string[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[next++];
      if (part === undefined) controller.close();
      else controller.enqueue(encoder.encode(part));
    },
  });
}

async function collect(body: Record<string, unknown>, fetchImpl: typeof fetch) {
  const events: ReceivedEvent[] = [];
  const chunks: string[] = [];
  const outcome = await sendResponse(connection, body, {
    fetchImpl,
    handlers: { onEvent: (e) => events.push(e), onChunk: (text) => chunks.push(text) },
  });
  return { outcome, events, chunks };
}

describe('the key in what comes back', () => {
  it('is masked in an HTTP error that echoes it (message and raw body)', async () => {
    const json = answering(() =>
      Response.json(
        { error: { message: `Incorrect API key provided: ${KEY}.`, code: 'invalid_api_key' } },
        { status: 401 },
      ),
    );
    const { outcome } = await collect({ model: 'm' }, json);
    expect(outcome.kind).toBe('http-error');
    expect(JSON.stringify(outcome)).not.toContain(KEY);
    expect(outcome.kind === 'http-error' && outcome.error.message).toBe(
      `Incorrect API key provided: ${MASK}.`,
    );

    const text = answering(() => new Response(`bad key ${KEY}`, { status: 403 }));
    const plain = await collect({ model: 'm' }, text);
    expect(JSON.stringify(plain.outcome)).not.toContain(KEY);
    expect(JSON.stringify(plain.outcome)).toContain(MASK);
  });

  it('is masked in streamed events and raw chunks, even split across chunks', async () => {
    const data = JSON.stringify({
      type: 'response.created',
      sequence_number: 0,
      response: { id: 'resp_1', output: [], note: `echo ${KEY} and ${MCP_TOKEN}` },
    });
    const text = `event: response.created\ndata: ${data}\n\n`;
    const splitAt = text.indexOf(KEY) + 9;
    const mcpSplit = text.indexOf(MCP_TOKEN) + 3;
    const fetchImpl = answering(
      () =>
        new Response(
          pieces([text.slice(0, splitAt), text.slice(splitAt, mcpSplit), text.slice(mcpSplit)]),
          { headers: SSE },
        ),
    );
    const body = {
      model: 'm',
      stream: true,
      tools: [
        { type: 'mcp', server_label: 's', headers: { Authorization: `Bearer ${MCP_TOKEN}` } },
      ],
    };
    const { outcome, events, chunks } = await collect(body, fetchImpl);
    expect(outcome.kind).toBe('stream-ended');
    const everything = JSON.stringify({ events, chunks });
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(MCP_TOKEN);
    expect(chunks.join('')).toBe(text.replace(KEY, MASK).replace(MCP_TOKEN, MASK));
    expect(events).toHaveLength(1);
    expect(events[0]?.parseError).toBeUndefined();
    expect(JSON.stringify(events[0]?.payload)).toContain(`echo ${MASK} and ${MASK}`);
  });

  it('is masked in a non-streamed JSON answer', async () => {
    const fetchImpl = answering(() => Response.json({ id: 'resp_1', output: [], echo: KEY }));
    const { outcome } = await collect({ model: 'm' }, fetchImpl);
    expect(outcome).toEqual({ kind: 'json', body: { id: 'resp_1', output: [], echo: MASK } });
  });

  it('is masked in models-list and response-endpoint errors', async () => {
    const fetchImpl = answering(() =>
      Response.json({ error: { message: `no access for ${KEY}` } }, { status: 401 }),
    );
    const models = await listModels(connection, { fetchImpl }).catch((e: unknown) => e);
    expect(models).toBeInstanceOf(ModelsError);
    expect((models as ModelsError).info.message).toBe(`no access for ${MASK}`);
    const poll = await getResponse(connection, 'resp_1', { fetchImpl }).catch((e: unknown) => e);
    expect(poll).toBeInstanceOf(ResponseEndpointError);
    expect((poll as ResponseEndpointError).info.message).toBe(`no access for ${MASK}`);
  });
});
