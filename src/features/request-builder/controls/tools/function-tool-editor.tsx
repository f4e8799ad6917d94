import { DeferredSchemaEditor } from '@/components/ui/schema-editor/deferred-schema-editor.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { useToolAutomationStore } from '../../tool-automation-store.ts';
import type { ToolEditorProps } from './built-in-tool-editors.tsx';
import { withField } from './tool-values.ts';
import { ToolField } from './tool-field.tsx';

/** A custom function: name, description, strict, parameters, and a canned output (playground-only). */
export function FunctionToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const p = `tools[${index}]`;
  const name = typeof tool.name === 'string' ? tool.name : '';
  const canned = useToolAutomationStore((s) => s.canned[name]);
  const strict = tool.strict === true ? 'true' : tool.strict === false ? 'false' : '';
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[1fr_8rem] gap-2">
        <ToolField label={`${p}.name`}>
          {(id) => (
            <input
              id={id}
              className={`${inputClass} font-mono`}
              value={name}
              spellCheck={false}
              onChange={(e) => onChange({ ...tool, name: e.target.value })}
            />
          )}
        </ToolField>
        <ToolField label={`${p}.strict`}>
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={strict}
              onChange={(e) =>
                onChange(
                  withField(
                    tool,
                    'strict',
                    e.target.value === '' ? undefined : e.target.value === 'true',
                  ),
                )
              }
            >
              <option value="">— not set (true)</option>
              <option value="true">true</option>
              <option value="false">false</option>
            </select>
          )}
        </ToolField>
      </div>
      <ToolField label={`${p}.description`}>
        {(id) => (
          <textarea
            id={id}
            className={`${inputClass} min-h-12 resize-y`}
            value={typeof tool.description === 'string' ? tool.description : ''}
            onChange={(e) => onChange(withField(tool, 'description', e.target.value))}
          />
        )}
      </ToolField>
      <DeferredSchemaEditor
        label={`${p}.parameters`}
        textKey={`${p}.parameters`}
        mode="function"
        strict={tool.strict !== false}
        value={tool.parameters}
        onChange={(schema) => onChange(withField(tool, 'parameters', schema))}
      />
      <details
        className="rounded border border-dashed border-zinc-300 p-2 text-xs dark:border-zinc-700"
        open={Boolean(canned?.output)}
      >
        <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">
          Canned output (playground only, never sent as part of the tool)
        </summary>
        <div className="mt-2 flex flex-col gap-1">
          <ToolField label={`canned output for ${name || p}`}>
            {(id) => (
              <textarea
                id={id}
                className={`${inputClass} min-h-12 resize-y font-mono text-xs`}
                value={canned?.output ?? ''}
                placeholder='{"temperature_c": 18}'
                disabled={!name}
                onChange={(e) =>
                  useToolAutomationStore.getState().cannedOutputEdited(name, e.target.value)
                }
              />
            )}
          </ToolField>
          <label className="flex items-center gap-1.5">
            <input
              type="checkbox"
              disabled={!name}
              checked={canned?.auto ?? false}
              onChange={(e) =>
                useToolAutomationStore.getState().autoAnswerToggled(name, e.target.checked)
              }
            />
            answer {name || 'this function'} automatically with the canned output
          </label>
        </div>
      </details>
    </div>
  );
}
