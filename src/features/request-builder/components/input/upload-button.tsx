import type { ChangeEvent } from 'react';

interface UploadButtonProps {
  /** Accessible name of the file picker, e.g. `upload image for input[0].content[1]`. */
  label: string;
  accept?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  children: string;
}

/** A file picker that looks like a secondary button; the real input stays focusable. */
export function UploadButton({ label, accept, disabled, onFile, children }: UploadButtonProps) {
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires again.
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label
      title={label}
      className={`inline-flex cursor-pointer items-center gap-1 rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs font-medium text-zinc-800 hover:bg-zinc-100 focus-within:ring-2 focus-within:ring-teal-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800 ${disabled ? 'pointer-events-none opacity-50' : ''}`}
    >
      {children}
      <input
        type="file"
        className="sr-only"
        aria-label={label}
        accept={accept}
        disabled={disabled}
        onChange={change}
      />
    </label>
  );
}
