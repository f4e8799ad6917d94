import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlExport } from './curl.ts';
import type { ExportInput } from './export-input.ts';
import {
  MATRIX,
  run,
  startLocalHttpServer,
  type LocalHttpServer,
  type MatrixCase,
} from './export-testkit.ts';
import { pythonExport } from './python.ts';
import { threadScriptExport, type ThreadTurn } from './thread-script.ts';
import { tsFetchExport } from './ts-fetch.ts';
import { tsOpenAiExport } from './ts-openai.ts';

/**
 * "Provably runs": every export of every matrix request is run for real against the local server
 * over HTTP (curl with bash, the openai-SDK TypeScript with tsx, the fetch export with plain node)
 * and the body the server logged must equal the form's body. The TypeScript is type-checked
 * against the installed `openai` package in one tsc run; Python is compiled (no SDK installed).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// Inside the repo so `openai` and `@types/node` resolve from node_modules.
const DIR = join(ROOT, 'node_modules/.cache/export-tests', `run-${process.pid}`);
const KEY_ENV = { OPENAI_API_KEY: 'test-key-export' };

interface Prepared {
  case: MatrixCase;
  server: LocalHttpServer;
  files: { curl: string; ts: string; fetch: string; fetchTs: string; py: string };
}

let prepared: Prepared[] = [];
let threadServer: LocalHttpServer;

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

function write(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

function inputFor(server: LocalHttpServer, body: ExportInput['body']): ExportInput {
  return {
    body,
    baseUrl: server.baseUrl,
    key: { kind: 'env', name: 'OPENAI_API_KEY' },
    headers: {},
    includeSecrets: false,
  };
}

const FUNCTION_TOOL = {
  type: 'function',
  name: 'get_weather',
  strict: false,
  parameters: { type: 'object', properties: { city: { type: 'string' } } },
};

const THREAD: ThreadTurn[] = [
  {
    request: {
      model: 'local-echo',
      input: 'What is the weather in Paris?',
      tools: [FUNCTION_TOOL],
      stream: true,
    },
    responseId: 'resp_recorded_1',
  },
  {
    request: {
      model: 'local-echo',
      previous_response_id: 'resp_recorded_1',
      input: [{ type: 'function_call_output', call_id: 'call_recorded', output: '{"c":21}' }],
      tools: [FUNCTION_TOOL],
    },
    responseId: 'resp_recorded_2',
  },
  {
    request: {
      model: 'local-echo',
      previous_response_id: 'resp_recorded_2',
      input: 'Thanks, and tomorrow?',
      stream: true,
    },
    responseId: 'resp_recorded_3',
  },
];

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(
    join(DIR, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['*.mts'],
    }),
  );
  prepared = await Promise.all(
    MATRIX.map(async (c, i) => {
      const server = await startLocalHttpServer();
      const input = inputFor(server, c.body);
      const name = `${i}-${slug(c.name)}`;
      return {
        case: c,
        server,
        files: {
          curl: write(`${name}.sh`, curlExport(input)),
          ts: write(`${name}.mts`, tsOpenAiExport(input)),
          fetch: write(`${name}.mjs`, tsFetchExport(input)),
          fetchTs: write(`${name}-fetch.mts`, tsFetchExport(input)),
          py: write(`${name}.py`, pythonExport(input)),
        },
      };
    }),
  );
  threadServer = await startLocalHttpServer();
  const { body: _body, ...threadInput } = inputFor(threadServer, {});
  write('thread.mts', threadScriptExport(THREAD, threadInput));
});

afterAll(async () => {
  await Promise.all([...prepared.map((p) => p.server.close()), threadServer?.close()]);
  rmSync(DIR, { recursive: true, force: true });
});

describe('every export runs and sends exactly the form body', () => {
  it('tsc (strict, nodenext) type-checks every TypeScript export against the openai package', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', DIR], { cwd: DIR, timeoutMs: 60_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);

  it('python3 -m py_compile compiles every Python export', async () => {
    const files = prepared.map((p) => p.files.py);
    const result = await run('python3', ['-m', 'py_compile', ...files], { cwd: DIR });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.concurrent.each(MATRIX.map((c, i) => [c.name, i] as const))(
    '%s: curl, TypeScript (tsx) and fetch (node)',
    async (_name, i) => {
      const p = prepared[i] as Prepared;
      const env = { ...KEY_ENV, ...p.case.env };
      const runs = [
        ['curl', 'bash', [p.files.curl]],
        ['TypeScript', process.execPath, ['--import', 'tsx', p.files.ts]],
        ['fetch', process.execPath, [p.files.fetch]],
      ] as const;
      for (const [target, command, args] of runs) {
        const before = (await p.server.received()).length;
        const result = await run(command, args, { cwd: DIR, env });
        expect(result.code, `${target}: ${result.stderr}`).toBe(0);
        expect(result.stdout.trim(), target).not.toBe('');
        const received = (await p.server.received()).slice(before);
        expect(received, target).toHaveLength(1);
        expect(received[0]?.authorization, target).toBe('bearer');
        expect(received[0]?.body, target).toEqual(p.case.body);
      }
      // The command substitutions in the text were never run by the shell.
      expect(existsSync(join(DIR, 'pwned-1')) || existsSync(join(DIR, 'pwned-2'))).toBe(false);
    },
    60_000,
  );

  it('the thread script replays each turn, chained to the ids of the new run', async () => {
    const env = KEY_ENV;
    const result = await run(process.execPath, ['--import', 'tsx', join(DIR, 'thread.mts')], {
      cwd: DIR,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    const received = await threadServer.received();
    expect(received).toHaveLength(3);
    const [first, second, third] = received.map((r) => r.body as Record<string, unknown>);
    expect(first).toEqual(THREAD[0]?.request);
    // The local server answers 400 to an unknown previous id or call id: reaching turn 3 proves
    // the chain; the ids are the new run's, not the recorded ones.
    expect(second?.previous_response_id).toMatch(/^resp_[0-9a-f]{50}$/);
    expect(JSON.stringify(second?.input)).toMatch(/"call_id":"call_[A-Za-z0-9]{24}"/);
    expect(third?.previous_response_id).toMatch(/^resp_[0-9a-f]{50}$/);
    expect(third?.previous_response_id).not.toBe(second?.previous_response_id);
    expect({ ...third, previous_response_id: 'x' }).toEqual({
      ...THREAD[2]?.request,
      previous_response_id: 'x',
    });
  }, 30_000);
});
