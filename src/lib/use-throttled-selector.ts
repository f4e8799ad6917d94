import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

interface ReadableStore<S> {
  getState: () => S;
  subscribe: (listener: (state: S) => void) => () => void;
}

/**
 * `selector(state)` of a zustand store, re-rendering at most once per `intervalMs(state)` ms (0:
 * at once, and the first change after such a time waits a whole interval); the latest value
 * always lands, at the end of its interval. Unlike a selector hook whose value is then
 * throttled, the component is not rendered for the updates in between: while a stream runs, a
 * panel over every event renders a few times a second, not every frame.
 */
export function useThrottledSelector<S, T>(
  store: ReadableStore<S>,
  selector: (state: S) => T,
  intervalMs: (state: S) => number,
): T {
  const latest = useRef({ selector, intervalMs });
  useLayoutEffect(() => {
    latest.current = { selector, intervalMs };
  });
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    let throttling = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      last = performance.now();
      const value = latest.current.selector(store.getState());
      // The same value (Object.is) renders nothing. While throttled, a transition: React renders
      // it in slices between the frames that carry the text, instead of holding one back.
      if (throttling) startTransition(() => setValue(value));
      else setValue(value);
    };
    const changed = (state: S) => {
      const interval = latest.current.intervalMs(state);
      // A throttled spell (a stream) starts with its interval too: its first frames carry what the
      // reader most wants to see (the first text), not a panel over every event.
      if (interval > 0 && !throttling) last = performance.now();
      throttling = interval > 0;
      const wait = last + interval - performance.now();
      if (wait <= 0) publish();
      else timer ??= setTimeout(publish, wait);
    };
    // Whatever changed between the first render and this subscription (not a throttled update).
    setValue(latest.current.selector(store.getState()));
    const unsubscribe = store.subscribe(changed);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
  return value;
}
