import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatcher, type Scheduler } from './frame-batcher.ts';

function fakeScheduler() {
  const frames = new Map<number, () => void>();
  let next = 1;
  const scheduler: Scheduler = {
    requestFrame: (cb) => {
      frames.set(next, cb);
      return next++;
    },
    cancelFrame: (h) => frames.delete(h),
    fallbackMs: 250,
  };
  const runFrame = () => {
    const callbacks = [...frames.values()];
    frames.clear();
    callbacks.forEach((cb) => cb());
  };
  return { scheduler, runFrame, pending: () => frames.size };
}

afterEach(() => vi.useRealTimers());

describe('createFrameBatcher', () => {
  it('delivers everything pushed within a frame in one batch, in order', () => {
    const { scheduler, runFrame, pending } = fakeScheduler();
    const deliver = vi.fn();
    const batcher = createFrameBatcher<number>(deliver, scheduler);
    for (let i = 0; i < 100; i++) batcher.push(i);
    expect(pending()).toBe(1);
    expect(deliver).not.toHaveBeenCalled();
    runFrame();
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(deliver).toHaveBeenCalledWith(Array.from({ length: 100 }, (_, i) => i));
    batcher.push(100);
    runFrame();
    expect(deliver).toHaveBeenLastCalledWith([100]);
  });

  it('flush delivers at once and cancels the scheduled frame', () => {
    const { scheduler, runFrame, pending } = fakeScheduler();
    const deliver = vi.fn();
    const batcher = createFrameBatcher<string>(deliver, scheduler);
    batcher.push('a');
    batcher.flush();
    expect(deliver).toHaveBeenCalledWith(['a']);
    expect(pending()).toBe(0);
    runFrame();
    batcher.flush();
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer when no frame comes (hidden tab)', () => {
    vi.useFakeTimers();
    const { scheduler } = fakeScheduler();
    const deliver = vi.fn();
    const batcher = createFrameBatcher<number>(deliver, scheduler);
    batcher.push(1);
    vi.advanceTimersByTime(249);
    expect(deliver).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(deliver).toHaveBeenCalledWith([1]);
  });

  it('dispose drops what is pending', () => {
    const { scheduler, runFrame } = fakeScheduler();
    const deliver = vi.fn();
    const batcher = createFrameBatcher<number>(deliver, scheduler);
    batcher.push(1);
    batcher.dispose();
    runFrame();
    batcher.flush();
    expect(deliver).not.toHaveBeenCalled();
  });
});
