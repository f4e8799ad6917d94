import { isJsonObject } from '@/api/request/body-path.ts';
import { describeJsonError, parseJsonValue } from '@/api/request/parse-json-value.ts';
import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer, type Parsed } from '../../hooks/use-text-buffer.ts';
import { ToolField } from './tool-field.tsx';

const parseObject = (text: string): Parsed<unknown> => {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseJsonValue(text);
  if (!parsed.ok) return { ok: false, message: describeJsonError(parsed) };
  return isJsonObject(parsed.value)
    ? { ok: true, value: parsed.value }
    : { ok: false, message: 'Must be a JSON object { … }.' };
};

/** A small JSON object field; invalid text stays in the field and never reaches the body. */
export function JsonTextField({
  label,
  value,
  onChange,
  placeholder,
  textKey,
}: {
  label: string;
  value: unknown;
  onChange: (v: unknown) => void;
  placeholder?: string;
  /** The field's parameter path: its unfinished text then outlives an unmount or a reload. */
  textKey?: string;
}) {
  const buffer = useTextBuffer<unknown>(
    value,
    (v) => JSON.stringify(v),
    parseObject,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
    textKey === undefined ? undefined : { key: textKey },
  );
  return (
    <ToolField
      label={label}
      hint={
        buffer.error ? (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {buffer.error}
          </span>
        ) : undefined
      }
    >
      {(id) => (
        <input
          id={id}
          className={`${inputClass} font-mono text-xs`}
          value={buffer.text}
          placeholder={placeholder}
          spellCheck={false}
          {...(buffer.error ? { 'aria-invalid': true } : {})}
          onChange={(e) => {
            const parsed = buffer.edit(e.target.value);
            if (parsed.ok) onChange(parsed.value);
          }}
        />
      )}
    </ToolField>
  );
}
