import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './use-settled-value.ts';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows a value only once it has stopped changing', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 500), {
      initialProps: { v: 'https://a' },
    });
    expect(result.current).toBe('https://a');
    for (const v of ['https://ap', 'https://api', 'https://api.openai.com/v1']) {
      rerender({ v });
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(result.current).toBe('https://a');
    }
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(result.current).toBe('https://api.openai.com/v1');
  });
});
