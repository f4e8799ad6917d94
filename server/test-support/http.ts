import { createParser } from 'eventsource-parser';
import type { Response as ApiResponse } from 'openai/resources/responses/responses';
import { expect } from 'vitest';
import { createLocalServer, type LocalServer } from '../app.ts';
import { INSTANT } from '../pace.ts';

/** Test helpers: the local server in-process (Hono's app.request), SSE parsing. */

export type Json = Record<string, unknown>;
export type SseEvent = Json & { type: string; sequence_number: number };

export const AUTH = 'Bearer test-key';
export const ID = {
  resp: /^resp_[0-9a-f]{50}$/,
  msg: /^msg_[0-9a-f]{50}$/,
  fc: /^fc_[0-9a-f]{50}$/,
  fco: /^fco_[0-9a-f]{50}$/,
  call: /^call_[A-Za-z0-9]{24}$/,
  rs: /^rs_[0-9a-f]{50}$/,
  ws: /^ws_[0-9a-f]{50}$/,
  fs: /^fs_[0-9a-f]{50}$/,
  ci: /^ci_[0-9a-f]{50}$/,
  ig: /^ig_[0-9a-f]{50}$/,
  mcp: /^mcp_[0-9a-f]{50}$/,
  mcpl: /^mcpl_[0-9a-f]{50}$/,
  mcpr: /^mcpr_[0-9a-f]{50}$/,
};

/** An asymmetric matcher for an id of this shape, typed as the string it stands for. */
export function idMatching(pattern: RegExp): string {
  return expect.stringMatching(pattern) as string;
}

export function localServer(): LocalServer {
  return createLocalServer({ pace: INSTANT });
}

export async function post(app: LocalServer['app'], body: unknown): Promise<Response> {
  return app.request('/v1/responses', {
    method: 'POST',
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function parseSseText(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createParser({
    onEvent: (message) => {
      const event = JSON.parse(message.data) as SseEvent;
      if (message.event !== event.type) throw new Error(`event: ${message.event} ≠ ${event.type}`);
      events.push(event);
    },
  });
  parser.feed(text);
  return events;
}

/** POSTs with stream:true and returns every event; fails on a non-200. */
export async function stream(app: LocalServer['app'], body: Json): Promise<SseEvent[]> {
  const res = await post(app, { ...body, stream: true });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return parseSseText(await res.text());
}

/** POSTs with stream:false and returns the response object; fails on a non-200. */
export async function create(app: LocalServer['app'], body: Json): Promise<ApiResponse> {
  const res = await post(app, { ...body, stream: false });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as ApiResponse;
}

export function finalResponse(events: readonly SseEvent[]): ApiResponse {
  const last = events.at(-1);
  if (!last || !/^response\.(completed|incomplete|failed)$/.test(last.type)) {
    throw new Error(`no terminal event (last: ${last?.type})`);
  }
  return last.response as ApiResponse;
}

/** Event types with runs of the same type collapsed to one. */
export function collapse(types: readonly string[]): string[] {
  return types.filter((type, i) => type !== types[i - 1]);
}

/** The response without what differs between two runs (ids, call ids, timestamps). */
export function normalise(response: ApiResponse): unknown {
  const text = JSON.stringify({ ...response, id: 'resp', created_at: 0, completed_at: 0 });
  return JSON.parse(
    text
      .replace(/"(fc|fco|msg|rs|ws|fs|ci|ig|mcp|mcpl|mcpr|cntr|ctc|ctco)_[0-9a-f]{50}"/g, '"$1_x"')
      .replace(/call_[A-Za-z0-9]{24}/g, 'call_x'),
  );
}
