import { errorFromHttp, type ApiError } from '../errors/api-error.ts';
import { parseEventData, type ReceivedEvent } from '../events/parse-event.ts';
import {
  bearerToken,
  createStreamRedactor,
  redactSecrets,
  requestSecrets,
  secretList,
} from '../security/redact.ts';
import { resolveEndpoint, type Connection, type Endpoint } from './connection.ts';
import { readSse } from './sse-reader.ts';

export interface SendHandlers {
  /** Headers arrived: time to first byte. */
  onHeaders?: (info: { status: number; headers: Headers; at: number }) => void;
  /** Raw text as it arrived (SSE only). */
  onChunk?: (text: string, at: number) => void;
  onEvent: (event: ReceivedEvent) => void;
}

export type SendOutcome =
  | { kind: 'stream-ended' }
  | { kind: 'json'; body: unknown }
  | { kind: 'http-error'; error: ApiError }
  | { kind: 'network-error'; error: ApiError }
  | { kind: 'aborted' };

export interface SendOptions {
  signal?: AbortSignal;
  handlers: SendHandlers;
  fetchImpl?: typeof fetch;
  /** A monotonic clock in ms; times reported are relative to the call. */
  now?: () => number;
  origin?: string;
  /**
   * Values to mask in everything read back (besides the key, which is always masked): a server
   * may echo what it was sent, and what is read is shown, saved and exported.
   */
  secrets?: readonly string[];
  /** Lets the page paint while a long read is parsed (see `readSse`); none by default. */
  yieldToMain?: () => Promise<void>;
}

function networkError(error: unknown, midStream: boolean): ApiError {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    source: 'network',
    message: midStream
      ? `The connection was lost mid-stream (${detail}). The partial output is kept.`
      : `Could not reach the server (${detail}). Check the Base URL, your network, or try the local proxy if the provider refuses browser (CORS) requests.`,
  };
}

/**
 * POST {baseUrl}/responses. Streams SSE events to `handlers.onEvent` as they arrive, or returns
 * the JSON body for `stream: false`. Never throws: every ending is a SendOutcome.
 */
export async function sendResponse(
  connection: Connection,
  body: Record<string, unknown>,
  options: SendOptions,
): Promise<SendOutcome> {
  const endpoint = resolveEndpoint(connection, 'responses', options.origin);
  const wantsStream = body.stream === true;
  return fetchResponse(
    endpoint,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: wantsStream ? 'text/event-stream' : 'application/json',
      },
      body: JSON.stringify(body),
    },
    { ...options, secrets: [...(options.secrets ?? []), ...requestSecrets(body)] },
  );
}

/**
 * Fetches `endpoint` and reads the answer: SSE events to `handlers.onEvent` (indexes from 0),
 * or the JSON body. Shared by sendResponse and resumeStream. Never throws.
 */
export async function fetchResponse(
  endpoint: Endpoint,
  init: { method: string; headers: Record<string, string>; body?: string },
  options: SendOptions,
): Promise<SendOutcome> {
  const { signal, handlers, fetchImpl = fetch, now = () => performance.now() } = options;
  const start = now();
  const since = () => now() - start;
  const secrets = secretList([
    bearerToken(endpoint.headers.Authorization),
    ...(options.secrets ?? []),
  ]);
  const redact = (text: string) => redactSecrets(text, secrets);
  let midStream = false;
  try {
    const response = await fetchImpl(endpoint.url, {
      ...init,
      headers: { ...endpoint.headers, ...init.headers },
      signal: signal ?? null,
    });
    handlers.onHeaders?.({ status: response.status, headers: response.headers, at: since() });
    if (!response.ok) {
      const text = redact(await response.text());
      return {
        kind: 'http-error',
        error: errorFromHttp(response.status, response.statusText, response.headers, text),
      };
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/event-stream') && response.body) {
      midStream = true;
      let index = 0;
      // A secret split across two chunks is held back until it can be masked whole.
      const raw = createStreamRedactor(secrets);
      let lastAt = 0;
      try {
        await readSse(
          response.body,
          {
            onChunk: (text, at) => {
              lastAt = at - start;
              const safe = raw.push(text);
              if (safe) handlers.onChunk?.(safe, lastAt);
            },
            onMessage: (message, at) =>
              handlers.onEvent(
                parseEventData(
                  index++,
                  message.event === undefined ? undefined : redact(message.event),
                  redact(message.data),
                  at - start,
                ),
              ),
          },
          { now, yieldToMain: options.yieldToMain },
        );
      } finally {
        const rest = raw.flush();
        if (rest) handlers.onChunk?.(rest, lastAt);
      }
      return { kind: 'stream-ended' };
    }
    const text = redact(await response.text());
    try {
      return { kind: 'json', body: JSON.parse(text) };
    } catch {
      return {
        kind: 'http-error',
        error: {
          ...errorFromHttp(response.status, response.statusText, response.headers, text),
          source: 'protocol',
          message: `HTTP ${response.status}, but the body is not JSON (content-type: ${contentType || 'none'}).`,
        },
      };
    }
  } catch (error) {
    if (signal?.aborted) return { kind: 'aborted' };
    return { kind: 'network-error', error: networkError(error, midStream) };
  }
}
