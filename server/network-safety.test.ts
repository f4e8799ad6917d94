import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import viteConfig from '../vite.config.ts';
import { proxyRequest } from './proxy.ts';

/**
 * Issue 9, the local proxy and servers: loopback only by default, http(s) only, redirects never
 * followed (whatever scheme they point to), and nothing about a request ever logged.
 */

const KEY = 'test-key-proxy-never-logged-0123';

/** A real upstream on loopback: `/redirect-*` answers 302 to the given Location, else JSON. */
async function upstream(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const locations: Record<string, string> = {
    '/redirect-file': 'file:///etc/passwd',
    '/redirect-http': 'http://example.com/v1/responses',
    '/redirect-loopback': '/elsewhere',
  };
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const location = locations[req.url ?? ''];
    if (location) {
      res.writeHead(302, { location });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, path: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function proxied(target: string, init: RequestInit = {}): Request {
  return new Request(`http://127.0.0.1:5173/proxy?url=${encodeURIComponent(target)}`, init);
}

describe('the proxy against a real upstream', () => {
  let up: Awaited<ReturnType<typeof upstream>>;
  beforeEach(async () => {
    up = await upstream();
  });
  afterEach(async () => {
    await up.close();
  });

  it.each([
    ['/redirect-file', 'file:///etc/passwd'],
    ['/redirect-http', 'http://example.com/v1/responses'],
    ['/redirect-loopback', '/elsewhere'],
  ])('does not follow %s: one upstream hit, a 502 naming the Location', async (path, location) => {
    const res = await proxyRequest(proxied(`${up.url}${path}`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(502);
    const json = (await res.json()) as { error: { message: string } };
    expect(json.error.message).toContain(`redirect to ${location}`);
    expect(up.hits).toEqual([path]);
  });

  it('logs nothing, not even with a key and a body', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const ok = await proxyRequest(
        proxied(`${up.url}/v1/responses`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'm', input: 'a private message' }),
        }),
      );
      expect(ok.status).toBe(200);
      await ok.text();
      const refused = await proxyRequest(
        proxied('file:///etc/passwd', { headers: { authorization: `Bearer ${KEY}` } }),
      );
      expect(refused.status).toBe(400);
      expect(await refused.text()).not.toContain(KEY);
      for (const spy of [...spies, stdout, stderr]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...spies, stdout, stderr]) spy.mockRestore();
    }
  });
});

describe('listening on loopback only, by default', () => {
  it('vite dev and preview bind 127.0.0.1', () => {
    expect(viteConfig.server?.host).toBe('127.0.0.1');
    expect(viteConfig.preview?.host).toBe('127.0.0.1');
  });

  it('the standalone server binds 127.0.0.1', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const env = { ...process.env };
    delete env.HOST;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/standalone.ts', '--port', '0'],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out);
        });
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(line).toMatch(/^Local Responses server on http:\/\/127\.0\.0\.1:\d+\/v1/);
    } finally {
      child.kill();
    }
  }, 20_000);
});
