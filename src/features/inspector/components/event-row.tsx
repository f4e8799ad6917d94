import { memo, useState, type Ref } from 'react';
import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { StreamIssue } from '@/api/events/stream-state.ts';
import { Badge, type Tone } from '@/components/ui/badge.tsx';

function toneOf(type: string): Tone {
  if (type === 'error' || type.endsWith('.failed')) return 'danger';
  if (type.endsWith('.incomplete')) return 'warning';
  if (type === 'response.completed') return 'success';
  if (type.endsWith('.delta')) return 'neutral';
  return 'info';
}

const prettyJson = (event: ReceivedEvent) =>
  typeof event.payload === 'string' ? event.payload : JSON.stringify(event.payload, null, 2);

/** A closed row's height: fixed (set below), so the list never has to measure closed rows. */
export const EVENT_ROW_PX = 28;

interface EventRowProps {
  event: ReceivedEvent;
  issues: readonly StreamIssue[] | undefined;
  open: boolean;
  onToggle: (eventIndex: number) => void;
  /** The virtualizer's position for this row, its offset, and (open rows only) its measuring ref. */
  rowIndex: number;
  top: number;
  measureRef: Ref<HTMLLIElement> | undefined;
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded border border-zinc-300 px-1.5 text-[11px] hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      onClick={() => {
        // No clipboard (insecure context, denied permission): nothing to report, the JSON is selectable.
        navigator.clipboard
          ?.writeText(text)
          .then(() => setCopied(true))
          .catch(() => undefined);
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** One event: index, type, sequence_number and time since Send; expands to its JSON. */
export const EventRow = memo(function EventRow({
  event,
  issues,
  open,
  onToggle,
  rowIndex,
  top,
  measureRef,
}: EventRowProps) {
  return (
    <li
      ref={measureRef}
      data-index={rowIndex}
      style={{
        position: 'absolute',
        top,
        left: 0,
        width: '100%',
        ...(open ? {} : { height: EVENT_ROW_PX }),
      }}
      className="overflow-hidden border-b border-zinc-100 text-xs dark:border-zinc-800"
      data-testid="event-row"
    >
      <button
        type="button"
        aria-expanded={open}
        onClick={() => onToggle(event.index)}
        // The row's fixed height less its bottom border.
        style={{ height: EVENT_ROW_PX - 1 }}
        className="flex w-full shrink-0 items-center gap-2 px-3 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
      >
        <span className="w-10 shrink-0 text-right font-mono text-zinc-500">{event.index}</span>
        <Badge tone={toneOf(event.type)}>{event.type}</Badge>
        {issues?.map((issue, i) => (
          <Badge key={i} tone="warning" title={issue.message}>
            {issue.kind}
          </Badge>
        ))}
        <span className="ml-auto shrink-0 font-mono text-zinc-500" title="sequence_number">
          {event.sequenceNumber === null ? '' : `#${event.sequenceNumber}`}
        </span>
        <span
          className="w-20 shrink-0 text-right font-mono whitespace-nowrap text-zinc-500"
          title="ms since Send"
        >
          +{Math.round(event.at)} ms
        </span>
      </button>
      {open && (
        <div className="px-3 pb-2">
          {issues?.map((issue, i) => (
            <p key={i} className="text-amber-700 dark:text-amber-400">
              {issue.message}
            </p>
          ))}
          <div className="mb-1 flex justify-end">
            <CopyButton text={prettyJson(event)} />
          </div>
          <pre className="max-h-96 overflow-auto rounded bg-zinc-100 p-2 font-mono text-[11px] dark:bg-zinc-950">
            {prettyJson(event)}
          </pre>
        </div>
      )}
    </li>
  );
});
