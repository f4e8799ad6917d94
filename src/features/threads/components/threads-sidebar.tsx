import { useDeferredValue, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { matchesSearch, sortByLastUse } from '../lib/thread-tree.ts';
import { useThreadsStore } from '../threads-store.ts';
import { OpenByIdForm } from './open-by-id-form.tsx';
import { ThreadListItem } from './thread-list-item.tsx';
import { ThreadsFileActions } from './threads-file-actions.tsx';
import { UnreadableNotice } from './unreadable-notice.tsx';

/** The threads list: new, search, open by id, import/export, rename, delete with Undo. */
export function ThreadsSidebar() {
  const threads = useThreadsStore((s) => s.threads);
  const activeId = useThreadsStore((s) => s.activeId);
  const loaded = useThreadsStore((s) => s.loaded);
  const deleted = useThreadsStore((s) => s.deleted);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(() => sortByLastUse(Object.values(threads)), [threads]);
  const shown = useMemo(
    () => sorted.filter((t) => matchesSearch(t, deferredQuery)),
    [sorted, deferredQuery],
  );
  return (
    <div className="flex h-full min-h-0 flex-col gap-2 p-2">
      <Button
        variant="primary"
        onClick={() => useThreadsStore.getState().threadStarted()}
        title="Start a new conversation: the next Send is its first turn"
      >
        New thread
      </Button>
      <input
        type="search"
        aria-label="Search threads"
        placeholder="Search threads"
        className={`${inputClass} text-xs`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <UnreadableNotice />
      {deleted ? (
        <div
          role="status"
          className="flex items-center gap-2 rounded-md bg-zinc-100 px-2 py-1 text-xs dark:bg-zinc-800"
        >
          <span className="min-w-0 flex-1 truncate">
            Deleted “{deleted.title || 'Untitled thread'}”.
          </span>
          <Button
            variant="ghost"
            className="px-1.5 py-0.5 text-xs"
            onClick={() => useThreadsStore.getState().deletionUndone()}
          >
            Undo
          </Button>
        </div>
      ) : null}
      <ul aria-label="Threads list" className="min-h-0 flex-1 overflow-auto">
        {!loaded ? <li className="px-1 text-xs text-zinc-500">Loading threads…</li> : null}
        {loaded && sorted.length === 0 ? (
          <li className="px-1 text-xs text-zinc-500">No threads yet: Send starts one.</li>
        ) : null}
        {loaded && sorted.length > 0 && shown.length === 0 ? (
          <li className="px-1 text-xs text-zinc-500">No thread matches “{deferredQuery}”.</li>
        ) : null}
        {shown.map((t) => (
          <ThreadListItem key={t.id} thread={t} active={t.id === activeId} />
        ))}
      </ul>
      <OpenByIdForm />
      <ThreadsFileActions />
    </div>
  );
}
