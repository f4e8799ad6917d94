import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listModels, ModelsError } from './list-models.ts';
import type { Connection } from './connection.ts';
import { reference } from '../../test/reference.ts';

const connection: Connection = {
  baseUrl: 'https://api.openai.com/v1',
  apiKey: 'sk-test',
  viaProxy: false,
};
const modelsList = readFileSync(reference('http/openai-models-list.json'), 'utf8');

function answering(response: () => Response) {
  const urls: string[] = [];
  const fetchImpl = ((input: RequestInfo | URL) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return Promise.resolve(response());
  }) as typeof fetch;
  return { fetchImpl, urls };
}

async function failure(promise: Promise<unknown>): Promise<ModelsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ModelsError) return error;
    throw error;
  }
  throw new Error('expected a ModelsError');
}

describe('listModels', () => {
  it('reads the recorded /v1/models list, sorted by id', async () => {
    const { fetchImpl, urls } = answering(() => new Response(modelsList));
    const models = await listModels(connection, { fetchImpl });
    const raw = JSON.parse(modelsList) as {
      data: { id: string; owned_by: string; created: number }[];
    };
    expect(urls).toEqual(['https://api.openai.com/v1/models']);
    expect(models).toHaveLength(raw.data.length);
    const ids = models.map((m) => m.id);
    expect(ids).toEqual([...raw.data.map((m) => m.id)].sort((a, b) => a.localeCompare(b)));
    const gpt4 = raw.data.find((m) => m.id === 'gpt-4');
    expect(models.find((m) => m.id === 'gpt-4')).toEqual({
      id: 'gpt-4',
      ownedBy: gpt4?.owned_by,
      created: gpt4?.created,
    });
  });

  it('skips entries without a string id and tolerates missing fields', async () => {
    const body = JSON.stringify({
      data: [{ id: 'b' }, null, { id: 3 }, { id: 'a', owned_by: 'me' }],
    });
    const { fetchImpl } = answering(() => new Response(body));
    expect(await listModels(connection, { fetchImpl })).toEqual([
      { id: 'a', ownedBy: 'me' },
      { id: 'b' },
    ]);
  });

  it('turns an HTTP error into a ModelsError with the server’s message', async () => {
    const body = readFileSync(reference('http/openai-error-401-invalid-api-key.json'), 'utf8');
    const { fetchImpl } = answering(
      () => new Response(body, { status: 401, statusText: 'Unauthorized' }),
    );
    const error = await failure(listModels(connection, { fetchImpl }));
    expect(error.info).toMatchObject({ source: 'http', status: 401, code: 'invalid_api_key' });
    expect(error.message).toMatch(/^Incorrect API key provided/);
  });

  it('reports a body that is not JSON, or has no data array', async () => {
    const notJson = answering(() => new Response('<html></html>'));
    expect((await failure(listModels(connection, { fetchImpl: notJson.fetchImpl }))).info).toEqual({
      source: 'protocol',
      message: 'The models list is not JSON.',
    });
    const noData = answering(() => new Response('{"models":[]}'));
    expect((await failure(listModels(connection, { fetchImpl: noData.fetchImpl }))).message).toBe(
      'The models list has no `data` array.',
    );
  });

  it('reports a network failure', async () => {
    const fetchImpl = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await failure(listModels(connection, { fetchImpl }));
    expect(error.info).toEqual({
      source: 'network',
      message: 'Could not load models (Failed to fetch).',
    });
  });
});
