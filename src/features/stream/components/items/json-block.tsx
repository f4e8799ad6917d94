import { memo } from 'react';
import { jsonText } from '../../lib/untrusted.ts';

const preClass =
  'max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-950';

/** Any value as pretty JSON (long strings cut); a plain <pre>, never markup. */
export const JsonBlock = memo(function JsonBlock({ value }: { value: unknown }) {
  return <pre className={preClass}>{jsonText(value)}</pre>;
});

/** Text from a tool, verbatim. */
export const TextBlock = memo(function TextBlock({ text }: { text: string }) {
  return <pre className={preClass}>{text}</pre>;
});
