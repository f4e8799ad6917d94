import { useId, useMemo, useState } from 'react';
import { checkSchemaText } from '@/api/schema/meta-validate.ts';
import { isJsonObject, type JsonObject } from '@/api/schema/schema-path.ts';
import { checkStrict } from '@/api/schema/strict-check.ts';
import { schemaTemplates } from '@/api/schema/templates.ts';
import { Button } from '../button.tsx';
import { inputClass } from '../field.tsx';
import { JsonCodeEditor } from './json-code-editor.tsx';
import { findingDiagnostics, problemDiagnostics } from './schema-diagnostics.ts';
import { SchemaProblems } from './schema-problems.tsx';
import { StrictPanel } from './strict-panel.tsx';
import { useSchemaText } from './use-schema-text.ts';
import { VisualEditor } from './visual-editor.tsx';

export type SchemaEditorProps = {
  /** The schema object, or undefined when there is none. */
  value: unknown;
  /** Called only with a valid JSON object (or undefined when the text is emptied). */
  onChange: (next: JsonObject | undefined) => void;
  /** The parameter path (`tools[0].parameters`, `text.format.schema`): the editor's name. */
  label: string;
  /** `structured` always shows the strict-mode check; `function` only when `strict` is on. */
  mode?: 'function' | 'structured';
  /** Whether the request sets strict: true for this schema. */
  strict: boolean;
  /** `plain` keeps the textarea instead of loading CodeMirror. */
  editor?: 'code' | 'plain';
  /** A stable key (the parameter path): invalid text then outlives an unmount or a reload. */
  textKey?: string;
};

type Tab = 'json' | 'visual';

/** A JSON Schema editor: CodeMirror JSON with meta-schema lint, a property table, strict check. */
export function SchemaEditor({
  value,
  onChange,
  label,
  mode = 'function',
  strict,
  editor = 'code',
  textKey,
}: SchemaEditorProps) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('json');
  const { text, check, edit, format } = useSchemaText(value, onChange, textKey);
  const schema = isJsonObject(value) ? value : undefined;
  const showStrict = strict || mode === 'structured';
  const findings = useMemo(
    () => (schema && showStrict ? checkStrict(schema) : []),
    [schema, showStrict],
  );
  const lint = (current: string) => {
    const now = current === text ? check : checkSchemaText(current);
    const marks = problemDiagnostics(now.problems);
    return now.ok && showStrict
      ? [...marks, ...findingDiagnostics(current, findings, strict)]
      : marks;
  };
  const problemsId = `${id}-problems`;
  const tabId = (t: Tab) => `${id}-tab-${t}`;
  const panelId = (t: Tab) => `${id}-panel-${t}`;

  return (
    <div role="group" aria-label={`${label} schema editor`} className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label={`${label} view`} className="flex gap-1">
          {(['json', 'visual'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={tabId(t)}
              aria-selected={tab === t}
              aria-controls={tab === t ? panelId(t) : undefined}
              className={`rounded px-2 py-0.5 text-xs font-medium ${
                tab === t
                  ? 'bg-teal-700 text-white'
                  : 'text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800'
              }`}
              onClick={() => setTab(t)}
            >
              {t === 'json' ? 'JSON' : 'Visual'}
            </button>
          ))}
        </div>
        <div className="flex items-center gap-1">
          <select
            aria-label={`${label} templates`}
            className={`${inputClass.replace('w-full', '')} w-40 px-1.5 py-0.5 text-xs`}
            value=""
            onChange={(e) => {
              const template = schemaTemplates.find((t) => t.id === e.target.value);
              if (template) onChange(template.schema);
            }}
          >
            <option value="">Templates…</option>
            {schemaTemplates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
                {t.for === 'both' || t.for === mode
                  ? ''
                  : ` (for ${t.for === 'function' ? 'functions' : 'text.format'})`}
              </option>
            ))}
          </select>
          {tab === 'json' && (
            <Button className="px-2 py-0.5 text-xs" disabled={!check.ok} onClick={format}>
              Format
            </Button>
          )}
        </div>
      </div>

      <div
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        className="flex flex-col gap-1"
      >
        {tab === 'json' ? (
          <>
            <JsonCodeEditor
              plain={editor === 'plain'}
              text={text}
              onText={edit}
              label={label}
              lint={lint}
              describedBy={check.problems.length > 0 ? problemsId : undefined}
              invalid={!check.ok}
            />
            <SchemaProblems id={problemsId} label={label} problems={check.problems} />
          </>
        ) : (
          <VisualEditor label={label} value={value} strict={strict} onChange={onChange} />
        )}
      </div>

      {showStrict && (
        <StrictPanel
          label={label}
          schema={schema}
          findings={findings}
          text={check.ok ? text : null}
          strict={strict}
          onFix={onChange}
        />
      )}
    </div>
  );
}
