import { memo, useState } from 'react';
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

interface EventRowProps {
  event: ReceivedEvent;
  issues: readonly StreamIssue[] | undefined;
}

/** One event: index, type, sequence_number and time since Send; expands to its JSON. */
export const EventRow = memo(function EventRow({ event, issues }: EventRowProps) {
  const [open, setOpen] = useState(false);
  return (
    <li className="border-b border-zinc-100 text-xs dark:border-zinc-800" data-testid="event-row">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-2 px-3 py-1 text-left hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
      >
        <span className="w-8 shrink-0 text-right font-mono text-zinc-400">{event.index}</span>
        <Badge tone={toneOf(event.type)}>{event.type}</Badge>
        {issues?.map((issue, i) => (
          <Badge key={i} tone="warning" title={issue.message}>
            {issue.kind}
          </Badge>
        ))}
        <span className="ml-auto shrink-0 font-mono text-zinc-500" title="sequence_number">
          {event.sequenceNumber === null ? '' : `#${event.sequenceNumber}`}
        </span>
        <span className="w-16 shrink-0 text-right font-mono text-zinc-500" title="ms since Send">
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
          <pre className="max-h-96 overflow-auto rounded bg-zinc-100 p-2 font-mono text-[11px] dark:bg-zinc-950">
            {typeof event.payload === 'string'
              ? event.payload
              : JSON.stringify(event.payload, null, 2)}
          </pre>
        </div>
      )}
    </li>
  );
});
