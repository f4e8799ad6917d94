import { describe, expect, it } from 'vitest';
import { proxyRequest, rejectTarget } from './proxy.ts';

interface ProxyErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response | Promise<Response>): {
  fetchImpl: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const call = { url, init };
    calls.push(call);
    return respond(call);
  };
  return { fetchImpl, calls };
}

const UPSTREAM = 'https://api.example.com/v1/responses';

function proxied(target: string | null, init: RequestInit = {}): Request {
  const query = target === null ? '' : `?url=${encodeURIComponent(target)}`;
  return new Request(`http://127.0.0.1:5173/proxy${query}`, init);
}

const encoder = new TextEncoder();

describe('rejectTarget', () => {
  it.each([
    'https://api.openai.com/v1/responses',
    'https://api.cometapi.com/v1',
    'http://127.0.0.1:8787/v1/responses',
    'http://127.0.0.5/v1',
    'http://localhost:8787/v1',
    'http://[::1]:8787/v1',
  ])('accepts %s', (target) => {
    expect(rejectTarget(target)).toBeNull();
  });

  it.each([
    ['http://example.com/v1', /plain http only to this machine.*use https for 'example\.com'/],
    ['http://localhost.example.com/v1', /use https for 'localhost\.example\.com'/],
    ['http://127.0.0.1.example.com/v1', /use https/],
    ['ftp://files.example.com/x', /only https:\/\/.*not 'ftp:'/],
    ['file:///etc/passwd', /only https:\/\/.*not 'file:'/],
    ['javascript:alert(1)', /only https:\/\/.*not 'javascript:'/],
    ['data:text/plain,hello', /only https:\/\/.*not 'data:'/],
    ['/v1/responses', /not an absolute URL: '\/v1\/responses'/],
  ])('rejects %s', (target, message) => {
    expect(rejectTarget(target)).toMatch(message);
  });

  it.each([null, ''])('rejects a missing target (%j)', (target) => {
    expect(rejectTarget(target)).toBe('The proxy needs a target: /proxy?url=<absolute https URL>.');
  });
});

