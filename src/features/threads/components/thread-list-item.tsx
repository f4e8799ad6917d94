import { memo, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import type { Thread } from '../lib/thread-types.ts';
import { useThreadsStore } from '../threads-store.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** One thread in the sidebar: select, rename in place, delete (with Undo in the sidebar). */
export const ThreadListItem = memo(function ThreadListItem({
  thread,
  active,
}: {
  thread: Thread;
  active: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const title = thread.title || 'Untitled thread';
  const save = () => {
    if (editing !== null && editing.trim() !== '') {
      useThreadsStore.getState().threadRenamed(thread.id, editing);
    }
    setEditing(null);
  };
  if (editing !== null) {
    return (
      <li className="px-1 py-1">
        <input
          aria-label="Thread title"
          className={`${inputClass} text-xs`}
          value={editing}
          autoFocus
          onChange={(e) => setEditing(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') setEditing(null);
          }}
        />
      </li>
    );
  }
  return (
    <li
      className={`group flex items-center gap-1 rounded-md px-1 ${active ? 'bg-teal-50 dark:bg-teal-950' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
    >
      <button
        type="button"
        className="min-w-0 flex-1 py-1.5 text-left"
        aria-current={active ? 'true' : undefined}
        onClick={() => useThreadsStore.getState().threadSelected(thread.id)}
      >
        <span className="block truncate text-sm">{title}</span>
        <span className="block text-[11px] text-zinc-500">
          {thread.turns.length} {thread.turns.length === 1 ? 'turn' : 'turns'} ·{' '}
          {timeFormat.format(thread.updatedAt)}
        </span>
      </button>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        aria-label={`Rename thread “${title}”`}
        onClick={() => setEditing(thread.title)}
      >
        ✎
      </Button>
      <Button
        variant="ghost"
        className="px-1.5 py-0.5 text-xs"
        aria-label={`Delete thread “${title}”`}
        onClick={() => useThreadsStore.getState().threadDeleted(thread.id)}
      >
        ✕
      </Button>
    </li>
  );
});
