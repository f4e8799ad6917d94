import { spawnSync } from 'node:child_process';
import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlExport } from './curl.ts';
import { keyEnvName, makeExportInput, type ExportInput } from './export-input.ts';
import { MATRIX } from './export-testkit.ts';
import { printValue } from './print-value.ts';
import { shellQuote } from './shell-quote.ts';
import { shellWords } from './shell-words.ts';
import { jsSyntax, jsonSyntax, pySyntax } from './syntax.ts';
import { EXPORT_TARGETS } from './targets.ts';
import { threadScriptExport } from './thread-script.ts';

const connection = {
  baseUrl: 'https://api.openai.com/v1',
  apiKey: 'test-key-4711',
  viaProxy: true,
};
const options = { includeKey: false, includeSecrets: false, origin: 'http://127.0.0.1:5173' };
const MCP_BODY = MATRIX.find((c) => c.env)?.body ?? {};

function all(input: ExportInput): string {
  return EXPORT_TARGETS.map((t) => t.generate(input)).join('\n');
}

describe('export input', () => {
  it.each([
    ['https://api.cometapi.com/v1', 'COMETAPI_KEY'],
    ['https://cometapi.com/v1', 'COMETAPI_KEY'],
    ['https://eu.api.CometAPI.com/v1', 'COMETAPI_KEY'],
    ['https://notcometapi.com/v1', 'OPENAI_API_KEY'],
    ['https://cometapi.com.evil.example/v1', 'OPENAI_API_KEY'],
    ['https://api.openai.com/v1', 'OPENAI_API_KEY'],
    ['not a url', 'OPENAI_API_KEY'],
  ])('%s → $%s', (url, name) => {
    expect(keyEnvName(url)).toBe(name);
  });

  it("resolves the local server's same-origin path against the page, and never uses the proxy", () => {
    const input = makeExportInput({}, { ...connection, baseUrl: '/local/v1/' }, options);
    expect(input.baseUrl).toBe('http://127.0.0.1:5173/local/v1');
    expect(curlExport(input)).toContain('curl http://127.0.0.1:5173/local/v1/responses \\\n');
    expect(all(makeExportInput({}, connection, options))).not.toContain('/proxy');
  });

  it('the key is an env reference unless included; a local placeholder key is printed', () => {
    expect(makeExportInput({}, connection, options).key).toEqual({
      kind: 'env',
      name: 'OPENAI_API_KEY',
    });
    expect(makeExportInput({}, connection, { ...options, includeKey: true }).key).toEqual({
      kind: 'literal',
      value: 'test-key-4711',
    });
    const local = { baseUrl: '/local/v1', apiKey: 'local-no-key-needed', viaProxy: false };
    expect(makeExportInput({}, local, { ...options, keyIsPlaceholder: true }).key).toEqual({
      kind: 'literal',
      value: 'local-no-key-needed',
    });
  });
});

