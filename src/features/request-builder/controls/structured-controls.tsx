import { useState } from 'react';
import { isJsonObject } from '@/api/request/body-path.ts';
import { describeJsonError, parseJsonValue } from '@/api/request/parse-json-value.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer, type Parsed } from '../hooks/use-text-buffer.ts';
import { defaultHint } from './default-hint.ts';
import { NumberTextInput } from './number-text-input.tsx';
import type { ControlProps } from './param-field.tsx';

type A11y = { id: string; 'aria-describedby': string; 'aria-invalid'?: boolean };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `include`: a checkbox per documented value; values from raw JSON outside the list stay. */
export function MultiEnumControl({ spec, value, set, reset }: ControlProps) {
  const selected = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
  const options = [...(spec.options ?? []), ...selected.filter((v) => !spec.options?.includes(v))];
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...selected, option] : selected.filter((v) => v !== option);
    if (next.length === 0) reset();
    else set(next);
  };
  return (
    <div className="grid gap-0.5">
      {options.map((option) => (
        <label key={option} className="flex items-center gap-1.5 font-mono text-xs">
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(e) => toggle(option, e.target.checked)}
          />
          {option}
        </label>
      ))}
    </div>
  );
}

type Row = { key: string; value: string };

function toRows(value: unknown): Row[] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).map(([key, v]) => ({
    key,
    value: typeof v === 'string' ? v : JSON.stringify(v),
  }));
}

function toObject(rows: readonly Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) if (row.key !== '') out[row.key] = row.value;
  return out;
}

/** `metadata`, `prompt.variables`: rows of key and value; the spec's limits are shown as you type. */
export function KeyValueControl({ spec, value, set, reset }: ControlProps) {
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  const [seen, setSeen] = useState(value);
  // An outside change (raw JSON, preset, reset) replaces the rows; typing does not loop back.
  if (seen !== value) {
    setSeen(value);
    if (!sameJson(toObject(rows), value ?? {})) setRows(toRows(value));
  }
  const commit = (next: Row[]) => {
    setRows(next);
    const object = toObject(next);
    if (Object.keys(object).length === 0) reset();
    else set(object);
  };
  const limits = spec.pairs;
  const duplicate = (i: number) =>
    rows.findIndex((r) => r.key === rows[i]?.key) !== i && rows[i]?.key !== '';
  return (
    <div className="flex flex-col gap-1">
      {rows.map((row, i) => (
        <div key={i} className="flex flex-col gap-0.5">
          <div className="flex gap-1">
            <input
              aria-label={`${spec.path} key ${i + 1}`}
              className={`${inputClass} w-2/5 font-mono`}
              value={row.key}
              placeholder="key"
              onChange={(e) =>
                commit(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))
              }
            />
            <input
              aria-label={`${spec.path} value ${i + 1}`}
              className={`${inputClass} flex-1 font-mono`}
              value={row.value}
              placeholder="value"
              onChange={(e) =>
                commit(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))
              }
            />
            <Button
              variant="ghost"
              aria-label={`remove ${spec.path} pair ${i + 1}`}
              onClick={() => commit(rows.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </div>
          {duplicate(i) && (
            <p className="text-xs text-red-700 dark:text-red-400">
              Key “{row.key}” is used twice: only the last one is sent.
            </p>
          )}
          {limits && row.key.length > limits.keyMax && (
            <p className="text-xs text-red-700 dark:text-red-400">
              Key is {row.key.length} characters; at most {limits.keyMax}.
            </p>
          )}
          {limits && row.value.length > limits.valueMax && (
            <p className="text-xs text-red-700 dark:text-red-400">
              Value is {row.value.length} characters; at most {limits.valueMax}.
            </p>
          )}
          {row.key === '' && row.value !== '' && (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              A pair without a key is not sent.
            </p>
          )}
        </div>
      ))}
      <div className="flex items-center gap-2">
        <Button
          onClick={() => setRows([...rows, { key: '', value: '' }])}
          aria-label={`add ${spec.path} pair`}
        >
          + pair
        </Button>
        {limits && (
          <span
            className={`text-xs ${rows.length > limits.max ? 'text-red-700 dark:text-red-400' : 'text-zinc-500'}`}
          >
            {rows.length}/{limits.max} pairs
          </span>
        )}
      </div>
    </div>
  );
}

