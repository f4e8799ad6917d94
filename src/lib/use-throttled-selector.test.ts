import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useThrottledSelector } from './use-throttled-selector.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

interface State {
  items: number[];
  live: boolean;
}

function setup(initial: State = { items: [], live: false }) {
  const store = createStore<State>()(() => initial);
  let renders = 0;
  const hook = renderHook(() => {
    renders++;
    return useThrottledSelector(
      store,
      (s) => s.items,
      (s) => (s.live ? 100 : 0),
    );
  });
  return { store, hook, renders: () => renders };
}

describe('useThrottledSelector', () => {
  it('follows the store at once while the interval is 0', () => {
    const { store, hook } = setup();
    const next = [1];
    act(() => store.setState({ items: next }));
    expect(hook.result.current).toBe(next);
  });

  it('holds the first change of a throttled spell for one interval (a stream starts)', () => {
    const { store, hook } = setup();
    const initial = hook.result.current;
    act(() => store.setState({ live: true, items: [1] }));
    expect(hook.result.current).toBe(initial);
    act(() => {
      vi.advanceTimersByTime(99);
    });
    expect(hook.result.current).toBe(initial);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(hook.result.current).toEqual([1]);
  });

  it('renders at most once per interval while throttled, and lands on the latest value', () => {
    const { store, hook, renders } = setup();
    act(() => store.setState({ live: true, items: [1] }));
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(hook.result.current).toEqual([1]);
    const before = renders();
    for (let i = 2; i <= 20; i++) {
      act(() => {
        store.setState({ items: Array.from({ length: i }, (_, k) => k) });
        vi.advanceTimersByTime(4);
      });
    }
    // 19 updates over 76 ms: no render yet, the interval has not passed.
    expect(renders()).toBe(before);
    act(() => {
      vi.advanceTimersByTime(30);
    });
    expect(hook.result.current).toHaveLength(20);
    expect(renders()).toBe(before + 1);
  });

  it('shows the final value at once when the interval drops to 0 (a stream ends)', () => {
    const { store, hook } = setup();
    act(() => store.setState({ live: true, items: [1] }));
    act(() => store.setState({ items: [1, 2] }));
    expect(hook.result.current).toEqual([]);
    const final = [1, 2, 3];
    act(() => store.setState({ live: false, items: final }));
    expect(hook.result.current).toBe(final);
  });

  it('stops listening when unmounted', () => {
    const { store, hook } = setup();
    hook.unmount();
    act(() => store.setState({ live: true, items: [9] }));
    act(() => {
      vi.runAllTimers();
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
