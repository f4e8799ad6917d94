import { useId, type ReactNode } from 'react';

/** A labelled field inside a tool card; the label is the API path, e.g. `tools[0].name`. */
export function ToolField({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: ReactNode;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label
        htmlFor={id}
        className="font-mono text-[11px] font-semibold break-all text-zinc-600 dark:text-zinc-400"
      >
        {label}
      </label>
      {children(id)}
      {hint && <p className="text-[11px] text-zinc-500">{hint}</p>}
    </div>
  );
}
