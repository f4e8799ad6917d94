import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MASK,
  bearerToken,
  createStreamRedactor,
  maskHeaders,
  maskRequestSecrets,
  redactSecrets,
  withoutRequestSecrets,
  requestSecrets,
  secretList,
} from './redact.ts';

const KEY = 'test-key-redact-0123456789abcdef';

describe('secretList', () => {
  it('drops short and empty values, trims, dedupes, and adds the JSON-escaped form', () => {
    expect(secretList([KEY, ` ${KEY} `, 'short', '', null, undefined])).toEqual([KEY]);
    expect(secretList(['with"quote-inside'])).toEqual(['with\\"quote-inside', 'with"quote-inside']);
  });
});

describe('bearerToken', () => {
  it('takes the token after Bearer, or the whole value', () => {
    expect(bearerToken(`Bearer ${KEY}`)).toBe(KEY);
    expect(bearerToken(`bearer   ${KEY}  `)).toBe(KEY);
    expect(bearerToken(KEY)).toBe(KEY);
    expect(bearerToken('')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('redactSecrets', () => {
  it('masks every occurrence, the longer secret first', () => {
    const text = `Incorrect API key provided: ${KEY}. You sent ${KEY}x.`;
    expect(redactSecrets(text, secretList([KEY]))).toBe(
      `Incorrect API key provided: ${MASK}. You sent ${MASK}x.`,
    );
    const inner = KEY.slice(0, 12);
    expect(redactSecrets(`${KEY} ${inner}`, secretList([inner, KEY]))).toBe(`${MASK} ${MASK}`);
  });

  it('masks a key inside echoed JSON, escaped or not', () => {
    const odd = 'key-with"quote-0123';
    const json = JSON.stringify({ error: { message: `bad key ${odd}` } });
    expect(redactSecrets(json, secretList([odd]))).not.toContain('quote-0123');
  });
});

describe('createStreamRedactor', () => {
  /** Cuts `text` at the given positions. */
  const cut = (text: string, at: number[]) => {
    const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
    const pieces: string[] = [];
    let from = 0;
    for (const p of points) {
      pieces.push(text.slice(from, p));
      from = p;
    }
    pieces.push(text.slice(from));
    return pieces;
  };

  it('never lets a secret through, however the stream is cut', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 40 }),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (secret, fillers, cuts) => {
          const secrets = secretList([secret]);
          fc.pre(secrets.length > 0);
          const text = fillers.join(secret.trim());
          const redactor = createStreamRedactor(secrets);
          const out = cut(text, cuts).map((piece) => redactor.push(piece));
          out.push(redactor.flush());
          const joined = out.join('');
          expect(joined.includes(secret.trim())).toBe(false);
          // Unless it ends inside a secret, the output is the whole text redacted at once.
          const whole = redactSecrets(text, secrets);
          const endsInPartial = secrets.some((s) =>
            [...Array(s.length).keys()].some((k) => k >= 4 && whole.endsWith(s.slice(0, k))),
          );
          if (!endsInPartial) expect(joined).toBe(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds back a possible start of the key and releases it when it is not one', () => {
    const redactor = createStreamRedactor(secretList([KEY]));
    expect(redactor.push('data: test-key-re')).toBe('data: ');
    expect(redactor.push('dact-0123456789abcdef"}\n\n')).toBe(`${MASK}"}\n\n`);
    expect(redactor.push('tes')).toBe('');
    expect(redactor.push('ting\n')).toBe('testing\n');
    expect(redactor.flush()).toBe('');
  });

  it('masks a cut-off key at the end of the stream', () => {
    const redactor = createStreamRedactor(secretList([KEY]));
    expect(redactor.push(`x ${KEY.slice(0, 20)}`)).toBe('x ');
    expect(redactor.flush()).toBe(MASK);
  });

  it('passes text through untouched without secrets', () => {
    const redactor = createStreamRedactor([]);
    expect(redactor.push('sk-')).toBe('sk-');
    expect(redactor.flush()).toBe('');
  });
});

describe('maskHeaders', () => {
  it('shows Authorization as Bearer •••• and other credentials as ••••', () => {
    expect(
      maskHeaders({
        Authorization: `Bearer ${KEY}`,
        'x-api-key': KEY,
        'Content-Type': 'application/json',
      }),
    ).toEqual({
      Authorization: `Bearer ${MASK}`,
      'x-api-key': MASK,
      'Content-Type': 'application/json',
    });
  });
});

describe('MCP secrets', () => {
  const body = {
    model: 'm',
    tools: [
      { type: 'function', name: 'f', headers: { not: 'an mcp tool, left alone' } },
      {
        type: 'mcp',
        server_label: 's',
        headers: { Authorization: 'Bearer mcp-token-0123456789', 'X-Tenant': 'tenant-abcdefgh' },
        authorization: 'oauth-token-0123456789',
      },
    ],
  };

  it('finds header values, their bearer tokens and the authorization token', () => {
    expect(secretList(requestSecrets(body))).toEqual(
      expect.arrayContaining([
        'Bearer mcp-token-0123456789',
        'mcp-token-0123456789',
        'tenant-abcdefgh',
        'oauth-token-0123456789',
      ]),
    );
    expect(requestSecrets({ tools: 'nope' })).toEqual([]);
    expect(requestSecrets(null)).toEqual([]);
  });

  it('masks them in a body to show or save, keeping the header names', () => {
    const masked = maskRequestSecrets(body);
    const text = JSON.stringify(masked);
    expect(text).not.toContain('0123456789');
    expect(text).not.toContain('tenant-abcdefgh');
    expect(masked.tools[1]).toMatchObject({
      headers: { Authorization: MASK, 'X-Tenant': MASK },
      authorization: MASK,
    });
    expect(masked.tools[0]).toBe(body.tools[0]);
    expect(body.tools[1]?.headers?.Authorization).toBe('Bearer mcp-token-0123456789');
  });

  it('leaves them out of a body kept on this device, header names kept', () => {
    const kept = withoutRequestSecrets(body);
    expect(JSON.stringify(kept)).not.toMatch(/0123456789|tenant-abcdefgh/);
    expect(kept.tools[1]).toEqual({
      type: 'mcp',
      server_label: 's',
      headers: { Authorization: '', 'X-Tenant': '' },
      authorization: '',
    });
    expect(withoutRequestSecrets({ model: 'm' })).toEqual({ model: 'm' });
  });
});
