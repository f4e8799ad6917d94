/**
 * Item id prefixes of the real API: response, message, function call (and output), reasoning,
 * hosted tools, custom tool call (and output).
 */
export type IdPrefix =
  | 'resp'
  | 'msg'
  | 'fc'
  | 'fco'
  | 'rs'
  | 'ws'
  | 'fs'
  | 'ci'
  | 'ig'
  | 'mcp'
  | 'mcpl'
  | 'mcpr'
  | 'cntr'
  | 'ctc'
  | 'ctco';

/** Ids shaped like the real API's: a prefix and 50 hex characters (Web Crypto, any runtime). */
export function newId(prefix: IdPrefix): string {
  const bytes = crypto.getRandomValues(new Uint8Array(25));
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function alphanumeric(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

/** A function call's `call_id`, like `call_0UFGPwrziw5rbinYp7rthrTb`. */
export function newCallId(): string {
  return `call_${alphanumeric(24)}`;
}
