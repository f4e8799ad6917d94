import { useId, useState, type ReactNode } from 'react';
import type { ParamSpec } from '@/api/request/param-catalog.ts';
import type { LintFinding } from '@/api/request/lint-request.ts';

export interface ControlProps {
  spec: ParamSpec;
  value: unknown;
  set: (value: unknown) => void;
  reset: () => void;
}

interface ParamFieldProps {
  spec: ParamSpec;
  isSet: boolean;
  findings: readonly LintFinding[];
  onReset: () => void;
  /** Renders the control; `id` labels it with the API name, `describedBy` links the message. */
  children: (a11y: {
    id: string;
    'aria-describedby': string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
  /** Groups of controls (checkboxes, key/value rows) label themselves with a fieldset. */
  asGroup?: boolean;
}

function labelClass(isSet: boolean): string {
  return `font-mono text-xs font-semibold ${isSet ? 'text-teal-800 dark:text-teal-300' : 'text-zinc-700 dark:text-zinc-300'}`;
}

function firstSentence(text: string): string {
  const first = /^[\s\S]*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

/** A parameter: its API name, whether it is set (and a reset), the spec's words, lint messages. */
export function ParamField({ spec, isSet, findings, onReset, children, asGroup }: ParamFieldProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const summary = firstSentence(spec.description);
  // Groups of controls (checkboxes, rows) are named by their API path through aria-labelledby;
  // single controls by a <label for>.
  return (
    <div
      className="flex min-w-0 flex-col gap-1"
      data-param={spec.path}
      data-set={isSet || undefined}
      {...(asGroup ? { role: 'group', 'aria-labelledby': `${id}-label` } : {})}
    >
      <div className="flex items-center gap-1.5">
        <span
          aria-hidden
          title={isSet ? 'set: will be sent' : 'not set: not sent, the API default applies'}
          className={`h-1.5 w-1.5 shrink-0 rounded-full ${isSet ? 'bg-teal-600' : 'bg-zinc-300 dark:bg-zinc-700'}`}
        />
        {asGroup ? (
          <span id={`${id}-label`} className={labelClass(isSet)}>
            {spec.path}
          </span>
        ) : (
          <label htmlFor={id} className={labelClass(isSet)}>
            {spec.path}
          </label>
        )}
        {spec.deprecated && (
          <span className="rounded bg-amber-100 px-1 text-[10px] text-amber-800 dark:bg-amber-950 dark:text-amber-300">
            deprecated
          </span>
        )}
        {isSet && (
          <button
            type="button"
            onClick={onReset}
            className="ml-auto text-xs text-zinc-500 hover:text-red-700 dark:hover:text-red-400"
            aria-label={`reset ${spec.path}`}
            title="Reset: do not send this parameter"
          >
            reset
          </button>
        )}
      </div>
      {children({
        id,
        'aria-describedby': `${id}-help`,
        ...(errors.length ? { 'aria-invalid': true } : {}),
      })}
      <div id={`${id}-help`} className="flex flex-col gap-0.5 text-xs">
        {errors.map((f, i) => (
          <p key={`e${i}`} role="alert" className="text-red-700 dark:text-red-400">
            {f.message}
          </p>
        ))}
        {warnings.map((f, i) => (
          <p key={`w${i}`} className="text-amber-700 dark:text-amber-400">
            {f.message}
          </p>
        ))}
        {spec.description && (
          <p className="text-zinc-500 dark:text-zinc-400" title={spec.description}>
            {expanded ? spec.description : summary}{' '}
            {summary !== spec.description && (
              <button
                type="button"
                className="text-teal-700 hover:underline dark:text-teal-400"
                onClick={() => setExpanded((e) => !e)}
                aria-label={`${expanded ? 'less' : 'more'} about ${spec.path}`}
              >
                {expanded ? 'less' : 'more'}
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
