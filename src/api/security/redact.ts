/**
 * Secrets (the API key, MCP header values and `authorization` tokens) must never reach what the
 * app shows, stores or exports. They go out only in the request itself; anything that comes back
 * (error bodies, echoed events, raw stream text) is passed through these functions first.
 */

/** What a secret is replaced with, everywhere. */
export const MASK = '••••';

/**
 * Shorter values are not treated as secrets: masking every "1" or "yes" an MCP header carries
 * would mangle unrelated text, and a value this short protects nothing anyway.
 */
export const MIN_SECRET_LENGTH = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The distinct secrets worth masking, longest first (so a secret containing another is masked
 * whole), each also in its JSON-escaped form: an echoed body holds the key inside a JSON string.
 */
export function secretList(values: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    const value = raw?.trim();
    if (!value || value.length < MIN_SECRET_LENGTH) continue;
    out.add(value);
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) out.add(escaped);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** The token of an `Authorization: Bearer <token>` value (or the whole value without a scheme). */
export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^\s*bearer\s+(\S.*?)\s*$/i.exec(authorization);
  return match?.[1] ?? (authorization.trim() || null);
}

/** Every `mcp` tool's `headers` values (and their bearer tokens) and `authorization` token. */
export function requestSecrets(body: unknown): string[] {
  const tools = isRecord(body) && Array.isArray(body.tools) ? body.tools : [];
  const values: string[] = [];
  for (const tool of tools) {
    if (!isRecord(tool) || tool.type !== 'mcp') continue;
    if (typeof tool.authorization === 'string') values.push(tool.authorization);
    if (!isRecord(tool.headers)) continue;
    for (const value of Object.values(tool.headers)) {
      if (typeof value !== 'string') continue;
      values.push(value);
      const token = bearerToken(value);
      if (token && token !== value) values.push(token);
    }
  }
  return values;
}

/** `text` with every occurrence of every secret replaced by MASK. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** Length of the longest suffix of `text` that is a proper prefix of some secret. */
function partialSecretAtEnd(text: string, secrets: readonly string[]): number {
  let longest = 0;
  for (const secret of secrets) {
    const first = secret[0];
    if (first === undefined) continue;
    const from = Math.max(0, text.length - secret.length + 1);
    // Only positions where the secret's first character occurs can start a partial match.
    for (let i = text.indexOf(first, from); i !== -1; i = text.indexOf(first, i + 1)) {
      const tail = text.length - i;
      if (tail > longest && secret.startsWith(text.slice(i))) longest = tail;
    }
  }
  return longest;
}

export interface StreamRedactor {
  /** The next piece of text with secrets masked; a possible start of a secret is held back. */
  push(text: string): string;
  /** What was held back, at the end of the stream (masked when it could be a cut-off secret). */
  flush(): string;
}

/** Held-back text this long at the end of a stream is masked: it may be most of a secret. */
const MASK_CUT_OFF_FROM = 4;

/**
 * Redacts a stream arriving in pieces, where a secret may be split across two of them: the end
 * of each piece that could begin a secret waits for the next piece. Joined, the output equals
 * `redactSecrets` of the whole text (unless the stream ends inside a secret).
 */
export function createStreamRedactor(secrets: readonly string[]): StreamRedactor {
  let pending = '';
  if (secrets.length === 0) return { push: (text) => text, flush: () => '' };
  return {
    push(text) {
      const redacted = redactSecrets(pending + text, secrets);
      const hold = partialSecretAtEnd(redacted, secrets);
      pending = redacted.slice(redacted.length - hold);
      return redacted.slice(0, redacted.length - hold);
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest.length >= MASK_CUT_OFF_FROM ? MASK : rest;
    },
  };
}

/** Header names whose values are credentials. */
const SECRET_HEADER =
  /^(authorization|proxy-authorization|api-key|x-api-key|cookie|x-goog-api-key)$/i;

/**
 * Headers as any request view shows them: `Authorization: Bearer ••••`, other credential headers
 * `••••`, the rest as they are.
 */
export function maskHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (!SECRET_HEADER.test(name)) return [name, value];
      const scheme = /^\s*(bearer|basic)\s+/i.exec(value)?.[1];
      return [name, scheme ? `${scheme} ${MASK}` : MASK];
    }),
  );
}

/** `body` with each `mcp` tool's credentials rewritten by `credentials` (a copy; others kept). */
function mapMcpCredentials<T>(
  body: T,
  credentials: (tool: Record<string, unknown>) => Record<string, unknown>,
): T {
  if (!isRecord(body) || !Array.isArray(body.tools)) return body;
  const tools = body.tools.map((tool: unknown) =>
    isRecord(tool) && tool.type === 'mcp' ? credentials(tool) : tool,
  );
  return { ...body, tools };
}

/**
 * A request body as it may be shown or saved: each `mcp` tool's `headers` values and
 * `authorization` replaced by MASK (the header names stay, they say what was sent).
 */
export function maskRequestSecrets<T>(body: T): T {
  return mapMcpCredentials(body, (tool) => {
    const masked: Record<string, unknown> = { ...tool };
    if (typeof tool.authorization === 'string') masked.authorization = MASK;
    if (isRecord(tool.headers)) {
      masked.headers = Object.fromEntries(Object.keys(tool.headers).map((name) => [name, MASK]));
    }
    return masked;
  });
}

/**
 * A request body to keep on this device (draft, presets): MCP header values emptied (the names
 * stay, to be filled in again) and `authorization` left out. Like the key, they live in memory.
 */
export function withoutRequestSecrets<T>(body: T): T {
  // Emptied, not dropped: after a reload the blank says a credential is to be typed again (lint
  // flags it), where a missing one would look like a server that needs none.
  return mapMcpCredentials(body, (tool) => {
    const rest = 'authorization' in tool ? { ...tool, authorization: '' } : { ...tool };
    if (!isRecord(tool.headers)) return rest;
    return { ...rest, headers: Object.fromEntries(Object.keys(tool.headers).map((n) => [n, ''])) };
  });
}
