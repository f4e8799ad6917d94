/** Nearest-rank percentile (p in 0..100) of any list; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Runs `measure` `reps` times and keeps every result (the caller takes medians). */
export async function repeat<T>(reps: number, measure: (rep: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let rep = 0; rep < reps; rep++) results.push(await measure(rep));
  return results;
}

export const round = (value: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
