import type { Page } from '@playwright/test';

/** One place a secret was found: where, and the text around it (the secret itself masked). */
export interface KeyLeak {
  where: string;
  excerpt: string;
}

/** Every occurrence of `key` in `text`, reported as found in `where`. */
export function findKeyIn(where: string, text: string, key: string): KeyLeak[] {
  const leaks: KeyLeak[] = [];
  if (!key) return leaks;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + key.length, at + key.length + 40);
    leaks.push({ where, excerpt: `${before}[KEY]${after}` });
  }
  return leaks;
}

/**
 * Everything the page keeps on this device, as text per place: every localStorage and
 * sessionStorage value, the cookies, and every value (and key) of every object store of every
 * IndexedDB database (`indexedDB.databases()`). Blobs, buffers, Maps and Sets are read out, so a
 * key inside a stored file or structured value is found too.
 */
export async function storedTexts(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(async () => {
    const out: { where: string; text: string }[] = [];
    const decoder = new TextDecoder();

    async function toText(value: unknown, seen = new Set<unknown>()): Promise<string> {
      if (typeof value === 'string') return value;
      if (value === null || typeof value !== 'object') return String(value);
      if (seen.has(value)) return '';
      seen.add(value);
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) {
        return decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      }
      const entries: [unknown, unknown][] =
        value instanceof Map
          ? [...value.entries()]
          : value instanceof Set
            ? [...value].map((v, i) => [i, v])
            : Object.entries(value);
      const parts = await Promise.all(
        entries.map(async ([k, v]) => `${await toText(k, seen)}: ${await toText(v, seen)}`),
      );
      return `{${parts.join(', ')}}`;
    }

    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        out.push({ where: `${name}[${key}]`, text: `${key}\n${storage.getItem(key) ?? ''}` });
      }
    }
    out.push({ where: 'document.cookie', text: document.cookie });

    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const open = indexedDB.open(info.name);
      // Opening without a version never upgrades an existing database; a vanished one is dropped.
      open.onupgradeneeded = () => open.transaction?.abort();
      let db: IDBDatabase;
      try {
        db = await request(open);
      } catch {
        continue;
      }
      try {
        for (const storeName of [...db.objectStoreNames]) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const [keys, values] = await Promise.all([
            request(store.getAllKeys()),
            request(store.getAll()),
          ]);
          for (const [i, value] of values.entries()) {
            const key = await toText(keys[i]);
            out.push({
              where: `indexedDB ${info.name}/${storeName}[${key}]`,
              text: `${key}\n${await toText(value)}`,
            });
          }
        }
      } finally {
        db.close();
      }
    }
    return out;
  });
}

/**
 * Where `key` occurs in what the page stores on this device (see storedTexts). An empty list
 * means nowhere. Call it after the flows that could store the key (exports, share, threads).
 */
export async function findKeyInStorage(page: Page, key: string): Promise<KeyLeak[]> {
  const texts = await storedTexts(page);
  return texts.flatMap(({ where, text }) => findKeyIn(where, text, key));
}
