import { useState, type KeyboardEvent } from 'react';

interface TypeFilterProps {
  counts: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
  onChange: (hidden: ReadonlySet<string>) => void;
}

const smallButton =
  'rounded border border-zinc-300 px-1.5 py-0.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** A popover of checkboxes, one per event type with its count; unticked types are hidden. */
export function TypeFilter({ counts, hidden, onChange }: TypeFilterProps) {
  // The list is mounted only while open: closed, its type labels must not duplicate the rows'.
  const [open, setOpen] = useState(false);
  const shown = [...counts.keys()].filter((type) => !hidden.has(type)).length;
  const toggle = (type: string, show: boolean) => {
    const next = new Set(hidden);
    if (show) next.delete(type);
    else next.add(type);
    onChange(next);
  };
  // A <details> has no Escape of its own: close it and put focus back on its summary, as a
  // popover does. Only while open, so Escape still reaches whatever else listens when closed.
  const closeOnEscape = (e: KeyboardEvent<HTMLDetailsElement>) => {
    const details = e.currentTarget;
    if (e.key !== 'Escape' || !details.open) return;
    e.preventDefault();
    e.stopPropagation();
    details.open = false;
    setOpen(false);
    details.querySelector('summary')?.focus();
  };
  return (
    <details
      className="relative"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={closeOnEscape}
    >
      <summary className={`cursor-pointer list-none ${smallButton}`}>
        Types ({shown}/{counts.size})
      </summary>
      {open && (
        <div className="absolute z-20 mt-1 max-h-80 w-80 overflow-auto rounded border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <div className="mb-1 flex gap-1">
            <button type="button" className={smallButton} onClick={() => onChange(new Set())}>
              All
            </button>
            <button
              type="button"
              className={smallButton}
              onClick={() => onChange(new Set(counts.keys()))}
            >
              None
            </button>
          </div>
          {[...counts].map(([type, count]) => (
            <label key={type} className="flex items-center gap-2 py-0.5 font-mono">
              <input
                type="checkbox"
                checked={!hidden.has(type)}
                onChange={(e) => toggle(type, e.currentTarget.checked)}
              />
              <span className="truncate">{type}</span>
              <span className="ml-auto text-zinc-500">{count}</span>
            </label>
          ))}
        </div>
      )}
    </details>
  );
}