describe('secrets stay out', () => {
  it('no target prints the key unless it is included', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^test-key-[A-Za-z0-9_-]{8,30}$/),
        fc.constantFrom(...MATRIX.map((c) => c.body)),
        (apiKey, body) => {
          const hidden = makeExportInput(body, { ...connection, apiKey }, options);
          expect(all(hidden)).not.toContain(apiKey);
          const shown = makeExportInput(
            body,
            { ...connection, apiKey },
            { ...options, includeKey: true },
          );
          for (const target of EXPORT_TARGETS.filter((t) => t.id !== 'json')) {
            expect(target.generate(shown), target.id).toContain(apiKey);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('MCP header values become environment variables unless included', () => {
    const hidden = makeExportInput(MCP_BODY, connection, options);
    const text = all(hidden);
    expect(text).not.toContain('test-mcp-token');
    expect(curlExport(hidden)).toContain(`"Authorization": "'"$MCP_DOCS_AUTHORIZATION"'"`);
    expect(text).toContain("process.env.MCP_DOCS_AUTHORIZATION ?? ''");
    expect(text).toContain('os.environ["MCP_DOCS_AUTHORIZATION"]');
    expect(text).toContain('"Authorization": "${MCP_DOCS_AUTHORIZATION}"');
    const shown = makeExportInput(MCP_BODY, connection, { ...options, includeSecrets: true });
    expect(all(shown).match(/test-mcp-token/g)).toHaveLength(EXPORT_TARGETS.length);
  });

  it('the thread script hides them too', () => {
    const { body: _b, ...input } = makeExportInput({}, connection, options);
    const script = threadScriptExport(
      [
        { request: MCP_BODY, responseId: null },
        { request: { ...MCP_BODY, previous_response_id: 'resp_1' }, responseId: null },
      ],
      input,
    );
    expect(script).not.toContain('test-mcp-token');
    expect(script).toContain('previous_response_id: previousId');
  });
});

describe('targets', () => {
  const streamBody = { model: 'm', input: 'hi', stream: true };
  const plainBody = { model: 'm', input: 'hi' };

  it('curl uses -N for streams only; HTTP asks for an event stream only then', () => {
    expect(curlExport(makeExportInput(streamBody, connection, options))).toMatch(/^curl -N /);
    expect(curlExport(makeExportInput(plainBody, connection, options))).toMatch(/^curl https/);
    const http = EXPORT_TARGETS.find((t) => t.id === 'http');
    expect(http?.generate(makeExportInput(streamBody, connection, options))).toContain(
      'Accept: text/event-stream',
    );
    expect(http?.generate(makeExportInput(plainBody, connection, options))).not.toContain('Accept');
  });

  it('each target is labelled as in the issue, with a file name', () => {
    expect(EXPORT_TARGETS.map((t) => [t.label, t.filename])).toEqual([
      ['curl', 'request.sh'],
      ['TypeScript', 'request.mts'],
      ['TypeScript (fetch)', 'request.mjs'],
      ['Python', 'request.py'],
      ['HTTP', 'request.http'],
      ['JSON', 'request.json'],
    ]);
  });
});

describe('literal printers give back the value', () => {
  const bodies = fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue({ maxDepth: 4 }));
  const mixed = fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 3 }));
  const same = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('JSON', () => {
    fc.assert(
      fc.property(fc.oneof(bodies, mixed), (value) => {
        const text = printValue(value, jsonSyntax());
        expect(JSON.parse(text)).toEqual(same(value));
        // Nothing invisible or line-breaking is printed raw.
        expect(text).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/);
      }),
    );
  });

  it('JavaScript', () => {
    fc.assert(
      fc.property(fc.oneof(bodies, mixed), (value) => {
        const text = printValue(value, jsSyntax());
        const back: unknown = runInThisContext(`(${text})`);
        expect(JSON.stringify(back)).toBe(JSON.stringify(value));
        expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
      }),
    );
  });

  it('Python (one python3 run for 150 values)', () => {
    const values = fc.sample(fc.oneof(bodies, mixed), 150);
    const program = [
      'import json, sys',
      `values = [\n${values.map((v) => printValue(v, pySyntax)).join(',\n')}\n]`,
      'sys.stdout.write(json.dumps(values))',
    ].join('\n');
    const result = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(same(values));
  });

  it('prints a non-finite number as each language’s null, as JSON.stringify sends it', () => {
    const body = { a: Number.NaN, b: [Number.POSITIVE_INFINITY] };
    expect(printValue(body, pySyntax)).toBe('{"a": None, "b": [None]}');
    expect(printValue(body, jsSyntax())).toBe('{ a: null, b: [null] }');
    expect(printValue(body, jsonSyntax())).toBe('{"a": null, "b": [null]}');
  });

  it('shell: bash reads each quoted word back exactly, and so does the importer', () => {
    const words = fc.sample(
      fc.string({ unit: 'binary' }).map((s) => s.replace(/\0/g, '')),
      200,
    );
    const script = `printf '%s\\0' ${words.map(shellQuote).join(' ')}`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(words);
    const parsed = shellWords(`printf ${words.map(shellQuote).join(' ')}`);
    expect(parsed.ok && parsed.words.slice(1).map((w) => w.text)).toEqual(words);
  });
});
