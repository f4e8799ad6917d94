import type { ReactNode } from 'react';

/** A labelled value inside an item: the label is the API field name. */
export function ItemField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-xs">
      <span className="font-mono text-zinc-500">{label}</span>
      <span className="min-w-0 break-all">{children}</span>
    </div>
  );
}

/** A label above a block (arguments, output, logs). */
export function BlockLabel({ children }: { children: ReactNode }) {
  return <span className="font-mono text-[11px] text-zinc-500">{children}</span>;
}
