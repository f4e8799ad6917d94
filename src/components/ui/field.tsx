import { useId, type ReactNode } from 'react';

interface FieldProps {
  /** The API parameter name (e.g. `model`), used as the accessible name. */
  label: string;
  help?: ReactNode;
  error?: string | null;
  warning?: string | null;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
  trailing?: ReactNode;
}

/** A labelled control with its help text and its message right beneath it. */
export function Field({ label, help, error, warning, children, trailing }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ?? warning;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex min-w-0 items-center justify-between gap-2">
        <label
          htmlFor={id}
          className="font-mono text-xs font-semibold break-all text-zinc-700 dark:text-zinc-300"
        >
          {label}
        </label>
        {trailing}
      </div>
      {children({
        id,
        ...(message ? { 'aria-describedby': messageId } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {message ? (
        <p
          id={messageId}
          role={error ? 'alert' : undefined}
          className={
            error
              ? 'text-xs text-red-700 dark:text-red-400'
              : 'text-xs text-amber-700 dark:text-amber-400'
          }
        >
          {message}
        </p>
      ) : help ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{help}</p>
      ) : null}
    </div>
  );
}

export const inputClass =
  'w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm shadow-xs focus:border-teal-600 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 aria-[invalid=true]:border-red-600';
