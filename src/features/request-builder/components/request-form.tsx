import { memo, useId, useMemo, useState, type FormEvent } from 'react';
import type { Connection } from '@/api/transport/connection.ts';
import type { LintFinding } from '@/api/request/lint-request.ts';
import { PARAMS, findParam, type ParamSpec } from '@/api/request/param-catalog.ts';
import { buildRequest, type RequestBody } from '@/api/request/request-draft.ts';
import { Button } from '@/components/ui/button.tsx';
import { TabList, TabPanel, type TabItem } from '@/components/ui/tabs.tsx';
import { deferredComponent } from '@/lib/deferred.ts';
import { ParamControl } from '../controls/param-control.tsx';
import { lintsClean, useRequestLint } from '../hooks/use-request-lint.ts';
import { useRunButtonFocus } from '../hooks/use-run-button-focus.ts';
import { findingsByParam } from '../lib/findings-by-param.ts';
import { baseUrlProblem } from '@/stores/connection-store.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { InputEditor } from './input/input-editor.tsx';
import { ModelField } from './model-field.tsx';
import { ParamGroups } from './param-groups.tsx';
import { PresetsBar } from './presets-bar.tsx';

// The JSON tab loads when the browser is idle after startup, or when opened before that.
const RawJsonEditor = deferredComponent(
  () => import('./raw-json-editor.tsx').then((m) => m.RawJsonEditor),
  (_, failed) => (
    <p className="text-xs text-zinc-500">
      {failed ? 'The JSON view could not be loaded; reload the page.' : 'Loading…'}
    </p>
  ),
  { idle: true },
);

interface RequestFormProps {
  connection: Connection;
  running: boolean;
  onSend: (body: RequestBody) => void;
  onStop: () => void;
}

type View = 'form' | 'json';
const VIEWS: readonly TabItem<View>[] = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
];

const PATHS = PARAMS.map((p) => p.path);
const NONE: readonly LintFinding[] = [];
const instructions = findParam('instructions') as ParamSpec;

/**
 * The form's fields. Memoized: the form re-renders when a run starts or ends (Send and Stop), and
 * a few hundred controls need not.
 */
const FormFields = memo(function FormFields({
  body,
  byParam,
  connection,
}: {
  body: RequestBody;
  byParam: ReadonlyMap<string, LintFinding[]>;
  connection: Connection;
}) {
  const actions = useRequestDraftStore.getState();
  return (
    <>
      <ModelField
        value={typeof body.model === 'string' ? body.model : ''}
        onChange={(model) =>
          model === '' ? actions.paramReset('model') : actions.paramSet('model', model)
        }
        connection={connection}
        findings={byParam.get('model') ?? NONE}
      />
      <InputEditor
        value={body.input}
        onChange={(input) =>
          input === undefined ? actions.paramReset('input') : actions.paramSet('input', input)
        }
        findings={byParam.get('input') ?? NONE}
      />
      <ParamControl spec={instructions} findings={byParam.get('instructions') ?? NONE} />
      <div className="flex items-center gap-2 text-xs">
        <input
          id="param-stream"
          type="checkbox"
          aria-describedby="param-stream-help"
          checked={body.stream === true}
          onChange={(e) =>
            e.target.checked ? actions.paramSet('stream', true) : actions.paramReset('stream')
          }
        />
        <label htmlFor="param-stream" className="font-mono font-semibold">
          stream
        </label>
        <span id="param-stream-help" className="text-zinc-500">
          server-sent events as the answer is generated
        </span>
      </div>
      <PresetsBar />
      <ParamGroups findingsByParam={byParam} />
    </>
  );
});

/** The request builder: every control is labelled with its API parameter name. */
export function RequestForm({ connection, running, onSend, onStop }: RequestFormProps) {
  const body = useRequestDraftStore((s) => s.body);
  const [view, setView] = useState<View>('form');
  const viewIds = useId();
  const focus = useRunButtonFocus(running);
  const request = useMemo(() => buildRequest(body), [body]);
  const { findings, ready } = useRequestLint(request);
  const byParam = useMemo(() => findingsByParam(findings, PATHS), [findings]);
  // A Base URL that is not one sends the request (and the key) somewhere unintended: the
  // page's own origin, for a URL without a scheme.
  const urlProblem = baseUrlProblem(connection.baseUrl);
  const errors: { param: string; message: string }[] = findings.filter(
    (f) => f.severity === 'error',
  );
  if (urlProblem) errors.unshift({ param: 'Base URL', message: urlProblem });
  const blocked = errors.length > 0;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (blocked || running) return;
    if (ready) onSend(request);
    else void lintsClean(request).then((clean) => clean && onSend(request));
  };

  return (
    <form
      className="flex min-h-full flex-col"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
      }}
    >
      <TabList
        label="request view"
        tabs={VIEWS}
        selected={view}
        onSelect={setView}
        idPrefix={viewIds}
        className="px-3 pt-2"
      />
      <TabPanel idPrefix={viewIds} selected={view} className="flex flex-1 flex-col gap-4 p-3">
        {view === 'form' ? (
          <FormFields body={body} byParam={byParam} connection={connection} />
        ) : (
          <RawJsonEditor />
        )}
      </TabPanel>
      <div className="sticky bottom-0 flex flex-col gap-1 border-t border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
        {errors.length > 0 && (
          <div
            role="alert"
            className="text-xs text-red-700 dark:text-red-400"
            data-testid="lint-summary"
          >
            {errors.length === 1 ? '1 error blocks Send:' : `${errors.length} errors block Send:`}
            <ul className="list-disc pl-4">
              {errors.slice(0, 5).map((f, i) => (
                <li key={i}>
                  <code className="font-mono">{f.param}</code>: {f.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex items-center gap-2">
          <Button
            {...focus.send}
            type="submit"
            variant="primary"
            disabled={blocked || running}
            title="Send (Ctrl/⌘+Enter)"
          >
            Send
          </Button>
          <Button {...focus.stop} variant="danger" disabled={!running} onClick={onStop}>
            Stop
          </Button>
          <span className="ml-auto text-xs text-zinc-500">Ctrl/⌘+Enter</span>
        </div>
      </div>
    </form>
  );
}
