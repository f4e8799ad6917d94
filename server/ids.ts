/** Ids shaped like the real API's: a prefix and 50 hex characters (Web Crypto, any runtime). */
export function newId(prefix: 'resp' | 'msg' | 'fc' | 'rs'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(25));
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
