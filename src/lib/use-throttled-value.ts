import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `intervalMs` (the latest value always lands, at the
 * end of its interval). With `intervalMs` 0 it is `value` itself, at once.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastRef = useRef(Number.NEGATIVE_INFINITY);
  // Unthrottled, the shown value follows at once, so throttling starts from the latest value.
  if (intervalMs <= 0 && shown !== value) setShown(value);
  useEffect(() => {
    if (intervalMs <= 0) return;
    const wait = Math.max(0, lastRef.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastRef.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return intervalMs <= 0 ? value : shown;
}
