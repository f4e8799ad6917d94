import { describe, expect, it } from 'vitest';
import { LOCAL_MODELS } from './models.ts';
import { AUTH, localServer } from './test-support/http.ts';
import { specProblems } from './test-support/spec-schemas.ts';

async function get(path: string, authorization: string | null = AUTH): Promise<Response> {
  const { app } = localServer();
  return app.request(path, { headers: authorization ? { authorization } : {} });
}

describe('GET /v1/models/{model}', () => {
  it('returns each listed model exactly as the list shows it (the spec’s Model)', async () => {
    const list = (await (await get('/v1/models')).json()) as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).toEqual(LOCAL_MODELS.map((m) => m.id));
    for (const listed of list.data) {
      const res = await get(`/v1/models/${listed.id}`);
      expect(res.status).toBe(200);
      const model: unknown = await res.json();
      expect(model).toEqual(listed);
      expect(specProblems('Model', model)).toBe('');
    }
  });

  it('answers 404 model_not_found for a model it does not have', async () => {
    const res = await get('/v1/models/gpt-nope');
    expect(res.status).toBe(404);
    const body: unknown = await res.json();
    expect(body).toEqual({
      error: {
        message: "The model 'gpt-nope' does not exist",
        type: 'invalid_request_error',
        param: 'model',
        code: 'model_not_found',
      },
    });
    expect(specProblems('ErrorResponse', body)).toBe('');
  });

  it('needs an API key like every /v1 route', async () => {
    expect((await get('/v1/models/local-echo', null)).status).toBe(401);
  });
});
