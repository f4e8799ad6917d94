import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer } from '../../hooks/use-text-buffer.ts';
import { ToolField } from './tool-field.tsx';
import { joinList, parseList, sameList } from './tool-values.ts';

/**
 * A comma-separated list of names. The text is kept as typed (a trailing `, ` included) and the
 * list is split from it; rebuilding the text from the list would eat the comma being typed.
 */
export function ListTextField({
  label,
  hint,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  hint?: string;
  value: unknown;
  onChange: (list: string[]) => void;
  placeholder?: string;
}) {
  const list = Array.isArray(value) ? value.map(String) : undefined;
  const buffer = useTextBuffer<string[]>(list, joinList, parseList, sameList);
  return (
    <ToolField label={label} hint={hint}>
      {(id) => (
        <input
          id={id}
          className={`${inputClass} font-mono`}
          value={buffer.text}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(e) => {
            const parsed = buffer.edit(e.target.value);
            if (parsed.ok) onChange(parsed.value ?? []);
          }}
        />
      )}
    </ToolField>
  );
}
