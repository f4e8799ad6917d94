import { isJsonObject } from '@/api/request/body-path.ts';
import type { InputFinding } from '@/api/request/input-items.ts';
import { Button } from '@/components/ui/button.tsx';
import { findingsBelow } from '../../lib/input-findings.ts';
import { FindingList } from './finding-list.tsx';

const MAX_SHOWN = 600;

/** An item the editor has no form for (a tool output, an item reference…): kept as written. */
export function OtherItem({
  index,
  item,
  findings,
  onRemove,
}: {
  index: number;
  item: unknown;
  findings: readonly InputFinding[];
  onRemove: () => void;
}) {
  const path = `input[${index}]`;
  const type = isJsonObject(item) && typeof item.type === 'string' ? item.type : null;
  const json = JSON.stringify(item, null, 2) ?? String(item);
  return (
    <li
      aria-label={path}
      className="flex flex-col gap-2 rounded-md border border-zinc-300 p-2 dark:border-zinc-700"
    >
      <div className="flex items-center gap-2">
        <span className="font-mono text-xs font-semibold text-zinc-700 dark:text-zinc-300">
          {path}
        </span>
        <span className="rounded bg-zinc-200 px-1.5 font-mono text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {type ?? typeof item}
        </span>
        <Button
          variant="ghost"
          className="ml-auto px-2! py-0.5! text-xs"
          aria-label={`remove ${path}`}
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Sent as written; edit it in the raw JSON.
      </p>
      <pre className="max-h-40 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-800">
        {json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json}
      </pre>
      <FindingList findings={findingsBelow(findings, path)} />
    </li>
  );
}
