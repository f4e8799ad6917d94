import { useId, useState } from 'react';
import { importRequest, type ImportedRequest } from '@/api/export/curl-import.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { Modal } from './modal.tsx';

export interface ImportDialogProps {
  /** Fills the form (and the Base URL) from the paste; returns what it changed, to report. */
  onImport: (request: ImportedRequest) => string[];
  /** Puts a key found in the command into the connection's key field (memory only). */
  onUseKey: (key: string) => void;
  onClose: () => void;
}

interface Done {
  notes: string[];
  key: string | null;
}

/**
 * Paste a curl command or a JSON body. A bad paste shows why under the box and changes nothing;
 * a literal key in the command is only offered, never applied without a click.
 */
export function ImportDialog({ onImport, onUseKey, onClose }: ImportDialogProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const submit = () => {
    const result = importRequest(text);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const notes = [...onImport(result), ...result.warnings];
    const key = result.key?.kind === 'literal' ? result.key.value : null;
    if (notes.length === 0 && key === null) onClose();
    else setDone({ notes, key });
  };

  return (
    <Modal
      title="Import request"
      onClose={onClose}
      actions={
        done ? (
          <Button variant="primary" className="ml-auto" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="primary" onClick={submit}>
              Import
            </Button>
            <Button variant="ghost" className="ml-auto" onClick={onClose}>
              Cancel
            </Button>
          </>
        )
      }
    >
      {done ? (
        <div role="status" className="flex flex-col gap-2 text-sm">
          <p className="font-medium">Imported into the form.</p>
          {done.notes.length > 0 && (
            <ul className="list-disc pl-5 text-xs text-zinc-700 dark:text-zinc-300">
              {done.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {done.key !== null && (
            <div className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
              <span>The command carries an API key. It was not put anywhere.</span>
              <Button
                onClick={() => {
                  if (done.key !== null) onUseKey(done.key);
                  setDone({
                    ...done,
                    key: null,
                    notes: [...done.notes, 'API key set for this session.'],
                  });
                }}
              >
                Use this key
              </Button>
            </div>
          )}
        </div>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-xs font-semibold">
            curl or JSON
          </label>
          <textarea
            id={id}
            data-autofocus
            value={text}
            rows={14}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-help`}
            placeholder={`curl https://api.openai.com/v1/responses \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "gpt-5.4", "input": "Hello"}'`}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            }}
            className={`${inputClass} font-mono text-xs`}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
              {error}
            </p>
          ) : (
            <p id={`${id}-help`} className="text-xs text-zinc-500">
              A curl command for POST …/responses (its URL sets the Base URL) or a JSON body. The
              form is replaced only when the paste is valid.
            </p>
          )}
        </div>
      )}
    </Modal>
  );
}
