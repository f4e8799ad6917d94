import { maskRequestSecrets } from '../security/redact.ts';
import { isRecord } from './parse-event.ts';

/** Top-level request parameters a Response object echoes. */
export const ECHOED_PARAMS: readonly string[] = [
  'model',
  'instructions',
  'temperature',
  'top_p',
  'max_output_tokens',
  'max_tool_calls',
  'parallel_tool_calls',
  'previous_response_id',
  'reasoning',
  'text',
  'tool_choice',
  'tools',
  'top_logprobs',
  'truncation',
  'service_tier',
  'store',
  'background',
  'metadata',
  'prompt_cache_key',
  'prompt_cache_retention',
  'safety_identifier',
  'user',
  'conversation',
  'prompt',
];

/** Compared key by key (`reasoning.effort`, `text.format`), since the echo adds defaults. */
const NESTED = new Set(['reasoning', 'text']);

/**
 * `same`: echoed as sent (the echo may add defaults inside objects); `normalised`: a known
 * rewrite by the API (info); `changed`: a different value; `dropped`: sent, echoed null or absent.
 */
export type EchoStatus = 'same' | 'normalised' | 'changed' | 'dropped';

export interface EchoEntry {
  param: string;
  status: EchoStatus;
  sent: unknown;
  echoed: unknown;
  note?: string;
}

/** True when `sent` is contained in `echoed`: equal scalars, same-length arrays, sent keys. */
export function containedIn(sent: unknown, echoed: unknown): boolean {
  if (Array.isArray(sent)) {
    return (
      Array.isArray(echoed) &&
      sent.length === echoed.length &&
      sent.every((value, i) => containedIn(value, echoed[i]))
    );
  }
  if (isRecord(sent)) {
    if (!isRecord(echoed)) return false;
    return Object.entries(sent).every(([key, value]) =>
      value === undefined ? true : containedIn(value, echoed[key]),
    );
  }
  return Object.is(sent, echoed) || sent === echoed;
}

/** A dated snapshot: `-2024-07-18`, or the older `-0613`. */
const SNAPSHOT_SUFFIX = /^(\d{4}-\d{2}-\d{2}|\d{4})$/;

function normalisation(param: string, sent: unknown, echoed: unknown): string | null {
  const leaf = param.split('.').pop();
  if (
    leaf === 'model' &&
    typeof sent === 'string' &&
    typeof echoed === 'string' &&
    echoed.startsWith(`${sent}-`) &&
    SNAPSHOT_SUFFIX.test(echoed.slice(sent.length + 1))
  ) {
    return 'model resolved to a snapshot';
  }
  if (param === 'service_tier' && sent === 'auto' && typeof echoed === 'string') {
    return `service_tier auto is reported as the tier used (${echoed})`;
  }
  if (param === 'tools' && containedIn(withoutMcpCredentials(sent), echoed)) {
    return 'MCP headers and authorization are never echoed (they are credentials)';
  }
  if (
    param === 'conversation' &&
    typeof sent === 'string' &&
    isRecord(echoed) &&
    echoed.id === sent
  ) {
    return 'conversation id echoed in its object form {id}';
  }
  return null;
}

/** Tools without the MCP credentials the API keeps to itself. */
function withoutMcpCredentials(tools: unknown): unknown {
  if (!Array.isArray(tools)) return tools;
  return tools.map((tool: unknown) => {
    if (!isRecord(tool) || tool.type !== 'mcp') return tool;
    const { headers: _headers, authorization: _authorization, ...rest } = tool;
    return rest;
  });
}

function compare(param: string, sent: unknown, echoed: unknown): EchoEntry {
  if (sent !== null && (echoed === null || echoed === undefined)) {
    return { param, status: 'dropped', sent, echoed };
  }
  if (containedIn(sent, echoed)) return { param, status: 'same', sent, echoed };
  const note = normalisation(param, sent, echoed);
  if (note) return { param, status: 'normalised', sent, echoed, note };
  return { param, status: 'changed', sent, echoed };
}

/** Every echoed parameter the request set, compared with the final Response object. */
export function diffEcho(request: Record<string, unknown>, response: unknown): EchoEntry[] {
  const echo = isRecord(response) ? response : {};
  const entries: EchoEntry[] = [];
  for (const param of ECHOED_PARAMS) {
    // MCP header values are shown masked, like everywhere else.
    const sent = param === 'tools' ? maskRequestSecrets(request).tools : request[param];
    if (sent === undefined) continue;
    const echoed = echo[param];
    if (NESTED.has(param) && isRecord(sent)) {
      const echoedObject = isRecord(echoed) ? echoed : {};
      for (const [key, value] of Object.entries(sent)) {
        if (value !== undefined) entries.push(compare(`${param}.${key}`, value, echoedObject[key]));
      }
    } else {
      entries.push(compare(param, sent, echoed));
    }
  }
  return entries;
}

/** Dropped and changed entries (normalisations are info, not differences). */
export const differenceCount = (entries: readonly EchoEntry[]) =>
  entries.filter((e) => e.status === 'changed' || e.status === 'dropped').length;
