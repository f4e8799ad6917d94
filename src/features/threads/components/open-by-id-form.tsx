import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { useConnection } from '@/stores/use-connection.ts';
import { useOpenResponse } from '../hooks/use-open-response.ts';

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Loads a stored response (and its input items) from the server as a new thread. */
export function OpenByIdForm() {
  const connection = useConnection();
  const open = useOpenResponse(connection);
  const [id, setId] = useState('');
  const [typed, setTyped] = useState<string | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = id.trim();
    if (!ID_PATTERN.test(value)) {
      setTyped(
        value === ''
          ? 'Type a response id, e.g. resp_…'
          : 'A response id has only letters, digits, _ and -.',
      );
      return;
    }
    setTyped(null);
    open.mutate(value, { onSuccess: () => setId('') });
  };
  const message =
    typed ?? (open.error ? `Could not open ${id.trim()}: ${open.error.message}` : null);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1" noValidate>
      <label
        htmlFor="open-response-id"
        className="text-xs font-medium text-zinc-600 dark:text-zinc-400"
      >
        Open response by id
      </label>
      <div className="flex gap-1">
        <input
          id="open-response-id"
          className={`${inputClass} font-mono text-xs`}
          placeholder="resp_…"
          value={id}
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'open-response-message' : undefined}
          onChange={(e) => setId(e.target.value)}
        />
        <Button type="submit" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open'}
        </Button>
      </div>
      {message ? (
        <p
          id="open-response-message"
          role="alert"
          className="text-xs text-red-700 dark:text-red-400"
        >
          {message}
        </p>
      ) : null}
    </form>
  );
}
