/** How fast the local models stream: tokens per second, or `null` for instant. */
export interface Pace {
  tokensPerSecond: number | null;
  /** Delay before the first token (a model "thinking"); 0 when instant. */
  firstTokenMs: number;
}

export const REALISTIC: Pace = { tokensPerSecond: 80, firstTokenMs: 250 };
export const INSTANT: Pace = { tokensPerSecond: null, firstTokenMs: 0 };

/** `instant`, `realistic`, or a number of tokens per second (header `x-local-pace`, env LOCAL_PACE). */
export function parsePace(value: string | null | undefined, fallback: Pace): Pace {
  if (!value) return fallback;
  const v = value.trim().toLowerCase();
  if (v === 'instant') return INSTANT;
  if (v === 'realistic') return REALISTIC;
  const n = Number(v);
  if (Number.isFinite(n) && n > 0)
    return { tokensPerSecond: Math.min(n, 100_000), firstTokenMs: 0 };
  return fallback;
}
