import { useId, useState } from 'react';
import { isJsonObject } from '@/api/request/body-path.ts';
import { emptyMcpSecretMessage, mcpHeaderPath } from '@/api/request/lint-mcp.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import type { ToolEditorProps } from './built-in-tool-editors.tsx';
import { ListTextField } from './list-text-field.tsx';
import { ToolField } from './tool-field.tsx';
import { withField } from './tool-values.ts';

/** Remote MCP server. Header values are secrets: masked here, and left out of exports. */
export function McpToolEditor({ tool, index, onChange }: ToolEditorProps) {
  const p = `tools[${index}]`;
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
      <ListTextField
        label={`${p}.allowed_tools`}
        hint="Comma-separated tool names; empty allows all."
        value={tool.allowed_tools}
        onChange={(list) =>
          onChange(withField(tool, 'allowed_tools', list.length ? list : undefined))
        }
      />
      <McpHeaders
        at={p}
        value={tool.headers}
        onChange={(headers) => onChange(withField(tool, 'headers', headers))}
      />
    </div>
  );
}

type Row = { key: string; value: string };

function toRows(value: unknown): Row[] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).map(([key, v]) => ({ key, value: String(v) }));
}

/** Rows without a name are not sent; of a repeated name, the last row is. */
function toHeaders(rows: readonly Row[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const row of rows) if (row.key !== '') out[row.key] = row.value;
  return Object.keys(out).length ? out : undefined;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `headers`: rows of name and (masked) value. The rows live here while edited, as the metadata
 * pairs do, so a new row, a repeated name or an emptied name is shown and flagged, not merged
 * away with the value typed next to it.
 */
function McpHeaders({
  at,
  value,
  onChange,
}: {
  at: string;
  value: unknown;
  onChange: (headers: Record<string, string> | undefined) => void;
}) {
  const path = `${at}.headers`;
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  const [seen, setSeen] = useState(value);
  const [shown, setShown] = useState(false);
  // An outside change (raw JSON, preset, reset) replaces the rows; typing does not loop back.
  if (seen !== value) {
    setSeen(value);
    if (!sameJson(toHeaders(rows), value)) setRows(toRows(value));
  }
  const commit = (next: Row[]) => {
    setRows(next);
    onChange(toHeaders(next));
  };
  const edit = (i: number, change: Partial<Row>) =>
    commit(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const duplicate = (i: number) =>
    rows[i]?.key !== '' && rows.findIndex((r) => r.key === rows[i]?.key) !== i;
  // Same rule as the lint (lintMcpSecrets), on the row that is sent: the last of its name. The
  // lint's finding also shows under `tools` and blocks Send; this puts it beside the value.
  const emptySent = (i: number) =>
    rows[i]?.key !== '' &&
    rows[i]?.value.trim() === '' &&
    rows.findLastIndex((r) => r.key === rows[i]?.key) === i;
  // A second new row gets no name rather than a repeat of the first one's.
  const taken = rows.some((r) => r.key === 'Authorization');
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <span className="font-mono text-[11px] font-semibold text-zinc-600 dark:text-zinc-400">
          {path}
        </span>
        <button
          type="button"
          className="text-[11px] text-teal-700 hover:underline dark:text-teal-400"
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'hide values' : 'show values'}
        </button>
      </div>
      {rows.map((row, i) => (
        <div key={i} className="flex flex-col gap-0.5">
          <div className="flex gap-1">
            <input
              aria-label={`${path} key ${i + 1}`}
              className={`${inputClass} w-2/5 font-mono`}
              value={row.key}
              placeholder="name"
              onChange={(e) => edit(i, { key: e.target.value })}
            />
            <input
              aria-label={`${path} value ${i + 1}`}
              type={shown ? 'text' : 'password'}
              autoComplete="off"
              {...(emptySent(i)
                ? { 'aria-invalid': true, 'aria-describedby': `${id}-empty-${i}` }
                : {})}
              className={`${inputClass} flex-1 font-mono`}
              value={row.value}
              onChange={(e) => edit(i, { value: e.target.value })}
            />
            <Button
              variant="ghost"
              aria-label={`remove ${path} ${i + 1}`}
              onClick={() => commit(rows.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </div>
          {duplicate(i) && (
            <p className="text-xs text-red-700 dark:text-red-400">
              Header “{row.key}” is given twice: only the last one is sent.
            </p>
          )}
          {emptySent(i) && (
            <p id={`${id}-empty-${i}`} className="text-xs text-red-700 dark:text-red-400">
              {emptyMcpSecretMessage(mcpHeaderPath(at, row.key), 'header')}
            </p>
          )}
          {row.key === '' && (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              A header without a name is not sent.
            </p>
          )}
        </div>
      ))}
      <Button
        className="self-start"
        onClick={() => commit([...rows, { key: taken ? '' : 'Authorization', value: '' }])}
      >
        + header
      </Button>
      <p className="text-[11px] text-zinc-500">
        Header values are secrets: masked here and left out of exports unless you ask.
      </p>
    </div>
  );
}
