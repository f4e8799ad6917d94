import { toolChoiceKey, toolChoiceOptions, toolsOf } from '@/api/request/tools.ts';
import { inputClass } from '@/components/ui/field.tsx';
import { useRequestDraftStore } from '../../request-draft-store.ts';
import type { ControlProps } from '../param-field.tsx';

type A11y = { id: string; 'aria-describedby': string; 'aria-invalid'?: boolean };

/** `tool_choice`: auto / none / required, a specific function, or a specific built-in tool. */
export function ToolChoiceControl({ value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const tools = useRequestDraftStore((s) => s.body.tools);
  const options = toolChoiceOptions(toolsOf(tools));
  const current = toolChoiceKey(value);
  const unknown = current !== '' && !options.some((o) => o.key === current);
  return (
    <select
      {...a11y}
      className={`${inputClass} font-mono`}
      value={current}
      onChange={(e) => {
        const option = options.find((o) => o.key === e.target.value);
        if (option) set(option.value);
        else if (e.target.value === '') reset();
      }}
    >
      <option value="">— not set (default: auto)</option>
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
      {unknown && <option value={current}>{current} (from JSON)</option>}
    </select>
  );
}