describe('proxyRequest', () => {
  it('forwards method, body and API headers, but not cookies or origin', async () => {
    const { fetchImpl, calls } = fakeFetch(() => Response.json({ ok: true }));
    const body = JSON.stringify({ model: 'gpt-4o-mini', input: 'hi', stream: true });
    const res = await proxyRequest(
      proxied(UPSTREAM, {
        method: 'POST',
        headers: {
          authorization: 'Bearer sk-upstream',
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'openai-organization': 'org_1',
          'x-stainless-lang': 'js',
          cookie: 'session=secret',
          origin: 'http://127.0.0.1:5173',
          referer: 'http://127.0.0.1:5173/',
          'x-forwarded-for': '10.0.0.1',
        },
        body,
      }),
      fetchImpl,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(UPSTREAM);
    expect(call?.init.method).toBe('POST');
    expect(call?.init.redirect).toBe('manual');
    const sentBody = call?.init.body;
    expect(sentBody).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(sentBody as ArrayBuffer)).toBe(body);

    const headers = new Headers(call?.init.headers);
    expect(headers.get('authorization')).toBe('Bearer sk-upstream');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('accept')).toBe('text/event-stream');
    expect(headers.get('openai-organization')).toBe('org_1');
    expect(headers.get('x-stainless-lang')).toBe('js');
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('origin')).toBeNull();
    expect(headers.get('referer')).toBeNull();
    expect(headers.get('x-forwarded-for')).toBeNull();
  });

  it('sends no body for GET', async () => {
    const { fetchImpl, calls } = fakeFetch(() => Response.json({ object: 'list', data: [] }));
    const res = await proxyRequest(
      proxied('https://api.example.com/v1/models', { headers: { authorization: 'Bearer k' } }),
      fetchImpl,
    );
    expect(res.status).toBe(200);
    expect(calls[0]?.init.method).toBe('GET');
    expect(calls[0]?.init.body).toBeNull();
  });

  it.each([
    ['ftp://files.example.com/x', /not 'ftp:'/],
    ['http://example.com/v1/responses', /use https for 'example\.com'/],
    [null, /needs a target/],
  ])('answers 400 JSON for %s without calling upstream', async (target, message) => {
    const { fetchImpl, calls } = fakeFetch(() => new Response('should not be called'));
    const res = await proxyRequest(proxied(target, { method: 'POST', body: '{}' }), fetchImpl);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as ProxyErrorBody;
    expect(json.error.message).toMatch(message);
    expect(json).toEqual({
      error: { message: json.error.message, type: 'proxy_error', param: 'url', code: null },
    });
    expect(calls).toHaveLength(0);
  });

  it.each([301, 302, 307, 308])(
    'does not follow a %i redirect: it becomes a 502',
    async (status) => {
      const { fetchImpl, calls } = fakeFetch(
        () =>
          new Response(null, { status, headers: { location: 'https://login.example.com/signin' } }),
      );
      const res = await proxyRequest(proxied(UPSTREAM, { method: 'POST', body: '{}' }), fetchImpl);
      expect(calls).toHaveLength(1);
      expect(res.status).toBe(502);
      const json = (await res.json()) as ProxyErrorBody;
      expect(json.error.type).toBe('proxy_error');
      expect(json.error.message).toContain(`answered ${status}`);
      expect(json.error.message).toContain('https://login.example.com/signin');
      expect(json.error.message).toContain('does not follow redirects');
    },
  );

  it('answers 502 with the cause when upstream cannot be reached', async () => {
    const fetchImpl: typeof fetch = () =>
      Promise.reject(
        new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 10.0.0.9:443') }),
      );
    const res = await proxyRequest(proxied(UPSTREAM, { method: 'POST', body: '{}' }), fetchImpl);
    expect(res.status).toBe(502);
    const json = (await res.json()) as ProxyErrorBody;
    expect(json.error.message).toBe(
      'The local proxy could not reach api.example.com: connect ECONNREFUSED 10.0.0.9:443.',
    );
  });

  it('passes status and headers through, minus encoding, length and cookies', async () => {
    const { fetchImpl } = fakeFetch(
      () =>
        new Response('{"error":{"message":"nope"}}', {
          status: 429,
          statusText: 'Too Many Requests',
          headers: {
            'content-type': 'application/json',
            'content-encoding': 'gzip',
            'content-length': '28',
            'set-cookie': 'tracker=1',
            'retry-after': '7',
            'x-request-id': 'req_upstream',
          },
        }),
    );
    const res = await proxyRequest(proxied(UPSTREAM, { method: 'POST', body: '{}' }), fetchImpl);
    expect(res.status).toBe(429);
    expect(res.statusText).toBe('Too Many Requests');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-request-id')).toBe('req_upstream');
    expect(await res.text()).toBe('{"error":{"message":"nope"}}');
  });

  it('streams the body through before upstream has finished', async () => {
    let release = (): void => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let upstreamClosed = false;
    const upstreamBody = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('event: response.created\ndata: {}\n\n'));
        void released.then(() => {
          controller.enqueue(encoder.encode('event: response.completed\ndata: {}\n\n'));
          controller.close();
          upstreamClosed = true;
        });
      },
    });
    const { fetchImpl } = fakeFetch(
      () =>
        new Response(upstreamBody, {
          headers: { 'content-type': 'text/event-stream; charset=utf-8' },
        }),
    );
    // Everything up to the first chunk must happen while upstream is still open.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the proxy waited for the whole body')), 1000);
    });
    const firstChunk = async () => {
      const res = await proxyRequest(proxied(UPSTREAM, { method: 'POST', body: '{}' }), fetchImpl);
      expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const reader = res.body?.getReader();
      if (!reader) throw new Error('no body');
      return { reader, first: await reader.read() };
    };
    const { reader, first } = await Promise.race([firstChunk(), timeout]).finally(() =>
      clearTimeout(timer),
    );
    const decoder = new TextDecoder();
    expect(first.done).toBe(false);
    expect(decoder.decode(first.value)).toBe('event: response.created\ndata: {}\n\n');
    expect(upstreamClosed).toBe(false);

    release();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
    }
    expect(rest).toBe('event: response.completed\ndata: {}\n\n');
    expect(upstreamClosed).toBe(true);
  });
});
