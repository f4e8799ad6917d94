import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

/** The ids that tie a tab to the panel it controls; one prefix (from useId) per tablist. */
const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;
const tabPanelId = (idPrefix: string) => `${idPrefix}-panel`;

const sizes = {
  sm: 'px-2 py-1 text-sm',
  xs: 'px-2 py-0.5 text-xs',
} as const;

interface TabListProps<Id extends string> {
  /** The tablist's accessible name. */
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Shared with the TabPanel. */
  idPrefix: string;
  size?: keyof typeof sizes;
  /** Extra classes for the list (padding, mostly). */
  className?: string;
  /** Mark the selected tab as the first focus of a Modal that holds the list. */
  autofocus?: boolean;
}

/**
 * An ARIA tablist with automatic activation: arrow keys, Home and End select and focus a tab, and
 * only the selected tab is in the Tab order (roving tabindex), so Tab goes on to the panel.
 */
export function TabList<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix,
  size = 'sm',
  className = '',
  autofocus = false,
}: TabListProps<Id>) {
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
    // By position, not id: a useId prefix would need escaping in a selector.
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={move}
      className={`flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800 ${className}`}
    >
      {tabs.map((tab) => {
        const active = tab.id === selected;
        return (
          <button
            key={tab.id}
            id={tabId(idPrefix, tab.id)}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls={tabPanelId(idPrefix)}
            tabIndex={active ? 0 : -1}
            data-autofocus={autofocus && active ? true : undefined}
            onClick={() => onSelect(tab.id)}
            className={`-mb-px border-b-2 ${sizes[size]} ${active ? 'border-teal-700 font-medium' : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:hover:text-zinc-200'}`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

interface TabPanelProps {
  idPrefix: string;
  /** The selected tab's id: the panel is labelled by it. */
  selected: string;
  className?: string;
  children: ReactNode;
}

/** The panel of a TabList: one panel whose content follows the selected tab. */
export function TabPanel({ idPrefix, selected, className, children }: TabPanelProps) {
  return (
    <div
      id={tabPanelId(idPrefix)}
      role="tabpanel"
      aria-labelledby={tabId(idPrefix, selected)}
      className={className}
    >
      {children}
    </div>
  );
}
