import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reference } from '../../test/reference.ts';
import { curlExport } from './curl.ts';
import { importCurl, importRequest } from './curl-import.ts';
import { MATRIX } from './export-testkit.ts';

interface Example {
  title: string;
  request: { curl: string };
}

const spec = parse(readFileSync(reference('responses-api-schemas.extract.yml'), 'utf8')) as {
  paths: Record<string, { post: { 'x-oaiMeta': { examples: Example[] } } }>;
};
const examples = new Map(
  spec.paths['/responses']?.post['x-oaiMeta'].examples.map((e) => [e.title, e.request.curl]),
);

function imported(title: string) {
  const curl = examples.get(title);
  if (!curl) throw new Error(`No seed example "${title}"`);
  const result = importCurl(curl);
  if (!result.ok) throw new Error(result.error);
  expect(result.baseUrl).toBe('https://api.openai.com/v1');
  expect(result.key).toEqual({ kind: 'env', name: 'OPENAI_API_KEY' });
  expect(result.warnings).toEqual([]);
  return result.body;
}

describe("curl import of the spec's own examples", () => {
  it('Text input', () => {
    expect(imported('Text input')).toEqual({
      model: 'gpt-5.4',
      input: 'Tell me a three sentence bedtime story about a unicorn.',
    });
  });

  it('Image input', () => {
    const body = imported('Image input');
    expect(body.input).toEqual([
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'what is in this image?' },
          {
            type: 'input_image',
            image_url: expect.stringMatching(
              /^https:\/\/upload\.wikimedia\.org\/.*\.jpg$/,
            ) as unknown,
          },
        ],
      },
    ]);
  });

  it('File input', () => {
    const body = imported('File input');
    expect(body.input).toEqual([
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'what is in this file?' },
          {
            type: 'input_file',
            file_url: 'https://www.berkshirehathaway.com/letters/2024ltr.pdf',
            detail: 'auto',
          },
        ],
      },
    ]);
  });

  it('Web search and file search', () => {
    expect(imported('Web search').tools).toEqual([{ type: 'web_search_preview' }]);
    expect(imported('File search').tools).toEqual([
      { type: 'file_search', vector_store_ids: ['vs_1234567890'], max_num_results: 20 },
    ]);
  });

  it('Streaming', () => {
    expect(imported('Streaming')).toEqual({
      model: 'gpt-5.4',
      instructions: 'You are a helpful assistant.',
      input: 'Hello!',
      stream: true,
    });
  });

  it('Functions', () => {
    const body = imported('Functions');
    expect(body.tool_choice).toBe('auto');
    expect(body.tools).toMatchObject([
      {
        type: 'function',
        name: 'get_current_weather',
        description: 'Get the current weather in a given location',
        parameters: { required: ['location', 'unit'] },
      },
    ]);
  });

  it('Reasoning', () => {
    expect(imported('Reasoning')).toEqual({
      model: 'o3-mini',
      input: 'How much wood would a woodchuck chuck?',
      reasoning: { effort: 'high' },
    });
  });
});

