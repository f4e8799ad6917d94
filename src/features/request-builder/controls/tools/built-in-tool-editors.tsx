import type { JsonObject } from '@/api/request/body-path.ts';
import { inputClass } from '@/components/ui/field.tsx';
import { NumberTextInput } from '../number-text-input.tsx';
import { JsonTextField } from './json-text-field.tsx';
import { ListTextField } from './list-text-field.tsx';
import { ToolField } from './tool-field.tsx';
import { withField } from './tool-values.ts';

export interface ToolEditorProps {
  tool: JsonObject;
  index: number;
  onChange: (next: JsonObject) => void;
}

export function WebSearchToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const location = (tool.user_location ?? {}) as JsonObject;
  const setLocation = (key: string, value: string) => {
    const next = withField({ type: 'approximate', ...location }, key, value);
    const hasAny = ['city', 'region', 'country', 'timezone'].some((k) => next[k] !== undefined);
    onChange(withField(tool, 'user_location', hasAny ? next : undefined));
  };
  const p = `tools[${index}]`;
  return (
    <div className="grid grid-cols-2 gap-2">
      <ToolField label={`${p}.search_context_size`}>
        {(id) => (
          <select
            id={id}
            className={inputClass}
            value={typeof tool.search_context_size === 'string' ? tool.search_context_size : ''}
            onChange={(e) => onChange(withField(tool, 'search_context_size', e.target.value))}
          >
            <option value="">— not set (medium)</option>
            <option value="low">low</option>
            <option value="medium">medium</option>
            <option value="high">high</option>
          </select>
        )}
      </ToolField>
      {(['city', 'region', 'country', 'timezone'] as const).map((key) => (
        <ToolField key={key} label={`${p}.user_location.${key}`}>
          {(id) => (
            <input
              id={id}
              className={inputClass}
              value={typeof location[key] === 'string' ? location[key] : ''}
              placeholder={
                key === 'country'
                  ? 'ISO code, e.g. FR'
                  : key === 'timezone'
                    ? 'e.g. Europe/Paris'
                    : ''
              }
              onChange={(e) => setLocation(key, e.target.value)}
            />
          )}
        </ToolField>
      ))}
    </div>
  );
}

export function FileSearchToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const p = `tools[${index}]`;
  return (
    <div className="flex flex-col gap-2">
      <ListTextField
        label={`${p}.vector_store_ids`}
        hint="Comma-separated vector store ids."
        value={tool.vector_store_ids}
        placeholder="vs_…, vs_…"
        onChange={(list) => onChange({ ...tool, vector_store_ids: list })}
      />
      <ToolField label={`${p}.max_num_results`} hint="1 to 50.">
        {(id) => (
          <NumberTextInput
            id={id}
            integer
            textKey={`${p}.max_num_results`}
            value={tool.max_num_results}
            placeholder="not set"
            onChange={(n) => onChange(withField(tool, 'max_num_results', n))}
          />
        )}
      </ToolField>
      <JsonTextField
        label={`${p}.filters`}
        textKey={`${p}.filters`}
        value={tool.filters}
        onChange={(v) => onChange(withField(tool, 'filters', v))}
        placeholder='{"type": "eq", "key": "region", "value": "eu"}'
      />
    </div>
  );
}

export function CodeInterpreterToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const container = tool.container;
  const containerId = typeof container === 'string' ? container : '';
  return (
    <ToolField
      label={`tools[${index}].container`}
      hint="auto creates a container; or give an existing container id."
    >
      {(id) => (
        <input
          id={id}
          className={`${inputClass} font-mono`}
          value={containerId}
          placeholder='auto ({"type": "auto"})'
          onChange={(e) =>
            onChange({
              ...tool,
              container: e.target.value.trim() === '' ? { type: 'auto' } : e.target.value.trim(),
            })
          }
        />
      )}
    </ToolField>
  );
}

export function ImageGenerationToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const p = `tools[${index}]`;
  return (
    <div className="grid grid-cols-2 gap-2">
      <ToolField label={`${p}.size`}>
        {(id) => (
          <select
            id={id}
            className={inputClass}
            value={typeof tool.size === 'string' ? tool.size : ''}
            onChange={(e) => onChange(withField(tool, 'size', e.target.value))}
          >
            <option value="">— not set (auto)</option>
            {['1024x1024', '1024x1536', '1536x1024', 'auto'].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </ToolField>
      <ToolField label={`${p}.partial_images`} hint="0 to 3 partial images while streaming.">
        {(id) => (
          <NumberTextInput
            id={id}
            integer
            textKey={`${p}.partial_images`}
            value={tool.partial_images}
            placeholder="not set"
            onChange={(n) => onChange(withField(tool, 'partial_images', n))}
          />
        )}
      </ToolField>
    </div>
  );
}
