import { useId } from 'react';
import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer } from '../hooks/use-text-buffer.ts';
import { parseNumber } from './parse-number.ts';

/**
 * A number field inside a structured control (a tool, a list entry): like `temperature`, the
 * typed text stays while it is not a number, with a message under it, and the body keeps its
 * last valid value; `onChange(undefined)` when emptied.
 */
export function NumberTextInput({
  value,
  onChange,
  integer = false,
  id,
  label,
  placeholder,
  className = '',
  textKey,
}: {
  value: unknown;
  onChange: (value: number | undefined) => void;
  integer?: boolean;
  /** Given when a `<label htmlFor>` names the field; else `label` does. */
  id?: string;
  label?: string;
  placeholder?: string;
  className?: string;
  /** The field's parameter path: its unfinished text then outlives an unmount or a reload. */
  textKey?: string;
}) {
  const errorId = useId();
  const buffer = useTextBuffer<number>(
    typeof value === 'number' ? value : undefined,
    String,
    parseNumber(integer),
    Object.is,
    textKey === undefined ? undefined : { key: textKey },
  );
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${className}`}>
      <input
        id={id}
        aria-label={label}
        className={`${inputClass} font-mono`}
        inputMode={integer ? 'numeric' : 'decimal'}
        value={buffer.text}
        placeholder={placeholder}
        spellCheck={false}
        {...(buffer.error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        onChange={(e) => {
          const parsed = buffer.edit(e.target.value);
          if (parsed.ok) onChange(parsed.value);
        }}
      />
      {buffer.error && (
        <p id={errorId} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {buffer.error} The last valid value is kept.
        </p>
      )}
    </div>
  );
}
