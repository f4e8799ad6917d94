import { memo, useMemo } from 'react';
import { outputText } from '@/api/events/output-text.ts';
import { isRecord } from '@/api/events/parse-event.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { useRunStore, type RunPhase } from '@/stores/run-store.ts';
import { useStructuredOutputCheck } from '../hooks/use-structured-output-check.ts';
import { requestedJsonFormat, type JsonOutputFormat } from '../lib/json-output-format.ts';
import { prettyPartialJson } from '../lib/partial-json.ts';
import type { StructuredOutputCheck } from '../lib/structured-output.ts';

const preClass =
  'max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-950';

function CheckResult({ check }: { check: StructuredOutputCheck }) {
  switch (check.status) {
    case 'valid':
      return <Badge tone="success">schema ✓ valid</Badge>;
    case 'unparsable':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone="danger">schema ✗ not JSON</Badge>
          <span className="text-red-700 dark:text-red-400">{check.message}</span>
        </span>
      );
    case 'schema-error':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone="warning">schema not checked</Badge>
          <span className="text-amber-700 dark:text-amber-400">{check.message}</span>
        </span>
      );
    case 'invalid': {
      const n = check.errors.length;
      return (
        <span className="flex flex-col gap-1">
          <span>
            <Badge tone="danger">
              schema ✗ {n} {n === 1 ? 'error' : 'errors'}
            </Badge>
          </span>
          <ul aria-label="schema errors" className="flex flex-col gap-0.5">
            {check.errors.map((error, i) => (
              <li key={i}>
                <code className="font-mono">{error.path || '(root)'}</code> {error.message}
              </li>
            ))}
          </ul>
        </span>
      );
    }
  }
}

type ShownJson =
  | { kind: 'pretty'; text: string }
  /** Streaming and not yet completable: the prefix as it is. */
  | { kind: 'partial-raw'; text: string }
  /** Final and not JSON: exactly what was received, never repaired. */
  | { kind: 'final-raw'; text: string };

/**
 * What the JSON block shows. prettyPartialJson closes open strings and brackets, which is a fair
 * preview while text is still arriving but would invent a closing `"}` for a response cut short
 * (e.g. by max_output_tokens), so final text is pretty-printed only when it parses as it is.
 */
function shownJson(text: string, final: boolean): ShownJson {
  if (!final) {
    const partial = prettyPartialJson(text);
    return { kind: partial.pretty ? 'pretty' : 'partial-raw', text: partial.text };
  }
  try {
    return { kind: 'pretty', text: JSON.stringify(JSON.parse(text), null, 2) };
  } catch {
    return { kind: 'final-raw', text };
  }
}

function shownLabel(shown: ShownJson, final: boolean): string {
  switch (shown.kind) {
    case 'pretty':
      return final ? 'JSON' : 'growing JSON';
    case 'partial-raw':
      return 'growing JSON (raw, not yet printable)';
    case 'final-raw':
      return 'raw text as received (not valid JSON)';
  }
}

/** The structured output check for one run: the JSON as it grows, then the verdict. */
export const StructuredOutputView = memo(function StructuredOutputView({
  format,
  text,
  phase,
  refused,
  messageDone = false,
}: {
  format: JsonOutputFormat;
  text: string;
  phase: RunPhase;
  refused: boolean;
  /** Every message item is done, so the text will not grow even if the run has not ended yet. */
  messageDone?: boolean;
}) {
  const done = phase === 'done';
  const final = done || messageDone;
  const check = useStructuredOutputCheck(format, text, done);
  const shown = useMemo(() => shownJson(text, final), [text, final]);
  const label =
    format.type === 'json_schema'
      ? `json_schema${format.name ? ` ${format.name}` : ''}`
      : 'json_object';
  return (
    <div
      data-testid="structured-output"
      className="flex flex-col gap-1.5 rounded border border-zinc-200 p-2 text-xs dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-zinc-500">text.format: {label}</span>
        {check === 'checking' ? <Badge>checking…</Badge> : check && <CheckResult check={check} />}
        {done && !check && (
          <Badge>{refused ? 'refused: nothing to check' : 'no output text to check'}</Badge>
        )}
      </div>
      {text !== '' && (
        <>
          <span className="text-[11px] text-zinc-500">{shownLabel(shown, final)}</span>
          <pre className={preClass}>{shown.text}</pre>
        </>
      )}
    </div>
  );
});

function hasRefusal(output: readonly unknown[]): boolean {
  return output.some(
    (item) =>
      isRecord(item) &&
      item.type === 'message' &&
      Array.isArray(item.content) &&
      item.content.some((part) => isRecord(part) && part.type === 'refusal'),
  );
}

/** True once there is a message and none is still in progress (output_item.done arrived). */
function messagesDone(output: readonly unknown[]): boolean {
  const messages = output.filter((item) => isRecord(item) && item.type === 'message');
  return (
    messages.length > 0 &&
    messages.every(
      (item) => isRecord(item) && (item.status === 'completed' || item.status === 'incomplete'),
    )
  );
}

/** Shown above the items when the request asked for json_schema or json_object. */
export function StructuredOutputBadge() {
  const request = useRunStore((s) => s.request);
  const phase = useRunStore((s) => s.phase);
  const format = useMemo(() => requestedJsonFormat(request), [request]);
  // The whole text is joined on every store update only when it is JSON to check.
  const wanted = format !== null;
  const text = useRunStore((s) => (wanted ? outputText(s.stream.output) : ''));
  const refused = useRunStore((s) => wanted && hasRefusal(s.stream.output));
  const messageDone = useRunStore((s) => wanted && messagesDone(s.stream.output));
  if (format === null || phase === 'idle') return null;
  return (
    <StructuredOutputView
      format={format}
      text={text}
      phase={phase}
      refused={refused}
      messageDone={messageDone}
    />
  );
}
