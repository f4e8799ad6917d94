import type { LintFinding } from '@/api/request/lint-request.ts';
import { Field, inputClass } from '@/components/ui/field.tsx';
import type { Connection } from '@/api/transport/connection.ts';
import { useModels } from '../hooks/use-models.ts';

interface ModelFieldProps {
  value: string;
  onChange: (model: string) => void;
  connection: Connection;
  findings: readonly LintFinding[];
}

/** `model`: free text, with the server's `GET /models` list as suggestions. */
export function ModelField({ value, onChange, connection, findings }: ModelFieldProps) {
  const error = findings.find((f) => f.severity === 'error')?.message ?? null;
  const warning = findings.find((f) => f.severity === 'warning')?.message ?? null;
  const models = useModels(connection);
  const listId = 'model-options';
  const help =
    models.isPending && models.fetchStatus !== 'idle'
      ? 'Loading models…'
      : models.isError
        ? `Could not load the models list: ${models.error.message} You can still type a model id.`
        : models.data
          ? `${models.data.length} models from GET /models; any id can be typed.`
          : 'Type a model id.';
  return (
    <Field
      label="model"
      error={error}
      warning={warning}
      help={
        <span className={models.isError ? 'text-amber-700 dark:text-amber-400' : undefined}>
          {help}
        </span>
      }
      trailing={
        <button
          type="button"
          className="text-xs text-teal-700 hover:underline dark:text-teal-400"
          onClick={() => void models.refetch()}
          title="Reload GET /models"
        >
          ↻ models
        </button>
      }
    >
      {(p) => (
        <>
          <input
            {...p}
            className={`${inputClass} font-mono`}
            list={listId}
            value={value}
            spellCheck={false}
            autoComplete="off"
            placeholder="e.g. gpt-5.4"
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={listId}>
            {models.data?.map((m) => (
              <option key={m.id} value={m.id} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
