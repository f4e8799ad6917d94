import { useState } from 'react';
import type { JsonObject } from '@/api/schema/schema-path.ts';
import {
  isTableRoot,
  rowsToSchema,
  schemaToRows,
  type PropertyRow,
} from '@/api/schema/visual-model.ts';
import { PropertyRows } from './property-rows.tsx';
import { formatSchema } from './use-schema-text.ts';

type Props = {
  label: string;
  value: unknown;
  strict: boolean;
  onChange: (next: JsonObject) => void;
};

/** The schema as a property table, two-way with the JSON through the visual model. */
export function VisualEditor({ label, value, strict, onChange }: Props) {
  const [rows, setRows] = useState<PropertyRow[]>(() => schemaToRows(value));
  const [seen, setSeen] = useState(value);
  // An outside change replaces the rows; an edit of ours that means the same schema does not
  // (two rows briefly sharing a name while one is typed would collapse into one).
  if (seen !== value) {
    setSeen(value);
    const ours = rowsToSchema(rows, { strict, root: value });
    if (formatSchema(ours) !== formatSchema(value)) setRows(schemaToRows(value));
  }
  if (!isTableRoot(value)) {
    return (
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        The root of this schema is not an object, so the table cannot show it: edit it in JSON.
      </p>
    );
  }
  const commit = (next: PropertyRow[]) => {
    setRows(next);
    onChange(rowsToSchema(next, { strict, root: value }));
  };
  const names = rows.map((r) => r.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  return (
    <div className="flex flex-col gap-1" aria-label={`${label} properties`} role="group">
      {rows.length === 0 && <p className="text-xs text-zinc-500">No properties yet.</p>}
      <PropertyRows prefix="property " addLabel="add property" rows={rows} onRows={commit} />
      {duplicate !== undefined && (
        <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">
          Two properties are named “{duplicate}”: only the last one is kept.
        </p>
      )}
      {strict && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          strict: every object gets additionalProperties: false; an optional field should be
          required and nullable.
        </p>
      )}
    </div>
  );
}
