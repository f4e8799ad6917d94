import { memo, type ReactNode } from 'react';
import { Badge, type Tone } from '@/components/ui/badge.tsx';

const statusTones: ReadonlyMap<string, Tone> = new Map([
  ['completed', 'success'],
  ['in_progress', 'info'],
  ['searching', 'info'],
  ['generating', 'info'],
  ['interpreting', 'info'],
  ['calling', 'info'],
  ['queued', 'info'],
  ['incomplete', 'warning'],
  ['failed', 'danger'],
]);

/**
 * The box every output item is drawn in: its type and status as badges (the status only when the
 * item has one: reasoning and MCP tool lists often do not), then the renderer's body.
 */
export const ItemFrame = memo(function ItemFrame({
  type,
  status,
  title,
  children,
}: {
  type: string;
  status: unknown;
  /** A short, item-specific heading after the badges (a function's name, a server label). */
  title?: ReactNode;
  children?: ReactNode;
}) {
  const statusText = typeof status === 'string' && status !== '' ? status : null;
  return (
    <article
      aria-label={`${type} item`}
      data-testid="output-item"
      data-item-type={type}
      className="flex min-w-0 flex-col gap-2 rounded border border-zinc-200 p-2 text-sm dark:border-zinc-800"
    >
      <header className="flex flex-wrap items-center gap-1.5 text-xs">
        <Badge>{type}</Badge>
        {statusText !== null && (
          <Badge tone={statusTones.get(statusText) ?? 'neutral'} title="status">
            {statusText}
          </Badge>
        )}
        {title}
      </header>
      {children}
    </article>
  );
});
