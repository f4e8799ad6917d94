import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { errorFromHttp, type ApiError } from '../errors/api-error.ts';
import type { ReceivedEvent } from '../events/parse-event.ts';
import { isRecord } from '../events/parse-event.ts';
import { bearerToken, redactSecrets, requestSecrets, secretList } from '../security/redact.ts';
import { resolveEndpoint, type Connection } from './connection.ts';
import {
  fetchResponse,
  sendResponse,
  type SendHandlers,
  type SendOptions,
  type SendOutcome,
} from './send-response.ts';

/** The statuses after which a response no longer changes. */
export const TERMINAL_STATUSES: readonly string[] = [
  'completed',
  'failed',
  'incomplete',
  'cancelled',
];

export function isTerminalStatus(status: string | null | undefined): boolean {
  return TERMINAL_STATUSES.includes(status ?? '');
}

export class ResponseEndpointError extends Error {
  readonly info: ApiError;
  constructor(info: ApiError) {
    super(info.message);
    this.info = info;
  }
}

export interface EndpointOptions {
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  origin?: string;
}

/**
 * A JSON request to an endpoint of the connection: the parsed body (null when it is not JSON).
 * Network and HTTP failures throw ResponseEndpointError with a normalised error; the key never
 * reaches what is shown, even when a server echoes it.
 */
export async function fetchEndpointJson(
  connection: Connection,
  path: string,
  method: 'GET' | 'POST',
  options: EndpointOptions,
): Promise<unknown> {
  const { signal, fetchImpl = fetch, origin } = options;
  const endpoint = resolveEndpoint(connection, path, origin);
  let response: Response;
  try {
    response = await fetchImpl(endpoint.url, {
      method,
      headers: { ...endpoint.headers, Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ResponseEndpointError({
      source: 'network',
      message: `Could not reach the server (${detail}).`,
    });
  }
  const secrets = secretList([bearerToken(endpoint.headers.Authorization)]);
  const text = redactSecrets(await response.text(), secrets);
  if (!response.ok) {
    throw new ResponseEndpointError(
      errorFromHttp(response.status, response.statusText, response.headers, text),
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function requestJson(
  connection: Connection,
  path: string,
  method: 'GET' | 'POST',
  options: EndpointOptions,
): Promise<ApiResponse> {
  const json = await fetchEndpointJson(connection, path, method, options);
  if (!isRecord(json) || typeof json.id !== 'string' || !Array.isArray(json.output)) {
    throw new ResponseEndpointError({
      source: 'protocol',
      message: 'The server answered 200, but the body is not a Response object.',
    });
  }
  return json as unknown as ApiResponse;
}

/** GET {baseUrl}/responses/{id}: the current snapshot (queued, in_progress, completed…). */
export function getResponse(
  connection: Connection,
  id: string,
  options: EndpointOptions = {},
): Promise<ApiResponse> {
  return requestJson(connection, `responses/${encodeURIComponent(id)}`, 'GET', options);
}

/** POST {baseUrl}/responses/{id}/cancel: cancels a background response. */
export function cancelResponse(
  connection: Connection,
  id: string,
  options: EndpointOptions = {},
): Promise<ApiResponse> {
  return requestJson(connection, `responses/${encodeURIComponent(id)}/cancel`, 'POST', options);
}

/** cancelResponse that never throws: the cancelled Response, or why it could not be cancelled. */
export async function tryCancelResponse(
  connection: Connection,
  id: string,
  options: EndpointOptions = {},
): Promise<{ response: ApiResponse } | { error: ApiError }> {
  try {
    return { response: await cancelResponse(connection, id, options) };
  } catch (error) {
    if (error instanceof ResponseEndpointError) return { error: error.info };
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { source: 'network', message: detail } };
  }
}

/**
 * GET {baseUrl}/responses/{id}?stream=true&starting_after=N: the stored events after N, then
 * the live ones, read exactly as sendResponse reads a stream. Never throws.
 */
export function resumeStream(
  connection: Connection,
  id: string,
  startingAfter: number,
  handlers: SendHandlers,
  options: Omit<SendOptions, 'handlers'> = {},
): Promise<SendOutcome> {
  const query = `stream=true&starting_after=${startingAfter}`;
  const endpoint = resolveEndpoint(
    connection,
    `responses/${encodeURIComponent(id)}?${query}`,
    options.origin,
  );
  return fetchResponse(
    endpoint,
    { method: 'GET', headers: { Accept: 'text/event-stream' } },
    { ...options, handlers },
  );
}

const TERMINAL_EVENTS = new Set([
  'response.completed',
  'response.incomplete',
  'response.failed',
  'response.cancelled',
]);

function responseIdOf(payload: unknown): string | null {
  if (!isRecord(payload) || !isRecord(payload.response)) return null;
  return typeof payload.response.id === 'string' ? payload.response.id : null;
}

export interface ResumeOptions extends SendOptions {
  /** Told when the stream is resumed after a dropped connection. */
  onResume?: (info: { responseId: string; startingAfter: number }) => void;
}

/**
 * sendResponse, and for a streamed background request whose connection drops before a terminal
 * event, one automatic resumeStream after the last sequence number seen. Events reach
 * `handlers.onEvent` once each (none at or below the last sequence number), indexes increasing.
 */
export async function sendWithResume(
  connection: Connection,
  body: Record<string, unknown>,
  options: ResumeOptions,
): Promise<SendOutcome> {
  const { handlers, onResume, now = () => performance.now() } = options;
  const start = now();
  let index = 0;
  let lastSeq: number | null = null;
  let responseId: string | null = null;
  let terminal = false;
  const onEvent = (event: ReceivedEvent) => {
    if (event.sequenceNumber !== null) {
      if (lastSeq !== null && event.sequenceNumber <= lastSeq) return;
      lastSeq = event.sequenceNumber;
    }
    responseId ??= responseIdOf(event.payload);
    if (TERMINAL_EVENTS.has(event.type)) terminal = true;
    handlers.onEvent({ ...event, index: index++ });
  };
  const sent = await sendResponse(connection, body, {
    ...options,
    now,
    handlers: { ...handlers, onEvent },
  });
  const resumable = body.background === true && body.stream === true;
  if (sent.kind !== 'network-error' || !resumable || terminal || responseId === null) return sent;
  if (options.signal?.aborted) return { kind: 'aborted' };
  const startingAfter = lastSeq ?? -1;
  onResume?.({ responseId, startingAfter });
  const offset = now() - start;
  return resumeStream(
    connection,
    responseId,
    startingAfter,
    {
      onChunk: (text, at) => handlers.onChunk?.(text, at + offset),
      onEvent: (event) => onEvent({ ...event, at: event.at + offset }),
    },
    { ...options, now, secrets: [...(options.secrets ?? []), ...requestSecrets(body)] },
  );
}
