/** Every way a request can fail, normalised so the UI shows one kind of message. */
export type ApiErrorSource = 'http' | 'event' | 'response' | 'network' | 'protocol';

export interface ApiError {
  source: ApiErrorSource;
  /** One sentence for people: the server's own `error.message` whenever there is one. */
  message: string;
  status?: number;
  statusText?: string;
  type?: string | null;
  code?: string | null;
  param?: string | null;
  /** Seconds, from a `retry-after` header. */
  retryAfter?: number | null;
  /** The body as received, shortened, when it was not the JSON error envelope. */
  rawBody?: string;
}

const RAW_BODY_LIMIT = 4000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** `{error:{message,type,param,code}}` (OpenAI) or a bare `{message,…}` as some gateways send. */
export function parseErrorEnvelope(
  json: unknown,
): Pick<ApiError, 'message' | 'type' | 'code' | 'param'> | null {
  if (!isRecord(json)) return null;
  const inner = isRecord(json.error) ? json.error : typeof json.error === 'string' ? json : null;
  const source = inner ?? json;
  const message =
    typeof source.message === 'string'
      ? source.message
      : typeof json.error === 'string'
        ? json.error
        : null;
  if (message === null) return null;
  return {
    message,
    type: stringOrNull(source.type),
    code: stringOrNull(source.code),
    param: stringOrNull(source.param),
  };
}

/** Seconds to wait, from `retry-after` (seconds or an HTTP date) or `retry-after-ms`. */
export function parseRetryAfter(headers: Headers, nowMs: number = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms) / 1000);
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - nowMs) / 1000));
}

/** A readable one-liner from an HTML error page: its title, else its text. */
export function summarizeHtml(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const text = (title ?? html)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function errorFromHttp(
  status: number,
  statusText: string,
  headers: Headers,
  bodyText: string,
): ApiError {
  const base = {
    source: 'http' as const,
    status,
    statusText,
    retryAfter: parseRetryAfter(headers),
  };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    json = undefined;
  }
  const envelope = parseErrorEnvelope(json);
  if (envelope) return { ...base, ...envelope };
  const contentType = headers.get('content-type') ?? '';
  const looksHtml = contentType.includes('html') || /^\s*<(!doctype|html)/i.test(bodyText);
  const rawBody = bodyText.slice(0, RAW_BODY_LIMIT);
  const label = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (looksHtml) {
    return {
      ...base,
      message: `${label}: the server answered with an HTML page, not JSON: “${summarizeHtml(bodyText)}”`,
      rawBody,
    };
  }
  const text = bodyText.trim();
  return {
    ...base,
    message: text
      ? `${label}: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`
      : `${label} with an empty body`,
    rawBody,
  };
}

/** An in-band `error` event: the nested shape seen in real traffic, or the spec's flat one. */
export function errorFromEvent(payload: unknown): ApiError {
  const envelope = parseErrorEnvelope(payload);
  // In the flat shape `type` is the event's own type ("error"), not an error type.
  const flat = isRecord(payload) && !isRecord(payload.error);
  return {
    source: 'event',
    message: envelope?.message ?? 'The stream sent an error event without a message.',
    type: flat && envelope?.type === 'error' ? null : (envelope?.type ?? null),
    code: envelope?.code ?? null,
    param: envelope?.param ?? null,
  };
}

/** `response.error` of a failed response: `{code, message}`. */
export function errorFromFailedResponse(error: unknown): ApiError {
  const envelope = isRecord(error) ? parseErrorEnvelope({ error }) : null;
  return {
    source: 'response',
    message: envelope?.message ?? 'The response failed without an error message.',
    code: envelope?.code ?? null,
    type: envelope?.type ?? null,
    param: envelope?.param ?? null,
  };
}

export function describeError(error: ApiError): string {
  const parts = [error.message];
  if (error.code) parts.push(`(code: ${error.code})`);
  return parts.join(' ');
}
