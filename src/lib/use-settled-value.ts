import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms`: what is being typed is not acted on letter by
 * letter (a Base URL typed key by key would send a request, and the key, to every partial host).
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
