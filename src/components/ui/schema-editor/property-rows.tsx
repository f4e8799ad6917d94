import { useState } from 'react';
import {
  newPropertyRow,
  retypeNode,
  ROW_TYPES,
  type NodeModel,
  type PropertyRow,
  type RowType,
} from '@/api/schema/visual-model.ts';
import { Button } from '../button.tsx';
import { inputClass } from '../field.tsx';

// The shared input style without its full width: cells size themselves in the row.
const small = `${inputClass.replace('w-full', '')} px-1.5 py-1 text-xs`;

const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** Comma-separated enum values; the typed text is kept so "a," can become "a, b". */
function EnumValuesInput({
  label,
  values,
  onValues,
}: {
  label: string;
  values: string[];
  onValues: (values: string[]) => void;
}) {
  const [text, setText] = useState(values.join(', '));
  const [seen, setSeen] = useState(values);
  // An outside change (the JSON tab) replaces the text; typing does not loop back.
  if (seen !== values) {
    setSeen(values);
    if (splitValues(text).join('\u0000') !== values.join('\u0000')) setText(values.join(', '));
  }
  return (
    <input
      aria-label={label}
      className={`${small} font-mono`}
      placeholder="value, value, …"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValues(splitValues(e.target.value));
      }}
    />
  );
}

function TypeSelect({
  label,
  type,
  onType,
}: {
  label: string;
  type: RowType;
  onType: (type: RowType) => void;
}) {
  return (
    <select
      aria-label={label}
      className={`${small} w-28 shrink-0 font-mono`}
      value={type}
      onChange={(e) => onType(e.target.value as RowType)}
    >
      {ROW_TYPES.filter((t) => t !== 'other' || type === 'other').map((t) => (
        <option key={t} value={t}>
          {t === 'other' ? 'other (JSON)' : t}
        </option>
      ))}
    </select>
  );
}

/** What a node has below its own line: enum values, an object's rows, an array's item schema. */
function NodeDetails<T extends NodeModel>({
  label,
  node,
  onNode,
}: {
  label: string;
  node: T;
  onNode: (node: T) => void;
}) {
  return (
    <>
      {node.type === 'enum' && (
        <EnumValuesInput
          label={`${label} enum values`}
          values={node.enumValues}
          onValues={(enumValues) => onNode({ ...node, enumValues })}
        />
      )}
      {node.type === 'other' && (
        <p className="text-xs text-zinc-500">
          A schema the table cannot show ({Object.keys(node.extra).join(', ') || 'any value'}): edit
          it in JSON.
        </p>
      )}
      {node.type === 'object' && (
        <PropertyRows
          prefix={`${label}.`}
          addLabel={`add property to ${label}`}
          rows={node.children}
          onRows={(children) => onNode({ ...node, children })}
        />
      )}
      {node.type === 'array' && node.items && (
        <ItemsEditor
          label={`${label} items`}
          node={node.items}
          onNode={(items) => onNode({ ...node, items })}
        />
      )}
    </>
  );
}

function ItemsEditor({
  label,
  node,
  onNode,
}: {
  label: string;
  node: NodeModel;
  onNode: (node: NodeModel) => void;
}) {
  return (
    <div className="flex flex-col gap-1 border-l-2 border-zinc-200 pl-2 dark:border-zinc-700">
      <div className="flex items-center gap-1.5 text-xs">
        <span className="text-zinc-500">items</span>
        <TypeSelect
          label={`${label} type`}
          type={node.type}
          onType={(t) => onNode(retypeNode(node, t))}
        />
        {node.type !== 'other' && (
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              aria-label={`${label} nullable`}
              checked={node.nullable}
              onChange={(e) => onNode({ ...node, nullable: e.target.checked })}
            />
            nullable
          </label>
        )}
      </div>
      <NodeDetails label={label} node={node} onNode={onNode} />
    </div>
  );
}

function RowEditor({
  label,
  row,
  onRow,
  onRemove,
}: {
  label: string;
  row: PropertyRow;
  onRow: (row: PropertyRow) => void;
  onRemove: () => void;
}) {
  return (
    <li className="flex flex-col gap-1 rounded border border-zinc-200 p-1.5 dark:border-zinc-800">
      <div className="flex items-center gap-1.5">
        <input
          aria-label={`${label} name`}
          className={`${small} min-w-0 flex-1 font-mono`}
          value={row.name}
          placeholder="name"
          onChange={(e) => onRow({ ...row, name: e.target.value })}
        />
        <TypeSelect
          label={`${label} type`}
          type={row.type}
          onType={(t) => onRow(retypeNode(row, t))}
        />
        <Button
          variant="ghost"
          className="px-2 py-0.5"
          aria-label={`remove ${label}`}
          onClick={onRemove}
        >
          ×
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <input
          aria-label={`${label} description`}
          className={`${small} min-w-32 flex-1`}
          value={row.description}
          placeholder="description"
          onChange={(e) => onRow({ ...row, description: e.target.value })}
        />
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            aria-label={`${label} required`}
            checked={row.required}
            onChange={(e) => onRow({ ...row, required: e.target.checked })}
          />
          required
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            aria-label={`${label} nullable`}
            checked={row.nullable}
            disabled={row.type === 'other'}
            onChange={(e) => onRow({ ...row, nullable: e.target.checked })}
          />
          nullable
        </label>
      </div>
      <div className="flex flex-col gap-1 pl-3">
        <NodeDetails label={label} node={row} onNode={onRow} />
      </div>
    </li>
  );
}

/** The rows of one object; `prefix` numbers them (`property 1.`, `property 1 items.`). */
export function PropertyRows({
  prefix,
  addLabel,
  rows,
  onRows,
}: {
  prefix: string;
  addLabel: string;
  rows: readonly PropertyRow[];
  onRows: (rows: PropertyRow[]) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      {rows.length > 0 && (
        <ul className="flex flex-col gap-1">
          {rows.map((row, i) => (
            <RowEditor
              // Rows have no identity but their place; names change as they are typed.
              key={i}
              label={`${prefix}${i + 1}`}
              row={row}
              onRow={(next) => onRows(rows.map((r, j) => (j === i ? next : r)))}
              onRemove={() => onRows(rows.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      <Button
        className="self-start px-2 py-0.5 text-xs"
        aria-label={addLabel}
        onClick={() => onRows([...rows, newPropertyRow(rows)])}
      >
        + property
      </Button>
    </div>
  );
}
