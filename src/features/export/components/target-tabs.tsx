import type { KeyboardEvent } from 'react';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

interface TargetTabsProps<Id extends string> {
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The id prefix shared with the tab panel (`${idPrefix}-panel`). */
  idPrefix: string;
}

/** An ARIA tablist: arrow keys, Home and End move between tabs (roving tabindex). */
export function TargetTabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix,
}: TargetTabsProps<Id>) {
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    e.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}-${tab.id}`)}`)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={move}
      className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${idPrefix}-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab.id === selected ? 0 : -1}
          data-autofocus={tab.id === selected ? true : undefined}
          onClick={() => onSelect(tab.id)}
          className={`-mb-px border-b-2 px-2 py-1 text-sm ${tab.id === selected ? 'border-teal-700 font-medium' : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200'}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
