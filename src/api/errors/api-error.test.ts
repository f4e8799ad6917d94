import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeError,
  errorFromEvent,
  errorFromFailedResponse,
  errorFromHttp,
  parseErrorEnvelope,
  parseRetryAfter,
  summarizeHtml,
} from './api-error.ts';
import { REFERENCE_DIR } from '../../test/reference.ts';

const REFERENCE = REFERENCE_DIR;
const invalidKeyBody = readFileSync(
  `${REFERENCE}/http/openai-error-401-invalid-api-key.json`,
  'utf8',
);
const notFoundBody = readFileSync(
  `${REFERENCE}/http/openai-error-404-response-not-found.json`,
  'utf8',
);

/** The `error` event of a recorded stream, as its raw JSON payload. */
function recordedErrorEvent(): unknown {
  const text = readFileSync(`${REFERENCE}/sse/openai-error-failed.sse`, 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('data: {"type":"error"'));
  if (line === undefined) throw new Error('the recording has no error event');
  return JSON.parse(line.slice('data: '.length));
}

const json = { 'content-type': 'application/json' };

const NGINX_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>
`;

describe('errorFromHttp', () => {
  it('reads the OpenAI JSON envelope (401 invalid_api_key)', () => {
    const error = errorFromHttp(401, 'Unauthorized', new Headers(json), invalidKeyBody);
    expect(error).toEqual({
      source: 'http',
      status: 401,
      statusText: 'Unauthorized',
      retryAfter: null,
      message:
        'Incorrect API key provided: not-a-re**************************ized. You can find your API key at https://platform.openai.com/account/api-keys.',
      type: 'invalid_request_error',
      code: 'invalid_api_key',
      param: null,
    });
    // The envelope is understood, so the raw body is not repeated.
    expect(error.rawBody).toBeUndefined();
  });

  it('reads the 404 envelope', () => {
    const error = errorFromHttp(404, 'Not Found', new Headers(json), notFoundBody);
    const expected = JSON.parse(notFoundBody) as { error: { message: string; param: unknown } };
    expect(error.message).toBe(expected.error.message);
    expect(error.param).toBe(expected.error.param);
    expect(error.status).toBe(404);
  });

  it('turns an nginx 502 HTML page into a readable sentence', () => {
    const headers = new Headers({ 'content-type': 'text/html' });
    const error = errorFromHttp(502, 'Bad Gateway', headers, NGINX_502);
    expect(error.message).toBe(
      'HTTP 502 Bad Gateway: the server answered with an HTML page, not JSON: “502 Bad Gateway”',
    );
    expect(error.message).not.toMatch(/[<>]/);
    expect(error.rawBody).toBe(NGINX_502);
    expect(error.status).toBe(502);
  });

  it('recognises an HTML body by its doctype when the content-type does not say so', () => {
    const html =
      '<!DOCTYPE html><html><body><h1>Service   Unavailable</h1><p>Try later</p></body></html>';
    const error = errorFromHttp(503, '', new Headers(), html);
    expect(error.message).toBe(
      'HTTP 503: the server answered with an HTML page, not JSON: “Service Unavailable Try later”',
    );
  });

  it('says so when the body is empty', () => {
    expect(errorFromHttp(500, 'Internal Server Error', new Headers(), '').message).toBe(
      'HTTP 500 Internal Server Error with an empty body',
    );
    // HTTP/2 has no status text.
    const error = errorFromHttp(500, '', new Headers(), '  \n');
    expect(error.message).toBe('HTTP 500 with an empty body');
    expect(error.rawBody).toBe('  \n');
  });

  it('quotes a plain text body', () => {
    const headers = new Headers({ 'content-type': 'text/plain' });
    const error = errorFromHttp(503, 'Service Unavailable', headers, 'upstream connect error\n');
    expect(error.message).toBe('HTTP 503 Service Unavailable: upstream connect error');
    expect(error.rawBody).toBe('upstream connect error\n');
  });

  it('shortens a long text body in the message and in rawBody', () => {
    const body = 'x'.repeat(5000);
    const error = errorFromHttp(500, 'Oops', new Headers(), body);
    expect(error.message).toBe(`HTTP 500 Oops: ${'x'.repeat(300)}…`);
    expect(error.rawBody).toHaveLength(4000);
  });

  it('quotes JSON that is not an error envelope', () => {
    const error = errorFromHttp(400, 'Bad Request', new Headers(json), '{"detail":"nope"}');
    expect(error.message).toBe('HTTP 400 Bad Request: {"detail":"nope"}');
  });

  it('takes retryAfter from the headers', () => {
    const headers = new Headers({ ...json, 'retry-after': '20' });
    const body = JSON.stringify({
      error: {
        message: 'Rate limit reached',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });
    const error = errorFromHttp(429, 'Too Many Requests', headers, body);
    expect(error).toMatchObject({
      status: 429,
      message: 'Rate limit reached',
      code: 'rate_limit_exceeded',
      retryAfter: 20,
    });
  });
});

describe('parseErrorEnvelope', () => {
  it('accepts a gateway’s bare {message, code} and numeric codes', () => {
    expect(parseErrorEnvelope({ message: 'quota', code: 429 })).toEqual({
      message: 'quota',
      type: null,
      code: '429',
      param: null,
    });
  });

  it('accepts {error: "text"}', () => {
    expect(parseErrorEnvelope({ error: 'model not loaded' })?.message).toBe('model not loaded');
  });

  it.each([null, 'text', 42, [], {}, { error: {} }, { error: { message: 5 } }])(
    'returns null for %j',
    (value) => {
      expect(parseErrorEnvelope(value)).toBeNull();
    },
  );
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 8, 16, 23, 14, 39);

  it('reads seconds', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '30' }), now)).toBe(30);
    expect(parseRetryAfter(new Headers({ 'retry-after': '0' }), now)).toBe(0);
  });

  it('reads an HTTP date relative to now', () => {
    const headers = new Headers({ 'retry-after': new Date(now + 90_000).toUTCString() });
    expect(parseRetryAfter(headers, now)).toBe(90);
    expect(
      parseRetryAfter(new Headers({ 'retry-after': 'Tue, 16 Sep 2025 23:15:09 GMT' }), now),
    ).toBe(30);
  });

  it('never returns a negative wait for a date in the past or negative seconds', () => {
    expect(
      parseRetryAfter(new Headers({ 'retry-after': new Date(now - 60_000).toUTCString() }), now),
    ).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': '-5' }), now)).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    const headers = new Headers({ 'retry-after-ms': '1500', 'retry-after': '30' });
    expect(parseRetryAfter(headers, now)).toBe(1.5);
  });

  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeNull();
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': 'soon' }), now)).toBeNull();
  });

  it('is null or a finite, non-negative number for any header values', () => {
    const headerValue = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
      fc.double({ noNaN: true }).map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      fc.string({ unit: 'grapheme-ascii' }).map((s) => s.replace(/[\r\n\0]/g, '')),
    );
    fc.assert(
      fc.property(
        fc.option(headerValue, { nil: undefined }),
        fc.option(headerValue, { nil: undefined }),
        (retryAfter, retryAfterMs) => {
          const headers = new Headers();
          if (retryAfter !== undefined) headers.set('retry-after', retryAfter);
          if (retryAfterMs !== undefined) headers.set('retry-after-ms', retryAfterMs);
          const value = parseRetryAfter(headers, now);
          if (value !== null) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('summarizeHtml', () => {
  it('prefers the title', () => {
    expect(summarizeHtml(NGINX_502)).toBe('502 Bad Gateway');
  });

  it('drops scripts and styles, decodes basic entities and collapses whitespace', () => {
    const html =
      '<html><head><style>body{color:red}</style><script>alert(1)</script></head>' +
      '<body><p>Fish&nbsp;&amp;&nbsp;chips</p>\n\n<p>&lt;b&gt;</p></body></html>';
    expect(summarizeHtml(html)).toBe('Fish & chips <b>');
  });

  it('cuts long text at 200 characters', () => {
    const summary = summarizeHtml(`<p>${'word '.repeat(100)}</p>`);
    expect(summary).toHaveLength(201);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('errorFromEvent', () => {
  it('reads the nested shape of real traffic', () => {
    expect(errorFromEvent(recordedErrorEvent())).toEqual({
      source: 'event',
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      param: null,
    });
  });

  it('reads the flat shape of the spec (ResponseErrorEvent)', () => {
    const event = {
      type: 'error',
      code: 'ERR_SOMETHING',
      message: 'Something went wrong',
      param: null,
      sequence_number: 1,
    };
    expect(errorFromEvent(event)).toEqual({
      source: 'event',
      message: 'Something went wrong',
      // `type: "error"` is the event's own type, not an error type.
      type: null,
      code: 'ERR_SOMETHING',
      param: null,
    });
  });

  it('keeps a param of the flat shape', () => {
    const event = {
      type: 'error',
      code: 'invalid_value',
      message: 'Bad temperature',
      param: 'temperature',
    };
    expect(errorFromEvent(event)).toMatchObject({ code: 'invalid_value', param: 'temperature' });
  });

  it('has a fallback message for an event without one', () => {
    expect(errorFromEvent({ type: 'error' }).message).toBe(
      'The stream sent an error event without a message.',
    );
    expect(errorFromEvent('boom').source).toBe('event');
  });
});

describe('errorFromFailedResponse', () => {
  it('reads response.error {code, message}', () => {
    expect(
      errorFromFailedResponse({ code: 'server_error', message: 'The model crashed.' }),
    ).toEqual({
      source: 'response',
      message: 'The model crashed.',
      code: 'server_error',
      type: null,
      param: null,
    });
  });

  it.each([null, undefined, 'oops', {}])('has a fallback message for %j', (value) => {
    expect(errorFromFailedResponse(value).message).toBe(
      'The response failed without an error message.',
    );
  });
});

describe('describeError', () => {
  it('appends the code when there is one', () => {
    expect(describeError({ source: 'http', message: 'Nope.', code: 'invalid_api_key' })).toBe(
      'Nope. (code: invalid_api_key)',
    );
    expect(describeError({ source: 'network', message: 'Offline.' })).toBe('Offline.');
  });
});

describe('error constructors never throw', () => {
  it('for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof errorFromEvent(value).message).toBe('string');
        expect(typeof errorFromFailedResponse(value).message).toBe('string');
        const error = errorFromHttp(400, 'Bad Request', new Headers(), JSON.stringify(value));
        expect(error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
