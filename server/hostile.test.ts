import { describe, expect, it } from 'vitest';
import { createLocalServer } from './app.ts';
import { INSTANT } from './pace.ts';
import { AUTH, create, finalResponse, localServer, stream } from './test-support/http.ts';
import { strictReplay } from './test-support/strict-stream.ts';

type Json = Record<string, unknown>;

const REQUEST = { model: 'local-hostile', input: 'my secret plan (v2)' };

function itemOf(output: readonly Json[], type: string): Json {
  const item = output.find((i) => i.type === type);
  if (!item) throw new Error(`no ${type} item`);
  return item;
}

describe('local-hostile', () => {
  it('streams the payloads in every kind of item, protocol-faithfully', async () => {
    const { app } = localServer();
    const events = await stream(app, REQUEST);
    const final = finalResponse(events);
    expect(final.status).toBe('completed');
    const output = strictReplay(events);
    expect(output).toEqual(final.output);
    expect(output.map((i) => i.type)).toEqual([
      'reasoning',
      'web_search_call',
      'mcp_list_tools',
      'mcp_call',
      'code_interpreter_call',
      'message',
    ]);
    const text = JSON.stringify(output);
    for (const payload of [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror=\\"window.__pwned=2\\">',
      '[click](javascript:window.__pwned=3)',
      '(data:text/html,<script>window.__pwned=10</script>)',
      '(vbscript:msgbox)',
      'data:image/svg+xml;base64,',
    ]) {
      expect(text).toContain(payload);
    }
    const message = itemOf(output, 'message');
    const [part] = message.content as Json[];
    const urls = (part?.annotations as Json[]).map((a) => a.url);
    expect(urls).toContain('javascript:window.__pwned=12');
    expect(JSON.stringify(itemOf(output, 'reasoning'))).toContain('javascript:window.__pwned=31');
    expect(String(itemOf(output, 'mcp_call').output)).toContain('<script>');
  });

  it('points the tracking images at its own beacon, carrying the user message', async () => {
    const { app } = createLocalServer({ pace: INSTANT, basePath: '/local' });
    const response = await create(app, REQUEST);
    const text = JSON.stringify(response.output);
    const leak = encodeURIComponent(REQUEST.input).replace('(', '%28').replace(')', '%29');
    for (const from of ['message', 'reasoning', 'mcp']) {
      expect(text).toContain(`http://localhost/local/debug/beacon?leak=${leak}&from=${from}`);
    }
  });

  it('records beacon hits, filtered by leak, and never needs a key', async () => {
    const { app } = localServer();
    const empty = (await (await app.request('/debug/beacon-hits?leak=a')).json()) as Json;
    expect(empty.data).toEqual([]);
    const pixel = await app.request('/debug/beacon?leak=a&from=message', {
      headers: { referer: 'http://x.test/' },
    });
    expect(pixel.status).toBe(200);
    expect(pixel.headers.get('content-type')).toBe('image/gif');
    expect(pixel.headers.get('cache-control')).toBe('no-store');
    await app.request('/debug/beacon?leak=b');
    const hits = (await (await app.request('/debug/beacon-hits?leak=a')).json()) as {
      data: Json[];
    };
    expect(hits.data).toMatchObject([
      { query: { leak: 'a', from: 'message' }, referer: 'http://x.test/' },
    ]);
    const all = (await (await app.request('/debug/beacon-hits')).json()) as { data: Json[] };
    expect(all.data).toHaveLength(2);
    await app.request('/debug/beacon-hits', { method: 'DELETE' });
    const cleared = (await (await app.request('/debug/beacon-hits')).json()) as { data: Json[] };
    expect(cleared.data).toEqual([]);
  });

  it('is listed as a model', async () => {
    const { app } = localServer();
    const res = await app.request('/v1/models', { headers: { authorization: AUTH } });
    const list = (await res.json()) as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).toContain('local-hostile');
  });
});

describe('MCP credentials', () => {
  it('are echoed as headers: null and no authorization, as the real API does', async () => {
    const { app } = localServer();
    const tool = {
      type: 'mcp',
      server_label: 'dice',
      server_url: 'https://x.test',
      require_approval: 'never',
      headers: { Authorization: 'Bearer mcp-secret-0123456789' },
      authorization: 'oauth-secret-0123456789',
    };
    const events = await stream(app, { model: 'local-echo', tools: [tool], input: 'hi' });
    const created = events[0]?.response as Json;
    expect(created.tools).toEqual([
      {
        type: 'mcp',
        server_label: 'dice',
        server_url: 'https://x.test',
        require_approval: 'never',
        headers: null,
      },
    ]);
    expect(JSON.stringify(finalResponse(events).tools)).not.toContain('secret');
  });
});
