/**
 * Collects items and hands them over once per animation frame, so per-delta work never
 * re-renders per delta. A timeout backs the frame up: hidden tabs get no frames.
 */
export interface FrameBatcher<T> {
  push: (item: T) => void;
  /** Hand over what is pending now (at the end of a stream). */
  flush: () => void;
  dispose: () => void;
}

export interface Scheduler {
  requestFrame: (cb: () => void) => number;
  cancelFrame: (handle: number) => void;
  fallbackMs: number;
}

const browserScheduler = (): Scheduler => ({
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (h) => cancelAnimationFrame(h),
  fallbackMs: 250,
});

export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  scheduler: Scheduler = browserScheduler(),
): FrameBatcher<T> {
  let pending: T[] = [];
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (frame !== null) scheduler.cancelFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const run = () => {
    clear();
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    deliver(items);
  };
  return {
    push(item) {
      pending.push(item);
      if (frame === null) {
        frame = scheduler.requestFrame(run);
        timer = setTimeout(run, scheduler.fallbackMs);
      }
    },
    flush: run,
    dispose() {
      clear();
      pending = [];
    },
  };
}
