/** A small deterministic PRNG (mulberry32), so the same input gives the same output. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit hash of a text. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A stable id for a made-up object (same seed, same id), e.g. `file-` + 22 characters. */
export function stableId(prefix: string, seed: string, length: number): string {
  const rand = random(hash(seed));
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[Math.floor(rand() * ALPHANUMERIC.length)];
  return `${prefix}${out}`;
}
