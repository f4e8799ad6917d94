import { useCallback, useMemo } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { branchCount, pathTo } from '../lib/thread-tree.ts';
import type { HistoryMode, Turn } from '../lib/thread-types.ts';
import { useThreadsStore } from '../threads-store.ts';
import { BranchTree } from './branch-tree.tsx';
import { TurnRow } from './turn-row.tsx';

interface ThreadViewProps {
  /** The form has `store: false`: the server keeps nothing to chain from. */
  storeDisabled: boolean;
  /** Shows a past turn in the Response and Events panels. */
  onShowTurn: (turn: Turn) => void;
}

/** The active thread: its branches, the turns of the shown path, and how turns are chained. */
export function ThreadView({ storeDisabled, onShowTurn }: ThreadViewProps) {
  const thread = useThreadsStore((s) => (s.activeId ? s.threads[s.activeId] : undefined));
  const path = useMemo(() => (thread ? pathTo(thread) : []), [thread]);
  const branches = useMemo(() => (thread ? branchCount(thread) : 0), [thread]);
  const threadId = thread?.id;
  const onFork = useCallback(
    (turn: Turn) => {
      if (threadId) useThreadsStore.getState().forkRequested(threadId, turn.id);
    },
    [threadId],
  );
  if (!thread) {
    return (
      <p className="px-3 py-2 text-xs text-zinc-500">
        No thread selected: Send starts a new one, and each turn after it chains by{' '}
        <code>previous_response_id</code>.
      </p>
    );
  }
  const setMode = (mode: HistoryMode) =>
    useThreadsStore.getState().historyModeChanged(thread.id, mode);
  const leaf = path.at(-1);
  const forkPending = leaf !== undefined && thread.turns.some((t) => t.parentId === leaf.id);
  return (
    <div className="flex flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-3 py-2 text-xs dark:border-zinc-800">
        <span className="min-w-[10rem] flex-1 truncate font-medium" title={thread.title}>
          {thread.title || 'Untitled thread'}
        </span>
        <label htmlFor="thread-history-mode" className="text-zinc-500">
          history
        </label>
        <select
          id="thread-history-mode"
          className="rounded border border-zinc-300 bg-white px-1 py-0.5 dark:border-zinc-700 dark:bg-zinc-900"
          value={thread.historyMode}
          onChange={(e) => setMode(e.target.value as HistoryMode)}
        >
          <option value="server">previous_response_id (server)</option>
          <option value="client">input items (client-side)</option>
        </select>
      </div>
      {storeDisabled && thread.historyMode === 'server' && path.length > 0 ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          <span className="min-w-0 flex-1">
            <code>store: false</code>: the server keeps no response, so the next turn cannot chain
            by <code>previous_response_id</code>.
          </span>
          <Button className="px-2 py-0.5 text-xs" onClick={() => setMode('client')}>
            Use client-side history
          </Button>
        </div>
      ) : null}
      {thread.historyMode === 'client' ? (
        <p className="bg-sky-50 px-3 py-1.5 text-xs text-sky-900 dark:bg-sky-950 dark:text-sky-200">
          Client-side history: Send prepends this path’s turns to <code>input</code> and sends no{' '}
          <code>previous_response_id</code>. Reasoning items go along only with their{' '}
          <code>encrypted_content</code> (<code>include: reasoning.encrypted_content</code>).
        </p>
      ) : null}
      {branches > 1 ? <BranchTree thread={thread} /> : null}
      {forkPending ? (
        <p className="px-3 py-1 text-xs text-teal-800 dark:text-teal-300">
          Next Send starts a new branch from turn {path.length}.
        </p>
      ) : null}
      <ol aria-label="Turns">
        {path.map((turn, i) => (
          <TurnRow key={turn.id} turn={turn} index={i + 1} onShow={onShowTurn} onFork={onFork} />
        ))}
      </ol>
      {path.length === 0 ? (
        <p className="px-3 py-2 text-xs text-zinc-500">No turns yet: Send starts this thread.</p>
      ) : null}
    </div>
  );
}
