import { errorFromHttp, type ApiError } from '../errors/api-error.ts';
import { isRecord } from '../events/parse-event.ts';
import { bearerToken, redactSecrets, secretList } from '../security/redact.ts';
import { resolveEndpoint, type Connection } from './connection.ts';

export interface ModelInfo {
  id: string;
  ownedBy?: string;
  created?: number;
}

export class ModelsError extends Error {
  readonly info: ApiError;
  constructor(info: ApiError) {
    super(info.message);
    this.info = info;
  }
}

/** GET {baseUrl}/models in the OpenAI list shape `{object:"list", data:[{id,…}]}`, sorted by id. */
export async function listModels(
  connection: Connection,
  options: { signal?: AbortSignal; fetchImpl?: typeof fetch; origin?: string } = {},
): Promise<ModelInfo[]> {
  const { signal, fetchImpl = fetch, origin } = options;
  const endpoint = resolveEndpoint(connection, 'models', origin);
  let response: Response;
  try {
    response = await fetchImpl(endpoint.url, { headers: endpoint.headers, signal: signal ?? null });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ModelsError({ source: 'network', message: `Could not load models (${detail}).` });
  }
  const secrets = secretList([bearerToken(endpoint.headers.Authorization)]);
  const text = redactSecrets(await response.text(), secrets);
  if (!response.ok) {
    throw new ModelsError(
      errorFromHttp(response.status, response.statusText, response.headers, text),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelsError({ source: 'protocol', message: 'The models list is not JSON.' });
  }
  const data = isRecord(json) && Array.isArray(json.data) ? json.data : null;
  if (!data) {
    throw new ModelsError({ source: 'protocol', message: 'The models list has no `data` array.' });
  }
  return data
    .filter(isRecord)
    .filter((m): m is Record<string, unknown> & { id: string } => typeof m.id === 'string')
    .map((m) => ({
      id: m.id,
      ...(typeof m.owned_by === 'string' ? { ownedBy: m.owned_by } : {}),
      ...(typeof m.created === 'number' ? { created: m.created } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
