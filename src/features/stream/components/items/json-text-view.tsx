import { memo, useMemo } from 'react';
import { jsonText, prettyJsonText } from '../../lib/untrusted.ts';
import { TextBlock } from './json-block.tsx';

/**
 * A string that should hold JSON (function arguments, MCP output): pretty-printed once it parses,
 * shown as the raw text until then, since while streaming it is an unfinished prefix.
 */
export const JsonTextView = memo(function JsonTextView({
  text,
  streaming,
  empty = '(empty)',
  notJsonLabel = 'not valid JSON',
}: {
  text: unknown;
  streaming: boolean;
  empty?: string;
  /** Said above text that does not parse once the item is done; null when plain text is normal. */
  notJsonLabel?: string | null;
}) {
  const raw = typeof text === 'string' ? text : text == null ? '' : jsonText(text);
  const pretty = useMemo(() => prettyJsonText(raw), [raw]);
  if (raw === '') return <p className="text-xs text-zinc-500">{empty}</p>;
  if (pretty !== null) return <TextBlock text={pretty} />;
  const label = streaming ? 'partial JSON' : notJsonLabel;
  return (
    <div className="flex flex-col gap-1">
      {label !== null && <span className="text-[11px] text-zinc-500">{label}</span>}
      <TextBlock text={raw} />
    </div>
  );
});
