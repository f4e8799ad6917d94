import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from './use-throttled-value.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useThrottledValue', () => {
  it('passes values through at once when the interval is 0', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledValue(v, 0), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    expect(result.current).toBe(2);
  });

  it('changes at most once per interval and always lands on the latest value', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledValue(v, 100), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(2);
    rerender({ v: 3 });
    act(() => {
      vi.advanceTimersByTime(50);
    });
    rerender({ v: 4 });
    act(() => {
      vi.advanceTimersByTime(40);
    });
    expect(result.current).toBe(2);
    act(() => {
      vi.advanceTimersByTime(20);
    });
    expect(result.current).toBe(4);
  });
});

describe('useThrottledValue across a pause', () => {
  it('starts throttling from the last value passed through, never an older one', () => {
    const { result, rerender } = renderHook(({ v, ms }) => useThrottledValue(v, ms), {
      initialProps: { v: 'old', ms: 100 },
    });
    rerender({ v: 'new run', ms: 0 });
    rerender({ v: 'streaming', ms: 100 });
    expect(result.current).toBe('new run');
  });
});
