/** Where requests go. `baseUrl` follows the SDK convention: it includes `/v1`. */
export interface Connection {
  baseUrl: string;
  apiKey: string;
  /** Route through the dev/preview server's same-origin proxy (for providers without CORS). */
  viaProxy: boolean;
  /** Extra headers, e.g. the local server's pacing header. Never the key. */
  headers?: Record<string, string>;
}

/** The same-origin proxy path served by the dev and preview servers. */
export const PROXY_PATH = '/proxy';

export interface Endpoint {
  url: string;
  /** The real target, for display and exports (equals `url` without the proxy). */
  target: string;
  headers: Record<string, string>;
}

/** Joins a base URL and an API path without doubling or dropping slashes. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Absolute form of a base URL; relative ones (the local server) resolve against the page. */
export function absoluteUrl(url: string, origin?: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const base = origin ?? (typeof location === 'undefined' ? 'http://localhost' : location.origin);
  return new URL(url, base).toString();
}

export function resolveEndpoint(connection: Connection, path: string, origin?: string): Endpoint {
  const target = absoluteUrl(joinUrl(connection.baseUrl, path), origin);
  const headers: Record<string, string> = { ...connection.headers };
  const key = connection.apiKey.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  const url = connection.viaProxy ? `${PROXY_PATH}?url=${encodeURIComponent(target)}` : target;
  return { url, target, headers };
}
