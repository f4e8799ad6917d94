import { describe, expect, it } from 'vitest';
import { getInputItems } from './input-items.ts';
import { ResponseEndpointError } from './response-endpoints.ts';

const connection = {
  baseUrl: 'https://api.example.test/v1',
  apiKey: 'test-key-1',
  viaProxy: false,
};

function pages(bodies: unknown[], status = 200) {
  const urls: string[] = [];
  const fetchImpl = ((url: string) => {
    urls.push(url);
    const body = bodies.shift();
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  }) as unknown as typeof fetch;
  return { urls, fetchImpl };
}

describe('getInputItems', () => {
  it('follows pages oldest first', async () => {
    const { urls, fetchImpl } = pages([
      { object: 'list', data: [{ id: 'a' }], has_more: true, last_id: 'a' },
      { object: 'list', data: [{ id: 'b' }], has_more: false, last_id: 'b' },
    ]);
    expect(await getInputItems(connection, 'resp_1', { fetchImpl })).toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
    expect(urls[0]).toBe(
      'https://api.example.test/v1/responses/resp_1/input_items?order=asc&limit=100',
    );
    expect(urls[1]).toContain('after=a');
  });

  it('turns an HTTP error into the normalised error', async () => {
    const { fetchImpl } = pages(
      [{ error: { message: 'No response found', type: 'invalid_request_error' } }],
      404,
    );
    await expect(getInputItems(connection, 'resp_x', { fetchImpl })).rejects.toBeInstanceOf(
      ResponseEndpointError,
    );
  });
});

describe('getInputItems and the key', () => {
  it('never shows a key the server echoes back', async () => {
    const { fetchImpl } = pages(
      [
        {
          error: {
            message: 'Incorrect API key provided: test-key-1.',
            type: 'invalid_request_error',
          },
        },
      ],
      401,
    );
    const error = await getInputItems(connection, 'resp_1', { fetchImpl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseEndpointError);
    expect((error as ResponseEndpointError).info.message).not.toContain('test-key-1');
  });
});
