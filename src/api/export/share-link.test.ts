import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATRIX } from './export-testkit.ts';
import { FRAGMENT_LIMIT, UPLOAD_LIMIT, decodeShareLink, encodeShareLink } from './share-link.ts';
import { isShareFragment } from './share-fragment.ts';

const PAGE = 'http://127.0.0.1:4173/?x=1#old';

async function link(body: Record<string, unknown>) {
  const result = await encodeShareLink(body, PAGE);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Raw deflate of a text, base64url: to craft links the encoder would never make. */
async function craft(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('share link', () => {
  it.each(MATRIX.filter((c) => !c.env).map((c) => [c.name, c.body] as const))(
    '%s round-trips through the fragment',
    async (_name, body) => {
      const { url, warnings } = await link(body);
      expect(url.startsWith('http://127.0.0.1:4173/?x=1#share=1.')).toBe(true);
      expect(warnings).toEqual([]);
      expect(await decodeShareLink(new URL(url).hash)).toEqual({ ok: true, body });
    },
  );

  it('any JSON object round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (body) => {
        const expected = JSON.parse(JSON.stringify(body)) as unknown;
        const { url } = await link(body);
        expect(await decodeShareLink(url)).toEqual({ ok: true, body: expected });
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out MCP credentials and large uploads, and names them', async () => {
    const big = `data:image/png;base64,${'A'.repeat((UPLOAD_LIMIT / 3) * 4 + 4)}`;
    const small = 'data:image/png;base64,iVBORw0KGgo=';
    const body = {
      model: 'm',
      input: [
        {
          role: 'user',
          content: [
            { type: 'input_image', image_url: big, detail: 'auto' },
            { type: 'input_image', image_url: small, detail: 'auto' },
          ],
        },
      ],
      tools: [
        {
          type: 'mcp',
          server_label: 'docs',
          headers: { Authorization: 'Bearer test-secret-mcp' },
          authorization: 'test-secret-oauth',
        },
      ],
    };
    const { url, warnings } = await link(body);
    expect(url).not.toContain('test-secret');
    expect(warnings).toEqual([
      'MCP credentials left out: tools[0].headers.Authorization, tools[0].authorization.',
      'Uploads over 12.0 KB left out: input[0].content[0].image_url (image/png, 12.0 KB).',
    ]);
    const decoded = await decodeShareLink(url);
    if (!decoded.ok) throw new Error(decoded.error);
    const json = JSON.stringify(decoded.body);
    expect(json).not.toContain('test-secret');
    expect(json).toContain(small);
    expect(json).toContain('left out of the share link: image/png, 12.0 KB');
    expect(decoded.body.tools).toEqual([
      { type: 'mcp', server_label: 'docs', headers: { Authorization: '' }, authorization: '' },
    ]);
  });

  it('says when a request is too large to share, with the size', async () => {
    // Random text does not compress: the link grows with it.
    const text = Array.from({ length: FRAGMENT_LIMIT }, (_, i) =>
      ((i * 7919) % 65_521).toString(36),
    ).join('');
    const result = await encodeShareLink({ model: 'm', input: text }, PAGE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      /^Too large to share: the link would be [\d,]+ characters \(the limit is 64,000\)\./,
    );
  });

  it.each([
    ['#other=1', 'no shared request'],
    ['#share=abc', 'no format version'],
    ['#share=2.abc', 'format 2; this playground reads format 1'],
    ['#share=1.', 'not valid base64url'],
    ['#share=1.ab$d', 'not valid base64url'],
    ['#share=1.AAAA', 'could not be decompressed'],
  ])('%s → a clear error', async (hash, message) => {
    const result = await decodeShareLink(hash);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('refuses a link that is cut short, altered, not an object or inflates too far', async () => {
    const { url } = await link(MATRIX[4]?.body ?? {});
    const hash = new URL(url).hash;
    for (const cut of [hash.length - 1, hash.length - 5, Math.floor(hash.length / 2), 12]) {
      expect((await decodeShareLink(hash.slice(0, cut))).ok).toBe(false);
    }
    expect(await decodeShareLink(`#share=1.${await craft('[1,2]')}`)).toEqual({
      ok: false,
      error: 'This share link is damaged: its request is not a JSON object.',
    });
    const bomb = await craft(`{"a":"${' '.repeat(9_000_000)}"}`);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeShareLink(`#share=1.${bomb}`)).toEqual({
      ok: false,
      error: 'This share link expands to more than 8 MB: refused.',
    });
  });

  it('decoding random or mangled fragments never throws', async () => {
    const { url } = await link(MATRIX[1]?.body ?? {});
    const good = new URL(url).hash.slice(1);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `share=1.${s}`),
          fc.base64String().map((s) => `share=1.${s.replace(/=/g, '')}`),
          fc.nat(good.length).map((n) => good.slice(0, n)),
          fc
            .tuple(fc.nat(good.length - 1), fc.constantFrom('A', '_', '-', '0'))
            .map(([i, ch]) => good.slice(0, i) + ch + good.slice(i + 1)),
        ),
        async (fragment) => {
          const result = await decodeShareLink(`#${fragment}`);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('recognises its fragment', () => {
    expect(isShareFragment('#share=1.x')).toBe(true);
    expect(isShareFragment('share=1.x')).toBe(true);
    expect(isShareFragment('#shared=1')).toBe(false);
  });
});
