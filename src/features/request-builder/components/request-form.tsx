import { useMemo, type FormEvent } from 'react';
import type { Connection } from '@/api/transport/connection.ts';
import { hasErrors, lintRequest } from '@/api/request/lint-request.ts';
import { buildRequest, type RequestBody } from '@/api/request/request-draft.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { ModelField } from './model-field.tsx';

interface RequestFormProps {
  connection: Connection;
  running: boolean;
  onSend: (body: RequestBody) => void;
  onStop: () => void;
}

/** The request builder: every control is labelled with its API parameter name. */
export function RequestForm({ connection, running, onSend, onStop }: RequestFormProps) {
  const draft = useRequestDraftStore((s) => s.draft);
  const actions = useRequestDraftStore.getState();
  const body = useMemo(() => buildRequest(draft), [draft]);
  const findings = useMemo(() => lintRequest(body), [body]);
  const messageFor = (param: string, severity: 'error' | 'warning') =>
    findings.find((f) => f.param === param && f.severity === severity)?.message ?? null;
  const blocked = hasErrors(findings);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!blocked && !running) onSend(body);
  };

  return (
    <form
      className="flex flex-col gap-4 p-3"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
      }}
    >
      <ModelField
        value={draft.model}
        onChange={actions.modelChanged}
        connection={connection}
        error={messageFor('model', 'error')}
      />
      <Field
        label="input"
        warning={messageFor('input', 'warning')}
        help="Text input: sent as a string."
      >
        {(p) => (
          <textarea
            {...p}
            className={`${inputClass} min-h-28 resize-y`}
            value={draft.input}
            placeholder="Say hello…"
            onChange={(e) => actions.inputChanged(e.target.value)}
          />
        )}
      </Field>
      <Field label="instructions" help="A system (developer) message inserted before the input.">
        {(p) => (
          <textarea
            {...p}
            className={`${inputClass} min-h-16 resize-y`}
            value={draft.instructions}
            placeholder="(not set)"
            onChange={(e) => actions.instructionsChanged(e.target.value)}
          />
        )}
      </Field>
      <label className="flex items-center gap-2 font-mono text-xs font-semibold">
        <input
          type="checkbox"
          checked={draft.stream}
          onChange={(e) => actions.streamToggled(e.target.checked)}
        />
        stream
        <span className="font-sans font-normal text-zinc-500">
          server-sent events as the answer is generated
        </span>
      </label>
      <div className="flex items-center gap-2">
        <Button
          type="submit"
          variant="primary"
          disabled={blocked || running}
          title="Send (Ctrl/⌘+Enter)"
        >
          Send
        </Button>
        <Button variant="danger" disabled={!running} onClick={onStop}>
          Stop
        </Button>
        <span className="ml-auto text-xs text-zinc-500">Ctrl/⌘+Enter</span>
      </div>
    </form>
  );
}