function parseJsonOf(type: 'array' | 'object' | undefined) {
  return (text: string): Parsed<unknown> => {
    if (text.trim() === '') return { ok: true, value: undefined };
    const parsed = parseJsonValue(text);
    if (!parsed.ok) return { ok: false, message: describeJsonError(parsed) };
    if (type === 'array' && !Array.isArray(parsed.value))
      return { ok: false, message: 'Must be a JSON array [ … ].' };
    if (type === 'object' && !isJsonObject(parsed.value))
      return { ok: false, message: 'Must be a JSON object { … }.' };
    return { ok: true, value: parsed.value };
  };
}

/** Any JSON value (tools until their editor comes, a schema, a policy); invalid JSON never clobbers. */
export function JsonControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const buffer = useTextBuffer<unknown>(
    value,
    (v) => JSON.stringify(v, null, 2),
    parseJsonOf(spec.jsonType),
    sameJson,
    { key: spec.path },
  );
  const commit = (text: string) => {
    const parsed = buffer.edit(text);
    if (!parsed.ok) return;
    if (parsed.value === undefined) reset();
    else set(parsed.value);
  };
  return (
    <div className="flex flex-col gap-1">
      <textarea
        {...a11y}
        {...(buffer.error ? { 'aria-invalid': true } : {})}
        className={`${inputClass} min-h-20 resize-y font-mono text-xs`}
        value={buffer.text}
        spellCheck={false}
        placeholder={spec.jsonType === 'array' ? '[ … ]' : '{ … }'}
        onChange={(e) => commit(e.target.value)}
      />
      {buffer.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {buffer.error}. The last valid value is kept.
        </p>
      )}
    </div>
  );
}

/** `conversation`: an id, or `{ "id": … }` as JSON. */
export function IdOrJsonControl({ spec, value, set, reset, a11y }: ControlProps & { a11y: A11y }) {
  const parse = (text: string): Parsed<unknown> =>
    text.trim().startsWith('{')
      ? parseJsonOf('object')(text)
      : { ok: true, value: text.trim() === '' ? undefined : text };
  const buffer = useTextBuffer<unknown>(
    value,
    (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
    parse,
    sameJson,
    { key: spec.path },
  );
  const commit = (text: string) => {
    const parsed = buffer.edit(text);
    if (!parsed.ok) return;
    if (parsed.value === undefined) reset();
    else set(parsed.value);
  };
  return (
    <div className="flex flex-col gap-1">
      <input
        {...a11y}
        className={`${inputClass} font-mono`}
        value={buffer.text}
        spellCheck={false}
        placeholder={`conv_… or {"id": "conv_…"} (${defaultHint(spec)})`}
        onChange={(e) => commit(e.target.value)}
      />
      {buffer.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {buffer.error}
        </p>
      )}
    </div>
  );
}

/** `context_management`: a list of `{type, compact_threshold}`. */
export function ContextManagementControl({ spec, value, set, reset }: ControlProps) {
  const entries = Array.isArray(value) ? value.filter(isJsonObject) : [];
  const update = (next: Record<string, unknown>[]) => (next.length === 0 ? reset() : set(next));
  return (
    <div className="flex flex-col gap-1">
      {entries.map((entry, i) => (
        <div key={i} className="flex items-start gap-1">
          <select
            aria-label={`${spec.path}[${i}].type`}
            className={`${inputClass} w-36 font-mono`}
            value={typeof entry.type === 'string' ? entry.type : 'compaction'}
            onChange={(e) =>
              update(entries.map((x, j) => (j === i ? { ...x, type: e.target.value } : x)))
            }
          >
            <option value="compaction">compaction</option>
          </select>
          <NumberTextInput
            label={`${spec.path}[${i}].compact_threshold`}
            textKey={`${spec.path}[${i}].compact_threshold`}
            className="flex-1"
            integer
            placeholder="compact_threshold (≥ 1000)"
            value={entry.compact_threshold}
            onChange={(n) => {
              const { compact_threshold: _drop, ...rest } = entry;
              const next = n === undefined ? rest : { ...rest, compact_threshold: n };
              update(entries.map((x, j) => (j === i ? next : x)));
            }}
          />
          <Button
            variant="ghost"
            aria-label={`remove ${spec.path}[${i}]`}
            onClick={() => update(entries.filter((_, j) => j !== i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button
        className="self-start"
        aria-label={`add ${spec.path} entry`}
        onClick={() => update([...entries, { type: 'compaction' }])}
      >
        + compaction
      </Button>
    </div>
  );
}
