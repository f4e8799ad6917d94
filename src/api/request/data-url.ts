/** Base64 data URLs (`data:image/png;base64,…`): what the API takes for inline images and files. */

// A MIME type, optional `;key=value` parameters, then `;base64,` and standard base64 (no spaces).
const BASE64_DATA_URL =
  /^data:([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)((?:;[^;,=]+=[^;,]*)*);base64,([A-Za-z0-9+/]*={0,2})$/i;

export interface ParsedDataUrl {
  /** Lower-cased, without parameters. */
  mime: string;
  /** Size of the decoded bytes. */
  bytes: number;
}

export function isDataUrl(value: string): boolean {
  return value.slice(0, 5).toLowerCase() === 'data:';
}

/** Null unless `value` is a well-formed base64 data URL with a MIME type. */
export function parseBase64DataUrl(value: string): ParsedDataUrl | null {
  const match = BASE64_DATA_URL.exec(value);
  const mime = match?.[1];
  const payload = match?.[3];
  if (mime === undefined || payload === undefined || payload.length % 4 !== 0) return null;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return { mime: mime.toLowerCase(), bytes: (payload.length / 4) * 3 - padding };
}

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
