/** OpenAI-shaped error bodies: `{error:{message,type,param,code}}`, as the real API sends. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export class HttpError extends Error {
  readonly status: number;
  readonly body: OpenAIErrorBody;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    message: string,
    fields: { type?: string; param?: string | null; code?: string | null } = {},
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = {
      error: {
        message,
        type: fields.type ?? 'invalid_request_error',
        param: fields.param ?? null,
        code: fields.code ?? null,
      },
    };
  }
}

export const invalidJson = () =>
  new HttpError(
    400,
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
  );

export const missingParameter = (param: string) =>
  new HttpError(400, `Missing required parameter: '${param}'.`, {
    param,
    code: 'missing_required_parameter',
  });

export const invalidType = (param: string, expected: string, got: unknown) =>
  new HttpError(
    400,
    `Invalid type for '${param}': expected ${expected}, but got ${describeType(got)} instead.`,
    { param, code: 'invalid_type' },
  );

export const outOfRange = (
  param: string,
  kind: 'decimal' | 'integer',
  bound: 'min' | 'max',
  limit: number,
  got: number,
) =>
  new HttpError(
    400,
    `Invalid '${param}': ${kind} ${bound === 'min' ? 'below minimum' : 'above maximum'} value. Expected a value ${bound === 'min' ? '>=' : '<='} ${limit}, but got ${got} instead.`,
    { param, code: `${kind}_${bound === 'min' ? 'below_min' : 'above_max'}_value` },
  );

export const invalidValue = (param: string, got: string, supported: readonly string[]) =>
  new HttpError(
    400,
    `Invalid value: '${got}'. Supported values are: ${supported.map((s) => `'${s}'`).join(', ')}.`,
    { param, code: 'invalid_value' },
  );

export const missingApiKey = () =>
  new HttpError(
    401,
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). The local server accepts any non-empty key.",
  );

export const responseNotFound = (id: string) =>
  new HttpError(404, `Response with id '${id}' not found.`, { param: null, code: null });

/** `GET /v1/models/{model}` for a model the server does not have, as the API answers it. */
export const modelNotFound = (id: string) =>
  new HttpError(404, `The model '${id}' does not exist`, {
    param: 'model',
    code: 'model_not_found',
  });

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'boolean') return 'a boolean';
  return 'an object';
}
