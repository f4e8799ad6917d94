import { useMemo, type ReactNode } from 'react';
import { childrenOf, pathTo, turnInputText } from '../lib/thread-tree.ts';
import type { Thread, Turn } from '../lib/thread-types.ts';
import { useThreadsStore } from '../threads-store.ts';

const short = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line || '(no text)';
};

/** Every branch of a thread as a tree; choosing a turn shows the newest branch through it. */
export function BranchTree({ thread }: { thread: Thread }) {
  const children = useMemo(() => childrenOf(thread), [thread]);
  const onPath = useMemo(() => new Set(pathTo(thread).map((t) => t.id)), [thread]);
  const render = (turns: Turn[] | undefined, depth: number): ReactNode =>
    turns?.length ? (
      <ul
        role={depth === 0 ? 'tree' : 'group'}
        aria-label={depth === 0 ? 'Branches' : undefined}
        className={depth ? 'ml-3 border-l border-zinc-200 pl-2 dark:border-zinc-700' : ''}
      >
        {turns.map((turn) => (
          <li key={turn.id} role="treeitem" aria-selected={onPath.has(turn.id)}>
            <button
              type="button"
              className={`w-full truncate rounded px-1 text-left text-xs ${onPath.has(turn.id) ? 'bg-teal-50 font-medium dark:bg-teal-950' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
              onClick={() => useThreadsStore.getState().branchSelected(thread.id, turn.id)}
            >
              {short(turnInputText(turn))}
            </button>
            {render(children.get(turn.id), depth + 1)}
          </li>
        ))}
      </ul>
    ) : null;
  return <div className="max-h-48 overflow-auto px-3 py-2">{render(children.get(null), 0)}</div>;
}
