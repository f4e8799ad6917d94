import type { ReactNode } from 'react';

interface PanelProps {
  /** The region's accessible name (a public contract: `Response`, `Events`, …). */
  label: string;
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Panel({ label, title, actions, children, className = '' }: PanelProps) {
  return (
    <section
      aria-label={label}
      className={`flex min-h-0 min-w-0 flex-col rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
    >
      <header className="flex items-center justify-between gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <h2 className="text-sm font-semibold">{title ?? label}</h2>
        <div className="flex items-center gap-2">{actions}</div>
      </header>
      <div className="min-h-0 flex-1 overflow-auto">{children}</div>
    </section>
  );
}
