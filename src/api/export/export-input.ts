import type { JsonObject } from '../request/body-path.ts';
import { absoluteUrl, joinUrl, type Connection } from '../transport/connection.ts';

/** How an export names the API key: an environment variable (the default) or the key itself. */
export type KeyRef = { kind: 'env'; name: string } | { kind: 'literal'; value: string };

/** What every export target prints from: one request, where it goes and how secrets appear. */
export interface ExportInput {
  /** The exact body the form sends (what `buildRequest` made). */
  body: JsonObject;
  /** Absolute, SDK convention (includes `/v1`): what works from a terminal. */
  baseUrl: string;
  key: KeyRef;
  /** Extra headers the playground sends (the local server's pace); never the key. */
  headers: Record<string, string>;
  /** MCP tool `headers` and `authorization` values: environment variables unless included. */
  includeSecrets: boolean;
}

export interface ExportOptions {
  /** The user ticked "include my API key" (after a warning). */
  includeKey: boolean;
  includeSecrets: boolean;
  /** The page's origin: a same-origin base URL (the local server, `/local/v1`) resolves to it. */
  origin: string;
  /** The key is a known non-secret placeholder (the local server accepts any key): print it. */
  keyIsPlaceholder?: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** `COMETAPI_KEY` for cometapi.com and its subdomains, else `OPENAI_API_KEY` (the SDKs' default). */
export function keyEnvName(baseUrl: string): string {
  const host = hostOf(baseUrl);
  return host === 'cometapi.com' || host.endsWith('.cometapi.com')
    ? 'COMETAPI_KEY'
    : 'OPENAI_API_KEY';
}

/** The endpoint an export posts to: `{baseUrl}/responses`. */
export function responsesUrl(input: Pick<ExportInput, 'baseUrl'>): string {
  return joinUrl(input.baseUrl, 'responses');
}

export function makeExportInput(
  body: JsonObject,
  connection: Connection,
  options: ExportOptions,
): ExportInput {
  const baseUrl = absoluteUrl(connection.baseUrl, options.origin).replace(/\/+$/, '');
  const apiKey = connection.apiKey.trim();
  const literal = apiKey !== '' && (options.includeKey || options.keyIsPlaceholder === true);
  return {
    body,
    baseUrl,
    key: literal ? { kind: 'literal', value: apiKey } : { kind: 'env', name: keyEnvName(baseUrl) },
    headers: { ...connection.headers },
    includeSecrets: options.includeSecrets,
  };
}
