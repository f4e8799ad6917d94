import { isJsonObject } from '@/api/request/body-path.ts';
import { KNOWN_TOP_LEVEL } from '@/api/request/param-catalog.ts';
import { parseJsonValue, describeJsonError } from '@/api/request/parse-json-value.ts';
import { buildRequest, type RequestBody } from '@/api/request/request-draft.ts';
import { inputClass } from '@/components/ui/field.tsx';
import { useTextBuffer, type Parsed, type TextKeep } from '../hooks/use-text-buffer.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';

function parseBody(text: string): Parsed<RequestBody> {
  const parsed = parseJsonValue(text);
  if (!parsed.ok) return { ok: false, message: describeJsonError(parsed) };
  if (!isJsonObject(parsed.value))
    return { ok: false, message: 'The body must be a JSON object { … }.' };
  return { ok: true, value: parsed.value };
}

/**
 * The raw body holds MCP header values and tokens, which are never saved: invalid text that may
 * hold them is kept for this tab only (the form's draft leaves them out the same way).
 */
const keep: TextKeep = {
  key: 'raw-json-body',
  memoryOnly: (text) => /headers|authorization|bearer/i.test(text),
};

const format = (body: RequestBody) => JSON.stringify(buildRequest(body), null, 2);
const same = (a: RequestBody | undefined, b: RequestBody | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Exactly the body that will be sent, editable. A valid edit replaces the form's state (fields
 * the form does not know are kept and sent); invalid JSON says where and never touches the form.
 */
export function RawJsonEditor() {
  const body = useRequestDraftStore((s) => s.body);
  const buffer = useTextBuffer<RequestBody>(body, format, parseBody, same, keep);
  const unknown = Object.keys(body).filter((k) => !KNOWN_TOP_LEVEL.has(k));
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="raw-json-body" className="text-xs text-zinc-600 dark:text-zinc-400">
        The request body, exactly as it will be sent. Edit it: valid changes flow back into the
        form.
      </label>
      <textarea
        id="raw-json-body"
        aria-label="request body JSON"
        {...(buffer.error ? { 'aria-invalid': true, 'aria-describedby': 'raw-json-error' } : {})}
        className={`${inputClass} min-h-[28rem] resize-y font-mono text-xs leading-relaxed`}
        spellCheck={false}
        value={buffer.text}
        onChange={(e) => {
          const parsed = buffer.edit(e.target.value);
          if (parsed.ok && parsed.value) useRequestDraftStore.getState().bodyReplaced(parsed.value);
        }}
      />
      {buffer.error && (
        <p id="raw-json-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
          {buffer.error}. The form keeps its last valid state.
        </p>
      )}
      {unknown.length > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Not known to the form, kept and sent as they are:{' '}
          {unknown.map((k) => (
            <code key={k} className="mr-1 font-mono">
              {k}
            </code>
          ))}
        </p>
      )}
    </div>
  );
}
