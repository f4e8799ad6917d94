import type { InputFinding } from '@/api/request/input-items.ts';

/** Lint messages that belong to an item or a part rather than to one control. */
export function FindingList({ findings }: { findings: readonly InputFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <div className="flex flex-col gap-0.5 text-xs">
      {findings.map((f, i) => (
        <p
          key={`${f.param}-${i}`}
          role={f.severity === 'error' ? 'alert' : undefined}
          className={
            f.severity === 'error'
              ? 'text-red-700 dark:text-red-400'
              : 'text-amber-700 dark:text-amber-400'
          }
        >
          <span className="font-mono">{f.param}</span>: {f.message}
        </p>
      ))}
    </div>
  );
}

/** The outcome of reading a file: in progress, or why it was refused. */
export function IntakeStatus({ busy, error }: { busy: boolean; error: string | null }) {
  if (busy) return <p className="text-xs text-zinc-500 dark:text-zinc-400">Reading…</p>;
  if (!error) return null;
  return (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}
