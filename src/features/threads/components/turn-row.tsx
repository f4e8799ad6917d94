import { memo } from 'react';
import { Badge, type Tone } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { turnInputText, turnOutputText } from '../lib/thread-tree.ts';
import type { Turn } from '../lib/thread-types.ts';

const TONE: Partial<Record<Turn['status'], Tone>> = {
  completed: 'success',
  incomplete: 'warning',
  running: 'info',
  background: 'info',
  cancelled: 'neutral',
  interrupted: 'warning',
};

function preview(text: string, max: number): string {
  // A turn's answer can be a novel: only its start is collapsed, not the whole text.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const line = head.replace(/\s+/g, ' ').trim();
  return line.length > max || head !== text ? `${line.slice(0, max - 1)}…` : line;
}

/** One turn of the shown path: what was asked, what came back, and where to branch. */
export const TurnRow = memo(function TurnRow({
  turn,
  index,
  onShow,
  onFork,
}: {
  turn: Turn;
  index: number;
  onShow: (turn: Turn) => void;
  onFork: (turn: Turn) => void;
}) {
  const usage = turn.response?.usage;
  const asked = preview(turnInputText(turn), 160);
  const answer = preview(turnOutputText(turn), 240);
  return (
    <li
      className="border-b border-zinc-100 px-3 py-2 [content-visibility:auto] last:border-0 dark:border-zinc-800"
      data-testid="thread-turn"
    >
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="font-semibold">Turn {index}</span>
        <Badge tone={TONE[turn.status] ?? 'danger'}>{turn.status}</Badge>
        {turn.responseId ? (
          <span className="font-mono text-[11px] text-zinc-500" title="response id">
            {turn.responseId}
          </span>
        ) : null}
        {usage ? <span className="text-zinc-500">{usage.total_tokens} tokens</span> : null}
        {turn.metrics.durationMs !== null ? (
          <span className="text-zinc-500">{(turn.metrics.durationMs / 1000).toFixed(2)} s</span>
        ) : null}
        <span className="ml-auto flex gap-1">
          <Button
            variant="ghost"
            className="px-1.5 py-0.5 text-xs"
            aria-label={`Show turn ${index}`}
            onClick={() => onShow(turn)}
          >
            Show
          </Button>
          <Button
            variant="ghost"
            className="px-1.5 py-0.5 text-xs"
            aria-label={`Fork from turn ${index}`}
            title="Start a branch: the next Send chains from this turn"
            disabled={turn.responseId === null}
            onClick={() => onFork(turn)}
          >
            Fork
          </Button>
        </span>
      </div>
      {asked ? <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">› {asked}</p> : null}
      {answer ? <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{answer}</p> : null}
      {turn.error ? (
        <p className="mt-0.5 text-xs text-red-700 dark:text-red-400">{turn.error.message}</p>
      ) : null}
    </li>
  );
});
