import { isJsonObject, type JsonObject } from '../request/body-path.ts';
import { isDataUrl, parseBase64DataUrl } from '../request/data-url.ts';
import { parseJsonBody } from '../request/parse-json-body.ts';
import { extractMcpSecrets } from './mcp-secrets.ts';
import { isShareFragment, SHARE_PARAM } from './share-fragment.ts';

/** `#share=1.<base64url of deflate-raw of the body's JSON>`; the `1.` is the format version. */
export const SHARE_VERSION = '1';
/** An upload (data URL) of more bytes than this is left out of the link. */
export const UPLOAD_LIMIT = 12 * 1024;
/** The longest fragment made: beyond it chat apps, mail and some browsers cut or refuse links. */
export const FRAGMENT_LIMIT = 64_000;
/** A decoded link's JSON larger than this is refused (a tiny link may inflate enormously). */
const DECODED_LIMIT = 8_000_000;

export type ShareLink =
  | { ok: true; url: string; length: number; warnings: string[] }
  | { ok: false; error: string; length?: number; warnings: string[] };

export type SharedRequest = { ok: true; body: JsonObject } | { ok: false; error: string };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Large uploads replaced by a note (the form shows it where the file was), each named. */
function dropLargeUploads(value: unknown, path: string, dropped: string[]): unknown {
  if (typeof value === 'string') {
    if (!isDataUrl(value) || value.length <= UPLOAD_LIMIT) return value;
    const parsed = parseBase64DataUrl(value);
    if ((parsed?.bytes ?? value.length) <= UPLOAD_LIMIT) return value;
    const what = parsed ? `${parsed.mime}, ${formatSize(parsed.bytes)}` : formatSize(value.length);
    dropped.push(`${path} (${what})`);
    return `(left out of the share link: ${what}; upload it again)`;
  }
  if (Array.isArray(value))
    return value.map((v, i) => dropLargeUploads(v, `${path}[${i}]`, dropped));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const next = dropLargeUploads(inner, path ? `${path}.${key}` : key, dropped);
    Object.defineProperty(out, key, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** MCP credentials are never put in a link: emptied and named. */
function dropSecrets(body: JsonObject, warnings: string[]): JsonObject {
  const { secrets } = extractMcpSecrets(body);
  if (secrets.length === 0) return body;
  warnings.push(`MCP credentials left out: ${secrets.map((s) => s.path).join(', ')}.`);
  const copy = JSON.parse(JSON.stringify(body)) as JsonObject;
  for (const secret of secrets) {
    const m = /^tools\[(\d+)\]\.(headers\.(.+)|authorization)$/.exec(secret.path);
    const tool = Array.isArray(copy.tools) ? (copy.tools[Number(m?.[1])] as JsonObject) : null;
    if (!m || !tool) continue;
    if (m[3] !== undefined && isJsonObject(tool.headers)) tool.headers[m[3]] = '';
    else if (m[2] === 'authorization') tool.authorization = '';
  }
  return copy;
}

async function pipeBytes(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
  limit: number,
) {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/**
 * The page URL with the request in its fragment (never sent to a server). No key: the body never
 * holds it; MCP credentials and large uploads are left out and named in `warnings`.
 */
export async function encodeShareLink(body: JsonObject, pageUrl: string): Promise<ShareLink> {
  const warnings: string[] = [];
  const dropped: string[] = [];
  const light = dropLargeUploads(dropSecrets(body, warnings), '', dropped) as JsonObject;
  if (dropped.length > 0) {
    warnings.push(`Uploads over ${formatSize(UPLOAD_LIMIT)} left out: ${dropped.join(', ')}.`);
  }
  const json = new TextEncoder().encode(JSON.stringify(light));
  const packed = await pipeBytes(json, new CompressionStream('deflate-raw'), Infinity);
  const fragment = `${SHARE_PARAM}=${SHARE_VERSION}.${toBase64Url(packed)}`;
  const url = `${pageUrl.replace(/#.*$/, '')}#${fragment}`;
  if (fragment.length > FRAGMENT_LIMIT) {
    return {
      ok: false,
      error: `Too large to share: the link would be ${fragment.length.toLocaleString('en')} characters (the limit is ${FRAGMENT_LIMIT.toLocaleString('en')}). Shorten the input or remove uploads.`,
      length: fragment.length,
      warnings,
    };
  }
  return { ok: true, url, length: url.length, warnings };
}

/** Whether a location hash carries a shared request. */

/** `#share=…` (or a whole URL) → the body, or a clear error. Never throws. */
export async function decodeShareLink(hashOrUrl: string): Promise<SharedRequest> {
  const hash = hashOrUrl.includes('#') ? hashOrUrl.slice(hashOrUrl.indexOf('#') + 1) : hashOrUrl;
  if (!isShareFragment(hash)) return { ok: false, error: 'This link has no shared request in it.' };
  const payload = hash.slice(SHARE_PARAM.length + 1);
  const dot = payload.indexOf('.');
  const version = dot === -1 ? '' : payload.slice(0, dot);
  if (version !== SHARE_VERSION) {
    return {
      ok: false,
      error: version
        ? `This share link is format ${version.slice(0, 10)}; this playground reads format ${SHARE_VERSION}.`
        : 'This share link is damaged: it has no format version.',
    };
  }
  const bytes = fromBase64Url(payload.slice(dot + 1));
  if (!bytes || bytes.length === 0) {
    return { ok: false, error: 'This share link is damaged: it is not valid base64url.' };
  }
  let json: string;
  try {
    const raw = await pipeBytes(bytes, new DecompressionStream('deflate-raw'), DECODED_LIMIT);
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof RangeError
          ? 'This share link expands to more than 8 MB: refused.'
          : 'This share link is damaged (cut short or altered): it could not be decompressed.',
    };
  }
  const parsed = parseJsonBody(json);
  if (!parsed.ok)
    return { ok: false, error: 'This share link is damaged: its request is not a JSON object.' };
  return { ok: true, body: parsed.body };
}