describe('curl import: shell words and options', () => {
  it("reads $'…' strings, double quotes with escapes, continuations and CRLF line ends", () => {
    const result = importCurl(
      'curl \\\r\n  "https://api.example.com/v1/responses" \\\r\n  -H "Authorization: Bearer \\$X" \\\r\n  --data $\'{"model":"m","input":"it\\\'s\\\\n \\u263a\\\\ttab"}\'',
    );
    expect(result).toMatchObject({
      ok: true,
      baseUrl: 'https://api.example.com/v1',
      key: { kind: 'env', name: 'X' },
      body: { model: 'm', input: "it's\n ☺\ttab" },
    });
  });

  it('takes clustered and attached short options, --json, --url and --oauth2-bearer', () => {
    expect(
      importCurl(`curl -sSNXPOST --url http://127.0.0.1:8787/v1/responses --json '{"model":"m"}'`),
    ).toMatchObject({ ok: true, baseUrl: 'http://127.0.0.1:8787/v1', warnings: [] });
    expect(
      importCurl(`curl api.example.com/v1/responses --oauth2-bearer '\${KEY}' -d'{"model":"m"}'`),
    ).toMatchObject({
      ok: true,
      baseUrl: 'http://api.example.com/v1',
      key: { kind: 'env', name: 'KEY' },
    });
  });

  it('reports a literal key without applying it, and names what it did not import', () => {
    const result = importCurl(
      `# a comment\ncurl https://api.openai.com/v1/responses?x=1 -u me:pw -A agent -H 'Authorization: Bearer test-key-literal' -H 'OpenAI-Organization: org-1' -H 'Accept: text/event-stream' -d '{"model":"m"}' --max-time 5 | jq .`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.key).toEqual({ kind: 'literal', value: 'test-key-literal' });
    expect(result.warnings.join('\n')).toContain('Options not imported: -u, -A.');
    expect(result.warnings.join('\n')).toContain('Headers not imported: OpenAI-Organization.');
    expect(result.warnings.join('\n')).toContain('ignored what follows: | jq .');
    expect(result.warnings.join('\n')).toContain('query (?x=1) is not kept');
    expect(result.warnings.join('\n')).not.toContain('test-key-literal');
  });

  it('keeps shell variables in the body as text and says so', () => {
    const result = importCurl(`curl https://h/v1/responses -d "{\\"model\\": \\"$MODEL\\"}"`);
    expect(result).toMatchObject({ ok: true, body: { model: '$MODEL' } });
    expect(result.ok && result.warnings[0]).toContain('$MODEL');
  });

  it.each([
    ['', 'Paste a curl command or a JSON body.'],
    ['wget https://h/v1/responses', 'Not a curl command'],
    [`curl https://h/v1/responses -d '{"a":1`, "A single quote (') is never closed."],
    ['curl https://h/v1/responses -d @body.json', 'reads the body from a file'],
    [`curl -X GET https://h/v1/responses/resp_1 -d '{}'`, 'only POST /responses'],
    [`curl https://h/v1/chat/completions -d '{}'`, 'not a …/responses endpoint'],
    [`curl https://h/v1/responses -d '{}' -d '{}'`, 'curl would join them with &'],
    ['curl https://h/v1/responses', 'has no body'],
    [`curl https://h/v1/responses -d '[1,2]'`, 'must be a JSON object'],
    [`curl https://h/v1/responses -d '{"model": }'`, 'line 1, column 11'],
    ['curl https://h/v1/responses -H', '-H needs a value.'],
    ['[1]', 'must be a JSON object'],
    ['{"model": "m",}', 'Invalid JSON at line 1'],
  ])('%j → a clear error', (text, message) => {
    const result = importRequest(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('reads --data-raw @… as text and a pasted JSON body as the body', () => {
    expect(importRequest(`curl h/v1/responses --data-raw '{"input":"@me"}'`)).toMatchObject({
      ok: true,
      body: { input: '@me' },
    });
    expect(importRequest(' {"model":"m","stream":true} ')).toEqual({
      ok: true,
      source: 'json',
      body: { model: 'm', stream: true },
      baseUrl: null,
      key: null,
      warnings: [],
    });
  });
});

describe('curl import ∘ curl export', () => {
  const input = (body: Record<string, unknown>) => ({
    body,
    baseUrl: 'https://api.cometapi.com/v1',
    key: { kind: 'env', name: 'COMETAPI_KEY' } as const,
    headers: { 'x-local-pace': 'instant' },
    includeSecrets: true,
  });

  it.each(MATRIX.map((c) => [c.name, c.body] as const))('%s round-trips', (_name, body) => {
    const result = importCurl(curlExport(input(body)));
    expect(result).toMatchObject({ ok: true, body, baseUrl: 'https://api.cometapi.com/v1' });
    expect(result.ok && result.key).toEqual({ kind: 'env', name: 'COMETAPI_KEY' });
  });

  it('any JSON object round-trips', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (body) => {
        const expected = JSON.parse(JSON.stringify(body)) as unknown;
        const result = importCurl(curlExport(input(body)));
        expect(result.ok && result.body).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('curl import never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = importRequest(text);
        expect(typeof result.ok).toBe('boolean');
        expect(importRequest(`curl ${text}`).ok).toBeTypeOf('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('on every truncation of the seed examples', () => {
    for (const curl of examples.values()) {
      for (let n = 0; n <= curl.length; n += 1) {
        const result = importRequest(curl.slice(0, n));
        if (!result.ok) expect(result.error).not.toBe('');
      }
    }
  });
});
