import type { EventFilter } from '../lib/event-filter.ts';
import { TypeFilter } from './type-filter.tsx';

interface EventsToolbarProps {
  counts: ReadonlyMap<string, number>;
  filter: EventFilter;
  onFilterChange: (filter: EventFilter) => void;
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
  /** null when the stream has no error, failure or issue. */
  onJumpToError: (() => void) | null;
}

export function EventsToolbar({
  counts,
  filter,
  onFilterChange,
  grouped,
  onGroupedChange,
  onJumpToError,
}: EventsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-1.5 text-xs dark:border-zinc-800">
      <TypeFilter
        counts={counts}
        hidden={filter.hiddenTypes}
        onChange={(hiddenTypes) => onFilterChange({ ...filter, hiddenTypes })}
      />
      <input
        type="search"
        aria-label="filter events"
        placeholder="type or JSON text…"
        value={filter.text}
        onChange={(e) => onFilterChange({ ...filter, text: e.currentTarget.value })}
        className="w-44 rounded border border-zinc-300 bg-transparent px-1.5 py-0.5 dark:border-zinc-700"
      />
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={grouped}
          onChange={(e) => onGroupedChange(e.currentTarget.checked)}
        />
        Group by item
      </label>
      <button
        type="button"
        disabled={!onJumpToError}
        onClick={() => onJumpToError?.()}
        className="rounded border border-zinc-300 px-1.5 py-0.5 hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Jump to first error
      </button>
    </div>
  );
}
