/**
 * The product's URL rules for anything that came from a model or a tool: links only for http:,
 * https: and mailto:; images from data: URLs (small, raster) directly, remote http(s) images only
 * after a click; every other scheme is shown as text. One module, so every renderer agrees.
 */

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const REMOTE_IMAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Data images up to this many decoded bytes render directly. */
export const MAX_DATA_IMAGE_BYTES = 2 * 1024 * 1024;

/** Raster types only: SVG is left out on purpose, it is a document, not just pixels. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp)(?:;[^,]*)?,/i;

/**
 * Parses the way the browser will (WHATWG: leading/trailing controls and spaces trimmed, tabs and
 * newlines dropped anywhere, scheme lower-cased), so "\tJaVa\nScript:" is seen as javascript:.
 * Relative URLs do not parse without a base and are refused: nothing here is relative to the app.
 */
function parseAbsolute(value: unknown): URL | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The href to use for a link, or null when the URL must be shown as plain text. */
export function safeLinkHref(value: unknown): string | null {
  const url = parseAbsolute(value);
  return url !== null && LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

export type ImageSource =
  | { kind: 'data'; src: string }
  | { kind: 'remote'; url: string }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'blocked' };

/** Decoded size of a data URL's payload (base64 or percent-encoded), without decoding it. */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  const meta = dataUrl.slice(0, comma);
  const payload = dataUrl.slice(comma + 1);
  if (!/;base64$/i.test(meta)) return payload.replace(/%[0-9a-f]{2}/gi, '_').length;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((payload.length * 3) / 4) - padding);
}

/** What an image source may become: an <img> now, a click-to-load placeholder, or text. */
export function classifyImageSource(
  value: unknown,
  maxBytes: number = MAX_DATA_IMAGE_BYTES,
): ImageSource {
  if (typeof value !== 'string') return { kind: 'blocked' };
  const trimmed = value.trim();
  if (DATA_IMAGE.test(trimmed)) {
    const bytes = dataUrlBytes(trimmed);
    return bytes > maxBytes ? { kind: 'too-large', bytes } : { kind: 'data', src: trimmed };
  }
  const url = parseAbsolute(trimmed);
  if (url !== null && REMOTE_IMAGE_PROTOCOLS.has(url.protocol)) {
    return { kind: 'remote', url: url.href };
  }
  return { kind: 'blocked' };
}

const IMAGE_FORMATS: ReadonlyMap<string, string> = new Map([
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['jpg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['gif', 'image/gif'],
]);

/**
 * A data: URL for raw base64 image bytes (image generation results). The payload is not checked
 * for being base64: with an image MIME type a bad payload can only be a broken image, never a
 * document (the recordings themselves hold cut-off base64). PNG unless `output_format` says else.
 */
export function base64ImageSrc(
  base64: unknown,
  format: unknown,
  maxBytes: number = MAX_DATA_IMAGE_BYTES,
): ImageSource {
  if (typeof base64 !== 'string' || base64 === '') return { kind: 'blocked' };
  const payload = base64.replace(/\s+/g, '');
  const mime =
    (typeof format === 'string' && IMAGE_FORMATS.get(format.toLowerCase())) || 'image/png';
  return classifyImageSource(`data:${mime};base64,${payload}`, maxBytes);
}

/**
 * react-markdown's `urlTransform`: hrefs pass only when they are safe links, image sources only
 * when they are data images within the limit or http(s) (held back until a click by the image
 * component). Everything else becomes '' and the components render it as text.
 */
export function markdownUrlTransform(url: string, key: string): string {
  if (key === 'href') return safeLinkHref(url) ?? '';
  if (key === 'src') {
    const image = classifyImageSource(url);
    if (image.kind === 'data') return image.src;
    if (image.kind === 'remote') return image.url;
  }
  return '';
}
