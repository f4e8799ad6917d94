import { useState } from 'react';
import { isJsonObject } from '@/api/request/body-path.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import type { ToolEditorProps } from './built-in-tool-editors.tsx';
import { withField } from './tool-values.ts';
import { ToolField } from './tool-field.tsx';
import { splitList } from './tool-values.ts';

/** Remote MCP server. Header values are secrets: masked here, and left out of exports. */
export function McpToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const p = `tools[${index}]`;
  const headers = isJsonObject(tool.headers)
    ? Object.entries(tool.headers).map(([k, v]) => [k, String(v)] as const)
    : [];
  const [shown, setShown] = useState(false);
  const setHeaders = (rows: (readonly [string, string])[]) => {
    const object = Object.fromEntries(rows.filter(([k]) => k !== ''));
    onChange(withField(tool, 'headers', Object.keys(object).length ? object : undefined));
  };
  const allowed = Array.isArray(tool.allowed_tools) ? tool.allowed_tools.join(', ') : '';
  const approval =
    typeof tool.require_approval === 'string'
      ? tool.require_approval
      : isJsonObject(tool.require_approval)
        ? 'custom'
        : '';
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-2 gap-2">
        <ToolField label={`${p}.server_label`}>
          {(id) => (
            <input
              id={id}
              className={`${inputClass} font-mono`}
              value={typeof tool.server_label === 'string' ? tool.server_label : ''}
              onChange={(e) => onChange({ ...tool, server_label: e.target.value })}
            />
          )}
        </ToolField>
        <ToolField label={`${p}.require_approval`}>
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={approval}
              onChange={(e) =>
                onChange(
                  withField(
                    tool,
                    'require_approval',
                    e.target.value === 'custom' ? tool.require_approval : e.target.value,
                  ),
                )
              }
            >
              <option value="">— not set (always)</option>
              <option value="always">always</option>
              <option value="never">never</option>
              {approval === 'custom' && <option value="custom">(custom object from JSON)</option>}
            </select>
          )}
        </ToolField>
      </div>
      <ToolField label={`${p}.server_url`}>
        {(id) => (
          <input
            id={id}
            className={`${inputClass} font-mono`}
            value={typeof tool.server_url === 'string' ? tool.server_url : ''}
            placeholder="https://…/mcp"
            onChange={(e) => onChange(withField(tool, 'server_url', e.target.value))}
          />
        )}
      </ToolField>
      <ToolField label={`${p}.allowed_tools`} hint="Comma-separated tool names; empty allows all.">
        {(id) => (
          <input
            id={id}
            className={`${inputClass} font-mono`}
            value={allowed}
            onChange={(e) => {
              const list = splitList(e.target.value);
              onChange(withField(tool, 'allowed_tools', list.length ? list : undefined));
            }}
          />
        )}
      </ToolField>
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <span className="font-mono text-[11px] font-semibold text-zinc-600 dark:text-zinc-400">
            {p}.headers
          </span>
          <button
            type="button"
            className="text-[11px] text-teal-700 hover:underline dark:text-teal-400"
            onClick={() => setShown((s) => !s)}
          >
            {shown ? 'hide values' : 'show values'}
          </button>
        </div>
        {headers.map(([key, value], i) => (
          <div key={i} className="flex gap-1">
            <input
              aria-label={`${p}.headers key ${i + 1}`}
              className={`${inputClass} w-2/5 font-mono`}
              value={key}
              onChange={(e) =>
                setHeaders(headers.map((h, j) => (j === i ? [e.target.value, h[1]] : h)))
              }
            />
            <input
              aria-label={`${p}.headers value ${i + 1}`}
              type={shown ? 'text' : 'password'}
              autoComplete="off"
              className={`${inputClass} flex-1 font-mono`}
              value={value}
              onChange={(e) =>
                setHeaders(headers.map((h, j) => (j === i ? [h[0], e.target.value] : h)))
              }
            />
            <Button
              variant="ghost"
              aria-label={`remove ${p}.headers ${i + 1}`}
              onClick={() => setHeaders(headers.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </div>
        ))}
        <Button
          className="self-start"
          onClick={() => setHeaders([...headers, ['Authorization', '']])}
        >
          + header
        </Button>
        <p className="text-[11px] text-zinc-500">
          Header values are secrets: masked here and left out of exports unless you ask.
        </p>
      </div>
    </div>
  );
}
