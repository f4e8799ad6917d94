/**
 * Runs `run` when the browser is idle (after the current frame is painted), at the latest after
 * `timeoutMs`. Returns a cancel.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, Math.min(200, timeoutMs));
  return () => clearTimeout(handle);
}

/** A promise of the browser's next idle moment (see whenIdle). */
export function idle(timeoutMs?: number): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve, timeoutMs));
}
